"""A scanned page's name lines read again as one line (extractors.load.names) on real
scans of shared/corpus/pdf, and the signer found by position when the seal hid the
title (extractors.signer): Tesseract runs once per page (module fixtures)."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from extractors.load import load_bytes, ocr
from extractors.load.limits import DEFAULT_LIMITS
from extractors.load.names import _taken, reread_names
from extractors.load.pages import Segment
from extractors.load.pdf import _render
from extractors.pipeline import extract_text

PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


def _page(name: str, index: int) -> ocr.OcrPage:
    _, image, dpi = _render(pymupdf.open(PDF / name)[index], DEFAULT_LIMITS)
    return ocr._segments(ocr.ocr_image(image, dpi=dpi, tsv=True), dpi, image)


def _texts(page: ocr.OcrPage) -> list[str]:
    return [s.text for s in page.segments]


@pytest.fixture(scope="module")
def giang():
    # Công văn 574/UBND-KTTH: the page pass reads the signer "Nguyên Hoàng Giang" (96)
    return _page("pd_004.pdf", 0)


@pytest.fixture(scope="module")
def hien():
    # Thông báo 46/TB-UBND: the page pass reads "Trần Phước Hiền" right, the line
    # pass "Hiển" at 68
    return _page("pd_009.pdf", 0)


def test_name_line_read_again_with_its_tone_marks(giang) -> None:
    assert "Nguyễn Hoàng Giang" in _texts(giang) and "Nguyên Hoàng Giang" not in _texts(giang)
    assert any(n.startswith("the name 'Nguyễn Hoàng Giang' read again as one line where Tesseract read "
                            "'Nguyên Hoàng Giang'") for n in giang.notes)


def test_unsure_second_reading_is_refused(hien) -> None:
    assert "Trần Phước Hiền" in _texts(hien)
    assert not any(n.startswith("the name") for n in hien.notes)


def test_second_reading_must_hold_the_same_letters() -> None:
    assert _taken(["“Trân", "Ngọc", "Căng"], [("T", 83.0), ("rần", 74.0), ("Ngọc", 96.0), ("Căng", 96.0)]) == [
        ("Trần", 74.0), ("Ngọc", 96.0), ("Căng", 96.0)]
    assert _taken(["À", "Ấ", "Trần", "Hoàng", "Tuân"], [("Trần", 97.0), ("Hoàng", 97.0), ("Tuấn", 97.0)]) == [
        ("Trần", 97.0), ("Hoàng", 97.0), ("Tuấn", 97.0)]
    assert _taken(["Ngôn", "Nghiệp"], [("Ngôn", 90.0), ("Nghiện", 90.0)]) is None  # another letter
    assert _taken(["Lê", "Văn", "Hoàng", "Tuân"], [("Hoàng", 97.0), ("Tuấn", 97.0)]) is None  # words left out


def test_signer_found_by_position_when_the_seal_hides_the_title() -> None:
    # Quyết định 1114/QĐ-TTg: the round seal over "THỦ TƯỚNG", the name read under it
    path = PDF / "pd_017.pdf"
    loaded = load_bytes(path.read_bytes(), path.name)
    ex = extract_text(loaded.text, meta=loaded.meta)
    assert (ex.signer.name, ex.signer.title) == ("Phạm Minh Chính", None)
    assert any(w.startswith("signer 'Phạm Minh Chính' found by position without a title") for w in ex.warnings)
    assert not any("Phạm Minh Chính" in item for item in ex.cc)


def test_a_list_of_persons_costs_a_few_readings_the_lowest() -> None:
    # a council's members listed one per line: only the lowest name lines are read again
    import cv2
    import numpy as np

    _, png = cv2.imencode(".png", np.full((1700, 1200), 255, np.uint8))
    lines = [[Segment(100, 400 + 30 * k, 140, 412 + 30 * k, "Nguyễn"), Segment(145, 400 + 30 * k, 170, 412 + 30 * k, "Văn"),
              Segment(175, 400 + 30 * k, 200, 412 + 30 * k, f"An{'h' * k}")] for k in range(8)]
    read: list[bytes] = []
    assert reread_names(lines, png.tobytes(), 144, lambda crop: read.append(crop) or "") == []
    assert len(read) == 4
