"""A header field read from an OCR'd line of low confidence is flagged; the same field
from a sure line, or from a text layer, is not. Lines as Tesseract read the header of
shared/corpus/pdf/pd_009.pdf (a handwritten number)."""
from __future__ import annotations

from extractors.load.core import load_bytes
from extractors.pipeline import extract_text
from models.extraction import LoadMeta, PageInfo

HEADER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số:4@` /TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 24 tháng 01 năm 2025

THÔNG BÁO
Về việc thụ lý giải quyết khiếu nại lần hai
"""


def _meta(uncertain: list[str]) -> LoadMeta:
    return LoadMeta(format="pdf", pages=[PageInfo(number=1, method="ocr", confidence=90.8, uncertain=uncertain)])


def test_field_from_uncertain_line_is_flagged() -> None:
    ex = extract_text(HEADER, meta=_meta(["Số:4@` /TB-UBND", "Nơi nhận:"]))
    assert ex.number == "4@`/TB-UBND"
    assert ex.warnings == [("number read from a low-confidence OCR line on page 1 ('Số:4@` /TB-UBND'): "
                            "check it on the page")]


def test_sure_lines_and_text_layers_are_not_flagged() -> None:
    assert extract_text(HEADER, meta=_meta(["Nơi nhận:"])).warnings == []
    loaded = load_bytes(HEADER.encode(), "header.txt")
    assert extract_text(loaded.text, meta=loaded.meta).warnings == []


def test_place_is_flagged_from_its_date_line_only() -> None:
    ex = extract_text(HEADER, meta=_meta(["TỈNH QUẢNG NGÃI"]))
    assert [w.split(" read")[0] for w in ex.warnings] == ["issuer"]
    ex = extract_text(HEADER, meta=_meta(["Quảng Ngãi, ngày 24 tháng 01 năm 2025"]))
    assert [w.split(" read")[0] for w in ex.warnings] == ["place and date"]
