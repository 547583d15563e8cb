"""The shapes of the number serial's handwritten digits (extractors.load.digit_shapes) on
the real crops of shared/corpus/pdf: each page rendered as the loader renders it, read
by Tesseract once (a cache per module), and the serial's stretches cut out as
extractors.load.blanks cuts them."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from extractors.load import blanks, digit_shapes, digits, ocr
from extractors.load.limits import DEFAULT_LIMITS
from extractors.load.pdf import _render

PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


@cache
def _page_one(name: str) -> tuple[bytes, int, str]:
    _, image, dpi = _render(pymupdf.open(PDF / name)[0], DEFAULT_LIMITS)
    return image, dpi, ocr.ocr_image(image, dpi=dpi, tsv=True)


def _serial_crops(name: str) -> list[np.ndarray]:
    """The grey stretches of the page's number line holding its serial, the tighter first."""
    image, dpi, tsv = _page_one(name)
    lines = ocr._lines(tsv, dpi)
    line = next(line for line in lines if blanks._slash_word(line) is not None)
    boxes = blanks._serial_boxes(line, blanks._slash_word(line))
    crops = digits.grey_crops(image, [tuple(v * dpi / 72 for v in box) for box in boxes])
    assert crops is not None
    return crops


@pytest.mark.parametrize("name, read, written, reason", [
    ("pd_004.pdf", "544", "574", "the glyph read 4 has a top bar"),  # PP-OCR's reading
    ("pd_006.pdf", "515", "575", "the glyph read 1 has a top bar"),  # PP-OCR's reading
    ("pd_017.pdf", "1144", "1114", "the glyph read 4 has no crossbar"),  # PP-OCR's reading
    ("pd_002.pdf", "44", "11", "the glyph read 4 has no crossbar"),  # Tesseract's, at confidence 85
])
def test_misread_handwritten_digits_are_read_by_their_shapes(name: str, read: str, written: str, reason: str) -> None:
    serial, reasons = digit_shapes.check_serial(read, _serial_crops(name))
    assert serial == written
    assert reasons and all(r.startswith(reason) for r in reasons)


@pytest.mark.parametrize("name, serial", [
    ("pd_004.pdf", "574"), ("pd_008.pdf", "04"), ("pd_009.pdf", "46"), ("pd_010.pdf", "24"), ("pd_017.pdf", "1114"),
])
def test_real_handwritten_4s_stay_4(name: str, serial: str) -> None:
    assert digit_shapes.check_serial(serial, _serial_crops(name)) == (serial, [])
    inks = next(i for i in (digit_shapes.serial_glyphs(c, len(serial)) for c in _serial_crops(name)) if i)
    for digit, ink in zip(serial, inks):
        if digit == "4":  # an open top, a crossbar right across
            assert digit_shapes.top_bar(ink) < digit_shapes.TOP_BAR <= 0.6
            assert digit_shapes.crossbar(ink) >= digit_shapes.CROSSBAR >= 0.7


@pytest.mark.parametrize("name, serial", [("pd_003.pdf", "01"), ("pd_015.pdf", "1039")])
def test_handwritten_1s_stay_1(name: str, serial: str) -> None:
    assert digit_shapes.check_serial(serial, _serial_crops(name)) == (serial, [])


@pytest.mark.parametrize("name, serial", [("pd_014.pdf", "1009"), ("pd_016.pdf", "1053"), ("pd_001.pdf", "157")])
def test_printed_serials_are_not_checked(name: str, serial: str) -> None:
    # a printed 1's flag fills its narrow glyph: taken for a 7's top bar, were it checked
    assert all(digit_shapes.serial_glyphs(crop, len(serial)) is None for crop in _serial_crops(name))
    assert digit_shapes.check_serial(serial, _serial_crops(name)) == (serial, [])


def test_more_glyphs_than_digits_read_changes_nothing() -> None:
    assert digit_shapes.check_serial("144", _serial_crops("pd_017.pdf")) == ("144", [])


def test_touching_digits_are_split_at_their_thinnest_column() -> None:
    # pd_004's 5 and 7 touch: two glyphs found, three digits read
    tight = _serial_crops("pd_004.pdf")[0]
    inks = digit_shapes.serial_glyphs(tight, 3)
    assert inks is not None and len(inks) == 3
    assert digit_shapes.top_bar(inks[1]) >= digit_shapes.TOP_BAR  # the crossed 7


@pytest.mark.parametrize("name, number, note", [
    ("pd_002.pdf", "Số: 11 /CT-UBND", "the number's serial '11' where the recognizers read '44'"),
    ("pd_004.pdf", "Số: 574 /UBND-KTTH", "the number's serial '574' where the recognizers read '544'"),
])
def test_the_ocr_page_reads_the_serial_by_its_shapes_with_a_note(name: str, number: str, note: str) -> None:
    image, dpi, tsv = _page_one(name)
    page = ocr._segments(tsv, dpi, image)
    assert number in [s.text for s in page.segments]
    assert any(n.startswith(note) and n.endswith("check it on the page") for n in page.notes)
