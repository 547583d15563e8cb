"""Page images (PNG, JPEG, TIFF, multi-page TIFF included): every page through OCR.

A one-page image goes to Tesseract as it is (it reads the resolution the file
carries); the pages of a multi-page TIFF are rendered by PyMuPDF at OCR resolution."""
from __future__ import annotations

import pymupdf

from extractors.errors import LoadError
from extractors.load import ocr
from extractors.load.pages import ocr_page_text
from extractors.load.raw import RawText
from models.extraction import PageInfo


def load(data: bytes) -> RawText:
    try:
        doc = pymupdf.open(stream=data)
        count = doc.page_count
    except Exception as e:  # PyMuPDF raises its own FileDataError / RuntimeError
        raise LoadError(f"corrupt image: {e}", kind="corrupt") from e
    problem = ocr.available()
    if problem:
        raise LoadError(f"the image needs OCR, which cannot run here: {problem}", kind="unreadable")
    pages: list[str] = []
    info: list[PageInfo] = []
    for number in range(count):
        try:
            pix = doc[number].get_pixmap(dpi=ocr.DPI) if count > 1 else doc[number].get_pixmap()
        except Exception as e:
            raise LoadError(f"corrupt image (page {number + 1}): {e}", kind="corrupt") from e
        raw = ocr.ocr_image(data) if count == 1 else ocr.ocr_image(pix.tobytes("png"), dpi=ocr.DPI)
        text = ocr_page_text(raw)
        pages.append(text)
        info.append(PageInfo(number=number + 1, method="ocr", chars=len(text)))
    return RawText(text="\n\n".join(pages), format="image", encoding=None, pages=info, unwrap=True)
