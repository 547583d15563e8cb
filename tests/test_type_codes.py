"""A scanned number's type code made to agree with the title (extractors.type_codes)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.load import load_bytes
from extractors.pipeline import extract_text
from extractors.type_codes import agree_type_code
from models.extraction import Extraction, LoadMeta, PageInfo

PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
SCANNED = LoadMeta(format="pdf", pages=[PageInfo(number=1, method="ocr")], ocr_pages=[1])
TEXT_LAYER = LoadMeta(format="pdf", pages=[PageInfo(number=1, method="text")])


def _agreed(number: str, doc_type: str, meta: LoadMeta) -> tuple[str | None, list[str]]:
    ex = Extraction(number=number, doc_type=doc_type)
    warnings = agree_type_code(ex, meta)
    return ex.number, warnings


@pytest.mark.parametrize("number, doc_type, agreed", [
    ("23/ĐC-UBND", "Báo cáo", "23/BC-UBND"),  # one letter misread
    ("157/QĐĐ-NĐ-UB", "Quyết định", "157/QĐ-NĐ-UB"),  # a bold letter read twice
    ("01/2024/QĐĐ-UBND", "Quyết định", "01/2024/QĐ-UBND"),  # after the year
])
def test_a_misread_code_takes_the_titles(number: str, doc_type: str, agreed: str) -> None:
    got, [warning] = _agreed(number, doc_type, SCANNED)
    assert got == agreed
    assert repr(number) in warning and repr(doc_type) in warning


@pytest.mark.parametrize("number, doc_type, meta", [
    ("23/ĐC-UBND", "Báo cáo", TEXT_LAYER),  # typed or from a text layer: as printed
    ("45/CT-UBND", "Thông báo", SCANNED),  # a code of another type is no misreading
    ("45/UBND-VX", "Thông báo", SCANNED),  # an issuer's code, not one letter off
    ("45/ĐT-UBND", "Báo cáo", SCANNED),  # two letters off
    ("45/UBND-VX", "Công văn", SCANNED),  # a letter's number carries no type code
])
def test_other_numbers_stay_as_read(number: str, doc_type: str, meta: LoadMeta) -> None:
    assert _agreed(number, doc_type, meta) == (number, [])


def test_a_scanned_report_reads_its_code() -> None:
    # Báo cáo 23/BC-UBND of 23.01.2025, a scan: Tesseract reads "Số: 23 /ĐC-UBND"
    loaded = load_bytes((PDF / "pd_005.pdf").read_bytes(), "pd_005.pdf")
    ex = extract_text(loaded.text, meta=loaded.meta)
    assert ex.doc_type == "Báo cáo" and ex.number == "23/BC-UBND"
    assert ex.number_parts.type_code == "BC" and ex.number_parts.issuer_code == "UBND"
    assert any("'ĐC' taken for 'BC'" in w for w in ex.warnings)
