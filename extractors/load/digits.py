"""A second recognizer for short lines of a page image: PP-OCR's text recognition model
(PaddleOCR's PP-OCRv4, run by onnxruntime) as packaged by `rapidocr-onnxruntime`.

Its wheel holds the ONNX models, so nothing is fetched at run time. It is trained on far
more varied writing than Tesseract's models and reads the digits written in by hand at
signing (a number's serial, the day) that Tesseract misreads; it knows no Vietnamese
tone marks, so it is asked only for digits (extractors.load.blanks says which). The
model is loaded once per process, on first use; without the package the loader keeps
Tesseract's reading and says why.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_LOCK = threading.Lock()
_STATE: dict[str, object] = {}
# One thread per call: pages are OCR'd in parallel, one per core, already.
_THREADS = 1
# A crop's margin above and below the words it holds, as a share of their height
# (handwriting rises above and falls below the printed line).
MARGIN = 1 / 3


def _recognizer():
    """The loaded recognizer, or None when the package is missing (the reason is kept)."""
    with _LOCK:
        if "ready" not in _STATE:
            _STATE["ready"] = True
            try:
                from rapidocr_onnxruntime.ch_ppocr_rec import TextRecognizer
                from rapidocr_onnxruntime.main import DEFAULT_CFG_PATH
                from rapidocr_onnxruntime.utils import read_yaml, update_model_path
            except ImportError as e:
                _STATE["problem"] = f"the second recognizer needs the rapidocr-onnxruntime package ({e})"
                return None
            config = dict(update_model_path(read_yaml(DEFAULT_CFG_PATH))["Rec"])
            config.update(intra_op_num_threads=_THREADS, inter_op_num_threads=_THREADS)
            _STATE["model"] = TextRecognizer(config)
        return _STATE.get("model")


def available() -> str | None:
    """None when the second recognizer can run, else why not."""
    _recognizer()
    return _STATE.get("problem")  # type: ignore[return-value]


def read_boxes(image: bytes, boxes: list[tuple[float, float, float, float]]) -> list[str] | None:
    """What the recognizer reads in each box (x0, y0, x1, y1 in pixels) of a page image
    (PGM, PNG, JPEG or TIFF bytes), each box taken with MARGIN above and below; None
    when the recognizer is not available."""
    model = _recognizer()
    if model is None or not boxes:
        return None if model is None else []
    import cv2
    import numpy as np

    page = cv2.imdecode(np.frombuffer(image, np.uint8), cv2.IMREAD_COLOR)
    if page is None:  # not an image cv2 decodes: nothing read
        return [""] * len(boxes)
    results, _ = model([_crop(page, box) for box in boxes])
    return [text for text, _score in results]


def grey_crops(image: bytes, boxes: list[tuple[float, float, float, float]]) -> list[np.ndarray] | None:
    """The boxes (x0, y0, x1, y1 in pixels) of a page image in grey, each taken with
    MARGIN above and below, as the recognizer sees them; None when OpenCV (which comes
    with the recognizer's package) is missing or the image is not one it decodes."""
    try:
        import cv2
        import numpy as np
    except ImportError:
        return None
    page = cv2.imdecode(np.frombuffer(image, np.uint8), cv2.IMREAD_GRAYSCALE)
    return None if page is None else [_crop(page, box) for box in boxes]


def _crop(page: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """The box of a decoded page with MARGIN above and below (a corner pixel when the box
    lies off the page)."""
    x0, y0, x1, y1 = box
    pad = (y1 - y0) * MARGIN
    top, bottom = max(0, round(y0 - pad)), min(page.shape[0], round(y1 + pad))
    left, right = max(0, round(x0)), min(page.shape[1], round(x1))
    return page[top:bottom, left:right] if bottom > top and right > left else page[:1, :1]
