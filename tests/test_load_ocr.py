"""Scanned pages: real letters from shared/corpus/dev rendered to images at 200 dpi in
the test itself, read back by Tesseract through load_bytes (word-bag F1 >= 0.9)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pymupdf
import pytest

from extractors.load import load_bytes

from conftest import word_bag_f1

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")  # Debian fonts-dejavu-core
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
DPI = 200
BOX = pymupdf.Rect(60, 60, 535, 790)


def _fits(lines: list[str]) -> bool:
    page = pymupdf.open().new_page(width=595, height=842)
    page.insert_font(fontname="dv", fontfile=str(FONT))
    return page.insert_textbox(BOX, "\n".join(lines), fontname="dv", fontsize=11) >= 0


def first_page(text: str) -> tuple[pymupdf.Document, str]:
    """A text PDF page holding as many of `text`'s lines as fit, and those lines."""
    lines = text.split("\n")
    lo, hi = 1, len(lines)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if _fits(lines[:mid]) else (lo, mid - 1)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="dv", fontfile=str(FONT))
    page.insert_textbox(BOX, "\n".join(lines[:lo]), fontname="dv", fontsize=11)
    return doc, "\n".join(lines[:lo])


def scan(doc: pymupdf.Document) -> pymupdf.Document:
    """An image-only copy of `doc`: each page rendered at 200 dpi, no text layer."""
    out = pymupdf.open()
    for page in doc:
        png = page.get_pixmap(dpi=DPI).tobytes("png")
        out.new_page(width=page.rect.width, height=page.rect.height).insert_image(page.rect, stream=png)
    return out


@pytest.fixture(autouse=True)
def _tools() -> None:
    assert FONT.exists(), "apt-get install fonts-dejavu-core"
    assert shutil.which("tesseract"), "apt-get install tesseract-ocr tesseract-ocr-vie"


def test_scanned_pdf_is_read_by_ocr() -> None:
    letter, source = first_page((DEV / "hd_045.txt").read_text(encoding="utf-8"))
    scanned = scan(letter)
    text_page, typed = first_page("Trang này có lớp chữ: Ủy ban nhân dân tỉnh Quảng Ngãi.")
    scanned.insert_pdf(text_page)  # a mixed file: one scanned page, one text page
    loaded = load_bytes(scanned.tobytes(), "scan.pdf")
    assert [(p.number, p.method) for p in loaded.meta.pages] == [(1, "ocr"), (2, "text")]
    assert loaded.meta.ocr_pages == [1]
    ocr_text, _, rest = loaded.text.partition(typed)
    assert rest.strip() == ""
    assert word_bag_f1(ocr_text, source) >= 0.9


def test_scanned_image_is_read_by_ocr() -> None:
    letter, source = first_page((DEV / "hd_010.txt").read_text(encoding="utf-8"))
    png = letter[0].get_pixmap(dpi=DPI).tobytes("png")
    loaded = load_bytes(png, "scan.png")
    assert loaded.meta.format == "image"
    assert loaded.meta.ocr_pages == [1]
    assert word_bag_f1(loaded.text, source) >= 0.9
    assert word_bag_f1(loaded.text, (DEV / "hd_045.txt").read_text(encoding="utf-8")) < 0.5
