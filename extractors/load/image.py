"""Page images (PNG, JPEG, TIFF, multi-page TIFF included): every page through OCR,
then the same page layout as a PDF (extractors.load.pages).

A one-page image goes to Tesseract as it is, at the resolution the file carries; the
pages of a multi-page TIFF are rendered by PyMuPDF at OCR resolution. The pixels an
image declares, or a page would take when rendered, are checked against
`limits.max_pixels` before any is decoded, and the pages against `limits.max_pages`."""
from __future__ import annotations

import pymupdf

from extractors.errors import LoadError
from extractors.load import ocr
from extractors.load.pages import compose, rows_of
from extractors.load.image_size import pixel_size
from extractors.load.limits import DEFAULT_LIMITS, Limits
from extractors.load.raw import RawText

# Resolution assumed for an image that does not state a plausible one.
_DEFAULT_DPI = 200
_MIN_DPI = 100


def _page(doc: pymupdf.Document, number: int, data: bytes, limits: Limits) -> tuple[ocr.OcrPage, float]:
    """What OCR read on one page, and the page's height in points."""
    if doc.page_count > 1:
        rect = doc[number].rect
        limits.check_pixels(rect.width * ocr.DPI / 72, rect.height * ocr.DPI / 72, f"page {number + 1}")
    try:
        if doc.page_count == 1:
            pix = pymupdf.Pixmap(data)
            dpi = pix.xres if pix.xres >= _MIN_DPI else _DEFAULT_DPI
            image = data
        else:
            dpi = ocr.DPI
            pix = doc[number].get_pixmap(dpi=dpi)
            image = pix.tobytes("png")
    except Exception as e:  # PyMuPDF's FileDataError / RuntimeError / ValueError
        raise LoadError(f"corrupt image (page {number + 1}): {e}", kind="corrupt") from e
    return ocr.ocr_segments(image, dpi), pix.height * 72 / dpi


def load(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawText:
    try:
        doc = pymupdf.open(stream=data)
        count = doc.page_count
    except Exception as e:
        raise LoadError(f"corrupt image: {e}", kind="corrupt") from e
    limits.check_pages(count, "image")
    if count == 1:
        size = pixel_size(data)
        if size is not None:
            limits.check_pixels(*size, "image")
    problem = ocr.available()
    if problem:
        raise LoadError(f"the image needs OCR, which cannot run here: {problem}", kind="unreadable")
    pages = [_page(doc, number, data, limits) for number in range(count)]
    texts = compose([rows_of(page.segments) for page, _ in pages], [height for _, height in pages])
    info = [ocr.page_info(i + 1, len(t), page) for i, (t, (page, _)) in enumerate(zip(texts, pages))]
    notes = [note for i, (page, _) in enumerate(pages) for note in ocr.page_notes(i + 1, page)]
    return RawText(text="\n\n".join(texts), format="image", encoding=None, pages=info, unwrap=True, warnings=notes)
