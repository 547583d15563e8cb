"""The header fields a reader finds on the eight legacy originals (pre-2010 archives).

Read by eye from the originals (shared/corpus/legacy): the .pdf rendered, the .doc and
.rtf files converted to PDF by LibreOffice and rendered, page by page. TYPE, NUMBER,
DATE, ISSUER and SIGNER list what the paper prints: 31 fields. Where the paper prints
none (an attached Quy định has no number of its own, a report no date line, a draft a
blank number and date, a signature block with no name), ABSENT lists the field, and it
must come out empty. Values are compared as the project's scorer compares them.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from extractors.load import load_bytes
from extractors.pipeline import extract_text
from models.extraction import Extraction
from scoring import scorer
from test_legacy import LEGACY, loaded

FOUND = {
    # file: {field: value on paper}; issuer lists acceptable names
    "hd_052.doc": {"doc_type": "Quyết định", "number": "256/2004/QĐ-UB", "issued_date": "2004-07-01",
                   "issuer": ["Ủy ban nhân dân thành phố Cần Thơ"], "signer": "Võ Thanh Tòng"},
    # a Bản Quy định issued with Quyết định 522/2002/QĐ.UB; its own header has no number
    "hd_053.doc": {"doc_type": "Quy định", "issued_date": "2002-03-07",
                   "issuer": ["Ủy ban nhân dân tỉnh An Giang"], "signer": "Nguyễn Hoàng Việt"},
    "hd_054.doc": {"doc_type": "Quyết định", "number": "144/2002/QĐ/BTC", "issued_date": "2002-11-22",
                   "issuer": ["Bộ Tài chính"], "signer": "Trương Chí Trung"},
    "hd_055.rtf": {"doc_type": "Thông tư", "number": "08/2001/TT-BTC", "issued_date": "2001-01-18",
                   "issuer": ["Bộ Tài chính"], "signer": "Vũ Văn Ninh"},
    # a report with no header: its title is not a body; "Nguồn: VỤ KINH TẾ CÔNG NGHIỆP" closes it
    "hd_056.pdf": {"doc_type": "Báo cáo", "issuer": ["Vụ Kinh tế công nghiệp"]},
    "hd_057.doc": {"doc_type": "Quyết định", "number": "991/QĐ-UBND", "issued_date": "2008-05-14",
                   "issuer": ["Ủy ban nhân dân tỉnh Bình Phước"], "signer": "Trương Tấn Thiệu"},
    "hd_058.doc": {"doc_type": "Quy định", "issuer": ["Ủy ban nhân dân tỉnh Cà Mau"], "signer": "Trịnh Minh Thành"},
    # a draft: "Số : /QĐ. BQL–VP", "ngày tháng năm 2007", "TRƯỞNG BAN" with no name
    "hd_059.doc": {"doc_type": "Quyết định",
                   "issuer": ["Ban Quản lý các Khu công nghiệp Bà Rịa - Vũng Tàu",
                              "BQL các Khu công nghiệp Bà Rịa - Vũng Tàu"]},  # as printed
}
ABSENT = {
    "hd_053.doc": ("number",),
    "hd_056.pdf": ("number", "issued_date", "signer"),
    "hd_058.doc": ("number", "issued_date"),
    "hd_059.doc": ("number", "issued_date", "signer"),
}
# The Done-when of issue 16: at least 29 of the 31 fields right.
MIN_RIGHT = 29


@pytest.fixture(scope="module")
def extractions() -> dict[str, Extraction]:
    out = {}
    for name in FOUND:
        text = loaded(name)
        out[name] = extract_text(text.text, meta=text.meta)
    return out


def _value(ex: Extraction, field: str):
    if field == "issued_date":
        return ex.issued_date.isoformat() if ex.issued_date else None
    if field == "issuer":
        return ex.issuer.name if ex.issuer else None
    if field == "signer":
        return ex.signer.name if ex.signer else None
    return getattr(ex, field)


def _right(score: ModuleType, field: str, predicted, expected) -> bool:
    if field == "number":
        return score.number_key(predicted) == score.number_key(expected)
    if field == "issuer":
        return score.any_match(predicted, expected)
    return score.text(predicted) == score.text(expected)


def test_the_list_covers_every_original_and_31_fields() -> None:
    assert sorted(FOUND) == sorted(p.name for p in LEGACY.glob("hd_*.*") if not p.name.endswith(".txt"))
    assert sum(map(len, FOUND.values())) == 31


def test_header_fields_of_the_legacy_originals(extractions: dict[str, Extraction]) -> None:
    score = scorer()
    wrong = [f"{name} {field}: {_value(extractions[name], field)!r} for {expected!r}"
             for name, fields in FOUND.items() for field, expected in fields.items()
             if not _right(score, field, _value(extractions[name], field), expected)]
    assert 31 - len(wrong) >= MIN_RIGHT, wrong


@pytest.mark.parametrize("name", sorted(ABSENT))
def test_fields_the_paper_leaves_out_stay_empty(name: str, extractions: dict[str, Extraction]) -> None:
    assert {field: _value(extractions[name], field) for field in ABSENT[name]} == dict.fromkeys(ABSENT[name])


def test_a_legacy_original_cites_each_document_once(extractions: dict[str, Extraction]) -> None:
    """hd_052 cites 20 documents (18 numbered, a Luật and "Đề án 112"), several of them
    again and again: one citation each, with all of its mentions."""
    citations = extractions["hd_052.doc"].citations
    numbers = [c.number for c in citations if c.number]
    assert len(numbers) == len(set(numbers)) == 18 and len(citations) == 20
    repeated = next(c for c in citations if c.number == "181/2003/QĐ-TTg")
    assert len(repeated.mentions) == 5 and repeated.mentions[0] == repeated.span
    text = loaded("hd_052.doc").text
    assert all("181/2003" in text[m.start:m.end] for m in repeated.mentions)


def test_the_same_fields_when_the_doc_files_are_read_without_fonts(tmp_path: Path, monkeypatch) -> None:
    """With no LibreOffice on PATH, antiword reads the .doc originals: no fonts (the
    capitals fonts' lines in small letters) and the header's columns in another order;
    the header reader finds the same fields."""
    score = scorer()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "antiword").symlink_to(shutil.which("antiword"))
    monkeypatch.setenv("PATH", str(bin_dir))
    wrong = []
    for name, fields in FOUND.items():
        if not name.endswith(".doc"):
            continue
        text = load_bytes((LEGACY / name).read_bytes(), name)
        assert text.meta.warnings and "LibreOffice is not installed" in text.meta.warnings[0]
        ex = extract_text(text.text, meta=text.meta)
        wrong += [f"{name} {field}" for field, expected in fields.items()
                  if not _right(score, field, _value(ex, field), expected)]
    assert not wrong


@pytest.mark.parametrize("name", ["hd_053", "hd_054"])
def test_the_same_fields_from_a_naive_text_extraction(name: str) -> None:
    """The originals' text as a reader blind to fonts saved it (`.extracted.txt`: TCVN3
    bytes as Latin-1, columns laid out with spaces, capitals lost): the text loader
    converts it, says that capitals were restored only where certain, and the header
    reader finds the original's fields."""
    path = LEGACY / f"{name}.extracted.txt"
    text = load_bytes(path.read_bytes(), path.name)
    assert text.meta.legacy_encoding == "tcvn3" and "capitals restored" in text.meta.warnings[0]
    ex = extract_text(text.text, meta=text.meta)
    score = scorer()
    original = next(f for f in FOUND if f.startswith(name))
    assert [field for field, expected in FOUND[original].items()
            if not _right(score, field, _value(ex, field), expected)] == []
