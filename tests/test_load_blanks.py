"""The handwritten number serial and day of a scanned letter, read again by the second
recognizer (extractors.load.blanks, extractors.load.digits) on real scans of
shared/corpus/pdf: Tesseract runs once per page (module fixtures), the re-reading on
its words."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from extractors.load import blanks, digits, ocr
from extractors.load.limits import DEFAULT_LIMITS
from extractors.load.pdf import _render

PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


def _page_one(name: str) -> tuple[bytes, int, str]:
    _, image, dpi = _render(pymupdf.open(PDF / name)[0], DEFAULT_LIMITS)
    return image, dpi, ocr.ocr_image(image, dpi=dpi, tsv=True)


@pytest.fixture(scope="module")
def handwritten():
    # Thông báo 46/TB-UBND of 24.01.2025: serial and day written in by hand
    return _page_one("pd_009.pdf")


@pytest.fixture(scope="module")
def scrawled_day():
    # Chỉ thị 04/CT-UBND of 15.03.2024: a day Tesseract reads "4ð", PP-OCR "A5"
    return _page_one("pd_008.pdf")


def _texts(page: ocr.OcrPage) -> list[str]:
    return [s.text for s in page.segments]


def test_the_package_ships_its_model() -> None:
    import rapidocr_onnxruntime

    assert digits.available() is None
    models = Path(rapidocr_onnxruntime.__file__).parent / "models"
    assert (models / "ch_PP-OCRv4_rec_infer.onnx").stat().st_size > 1_000_000  # in the wheel, not fetched


def test_handwritten_serial_and_day_are_read_again(handwritten) -> None:
    image, dpi, tsv = handwritten
    assert "Số:4@`" in tsv.replace("\t", " ")  # what Tesseract reads there
    page = ocr._segments(tsv, dpi, image)
    assert "Số: 46 /TB-UBND" in _texts(page)
    assert any(t.endswith("ngày 24 tháng 01 năm 2025") for t in _texts(page))
    assert len(page.notes) == 2 and all("second recognizer (PP-OCR)" in n for n in page.notes)
    assert "Số: 46 /TB-UBND" in ocr.page_info(1, 0, page).uncertain  # still a line for the clerk to check


def test_a_scrawled_day_is_read_with_handwritings_letters_for_digits(scrawled_day) -> None:
    image, dpi, tsv = scrawled_day
    page = ocr._segments(tsv, dpi, image)
    assert len(page.notes) == 2 and "the day '15'" in page.notes[1]  # PP-OCR reads "A5": a 1 with its lead-in
    assert any(t.endswith("ngày 15 tháng 3 năm 2024") for t in _texts(page))


def test_a_mark_beside_the_digits_makes_the_day_unsure() -> None:
    # Thông báo 660/TB-UBND of 31.12.2024: Tesseract reads the scrawled day "3|"
    image, dpi, tsv = _page_one("pd_012.pdf")
    assert "3|" in tsv
    page = ocr._segments(tsv, dpi, image)
    assert any(t.endswith("ngày 31 tháng 12 năm 2024") for t in _texts(page))


@pytest.mark.parametrize("read, day_month", [
    ("ngay 04 thang 02", ("04", "02")),
    ("ngiy04 hngo1", ("04", "1")),  # Chỉ thị 01/CT-UBND of 04.01.2021 (pd_003)
    ("ngay A5thang 3", ("15", "3")),
    ("ngay 45 thang 13", (None, None)),  # no day, no month: Tesseract's reading stays
    ("ngayAN thang 9", (None, None)),  # "AN" is no day
])
def test_the_second_readings_day_and_month(read: str, day_month: tuple) -> None:
    assert blanks._date(read) == day_month


def test_without_the_second_recognizer_tesseract_reading_stays(handwritten, monkeypatch) -> None:
    image, dpi, tsv = handwritten
    monkeypatch.setattr(digits, "_STATE", {"ready": True, "problem": "the second recognizer needs the "
                                           "rapidocr-onnxruntime package (No module named 'rapidocr_onnxruntime')"})
    page = ocr._segments(tsv, dpi, image)
    assert page.notes == ["handwritten number or date not read again: the second recognizer needs the "
                          "rapidocr-onnxruntime package (No module named 'rapidocr_onnxruntime')"]
    assert "Số: 46 /TB-UBND" not in _texts(page)
