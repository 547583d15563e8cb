"""Số ký hiệu: the parts the header reads, the key every stage and the store compare by."""
from __future__ import annotations

import pytest

from extractors.numbers import key, parse

PARTS = [  # (số ký hiệu, the document's type, serial, year, type code, issuer code, unit code)
    ("01/2024/QĐ-UBND", "Quyết định", "01", 2024, "QĐ", "UBND", None),
    ("4085/UBND-ĐT", "Công văn", "4085", None, None, "UBND", "ĐT"),
    ("5608/CT-CS", "Công văn", "5608", None, None, "CT", "CS"),  # Cục Thuế's letter, not a Chỉ thị
    ("06/CT-UBND", "Chỉ thị", "06", None, "CT", "UBND", None),
    ("04-NQ/TU", None, "04", None, "NQ", "TU", None),  # party numbering
    ("234/CĐ-TTg", None, "234", None, "CĐ", "TTg", None),
    ("515/KH-BCA-BNN&MT", None, "515", None, "KH", "BCA", "BNN&MT"),
    ("/BC-UBND", "Báo cáo", None, None, "BC", "UBND", None),  # a draft's blank serial
    ("10989/BNV-TCBC", "Công văn", "10989", None, None, "BNV", "TCBC"),
]


@pytest.mark.parametrize("number, doc_type, serial, year, type_code, issuer, unit", PARTS)
def test_number_parts(number, doc_type, serial, year, type_code, issuer, unit) -> None:
    p = parse(number, doc_type)
    assert (p.serial, p.year, p.type_code, p.issuer_code, p.unit_code) == (serial, year, type_code, issuer, unit)


KEYS = [  # (as printed, key)
    ("1313 /UBND- TTHC", "1313/UBND-TTHC"),  # white space inside, as a PDF's text layer leaves it
    ("01/2024/QĐ-UBND", "01/2024/QD-UBND"),  # Đ as D: typed either way
    ("45/2023/NĐ\u2013CP", "45/2023/ND-CP"),  # an en dash for the hyphen
    ("12/\u0421T-UBND", "12/CT-UBND"),  # a Cyrillic С for the Latin C
    ("", None),
]


@pytest.mark.parametrize("printed, expected", KEYS)
def test_key(printed: str, expected: str | None) -> None:
    assert key(printed) == expected

