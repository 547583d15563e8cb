"""Central texts (Quốc hội, Chính phủ, Thủ tướng, Chủ tịch nước, Bộ, joint texts) as the
legal portal prints them: shared/corpus/central, labelled in shared/eval/gold/central.

Scored by the project scorer's own comparisons (the figures `score.py --gold
gold/central --docs corpus/central` prints), every header field >= 0.98; then one table
per shape of the kind, from lines of those texts.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extractors.data.tones import fold_name
from extractors.pipeline import extract_text
from scoring import scorer

SHARED = Path(__file__).resolve().parents[2] / "shared"
CENTRAL = SHARED / "corpus" / "central"
GOLD = SHARED / "eval" / "gold" / "central"
MIN_FIELD = 0.98


@pytest.fixture(scope="module")
def scores():
    score = scorer()
    s = score.Scores()
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        ex = extract_text((CENTRAL / gold["file"]).read_text(encoding="utf-8"))
        s.doc(gold["file"], ex.scored_dict(), gold)
    return s


@pytest.mark.parametrize("field", ("doc_type", "number", "issued_date", "place", "issuer", "subject",
                                   "signer_name"))
def test_central_header_fields(scores, field: str) -> None:
    assert scores.fields[field].value() >= MIN_FIELD


def extract(text: str):
    return extract_text(text)


HEAD = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_number_with_its_type_name_before_the_label_and_no_type_code() -> None:
    """Quốc hội's resolutions: "Nghị quyết số: 170/2024/QH15" (ce_008), the code after
    the year is the issuer's (QH15: the 15th National Assembly)."""
    ex = extract("QUỐC HỘI\n" + HEAD + "Luật số: 56/2024/QH15\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU\n"
                 "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")
    assert (ex.number, ex.number_parts.year, ex.number_parts.type_code, ex.number_parts.issuer_code) == \
        ("56/2024/QH15", 2024, None, "QH15")
    assert ex.issuer.name == "QUỐC HỘI"


ONE_LINE_BLOCKS = [
    # (the signature printed on one line, authority, title, name)
    ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A", "KT.", "Thứ trưởng", "Nguyễn Văn A"),
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Bình", "TM.", "Chủ tịch", "Nguyễn Văn Bình"),
    ("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Đức Phớc", "KT.", "Phó Thủ tướng", "Hồ Đức Phớc"),
    ("THỦ TƯỚNG Phạm Minh Chính", None, "Thủ tướng", "Phạm Minh Chính"),
]


@pytest.mark.parametrize(("line", "authority", "title", "name"), ONE_LINE_BLOCKS)
def test_a_signature_block_printed_on_one_line(line: str, authority, title: str, name: str) -> None:
    ex = extract("BỘ TÀI CHÍNH\n" + HEAD + "Số: 12/2025/TT-BTC\nHà Nội, ngày 01 tháng 7 năm 2025\nTHÔNG TƯ\n"
                 "Quy định về thuế\nĐiều 1. Thông tư này có hiệu lực từ ngày ký./.\n" + line + "\n"
                 "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n")
    assert (ex.signer.authority, ex.signer.title, ex.signer.name) == (authority, title, name)


def test_a_joint_text_has_every_issuer_and_every_signer_in_order() -> None:
    """ce_014: six ministries and courts on one header line with dashes; six blocks."""
    ex = extract((CENTRAL / "ce_014.txt").read_text(encoding="utf-8"))
    assert [b.name for b in ex.issuers] == ["BỘ TƯ PHÁP", "BỘ CÔNG AN", "BỘ QUỐC PHÒNG", "BỘ TÀI CHÍNH",
                                            "TÒA ÁN NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"]
    assert ex.issuer == ex.issuers[0]
    assert [s.name for s in ex.signers] == ["Lê Quốc Hùng", "Nguyễn Thanh Ngọc", "Võ Minh Lương", "Đỗ Thành Trung",
                                            "Nguyễn Văn Tiến", "Hồ Đức Anh"]
    assert {s.authority for s in ex.signers} == {"KT."}


def test_a_joint_text_whose_names_wrap_over_the_header_lines() -> None:
    """ce_006: three bodies over four lines; the number's three codes and the body's
    "... ban hành Nghị quyết liên tịch" sentence tell the wraps from the breaks."""
    ex = extract((CENTRAL / "ce_006.txt").read_text(encoding="utf-8"))
    assert [fold_name(b.name) for b in ex.issuers] == [fold_name(n) for n in (
        "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]
    assert [(s.on_behalf_of, s.name) for s in ex.signers][1:] == [
        ("Chính phủ", "Phạm Minh Chính"), ("Ủy ban Thường vụ Quốc hội", "Trần Thanh Mẫn")]
    assert ex.signers[0].name == "Đỗ Văn Chiến"


def test_one_issuer_and_one_signer_are_lists_of_one() -> None:
    ex = extract((CENTRAL / "ce_016.txt").read_text(encoding="utf-8"))
    assert [b.name for b in ex.issuers] == [ex.issuer.name] == ["BỘ CÔNG AN"]
    assert [s.name for s in ex.signers] == [ex.signer.name] == ["Lương Tam Quang"]


def test_the_issuer_is_the_header_line_not_the_body_the_number_code_names() -> None:
    """A ministry's department numbers its letters with the ministry's code; the issuer
    is the line printed under the parent body, whatever the code says."""
    ex = extract("BỘ TÀI CHÍNH\nCỤC QUẢN LÝ GIÁ\n" + HEAD + "Số: 1234/BTC-QLG\nHà Nội, ngày 02 tháng 6 năm 2025\n"
                 "V/v kê khai giá\nKính gửi: Sở Tài chính các tỉnh\nCục Quản lý giá đề nghị các Sở báo cáo.\n")
    assert (ex.issuer.name, ex.issuer.parent) == ("CỤC QUẢN LÝ GIÁ", "Bộ Tài chính")


def test_a_decision_of_the_state_president() -> None:
    """ce_015: "CHỦ TỊCH NƯỚC" heads the header and signs as "CHỦ TỊCH" / "NƯỚC CỘNG HÒA ..."."""
    ex = extract((CENTRAL / "ce_015.txt").read_text(encoding="utf-8"))
    assert (ex.doc_type, ex.number, ex.issuer.name, ex.signer.name) == (
        "Quyết định", "758/2024/QĐ-CTN", "CHỦ TỊCH NƯỚC", "Tô Lâm")


def test_a_resolution_of_the_national_assembly_is_dated_by_its_adoption() -> None:
    """No place-and-date line (ce_008): the closing clause's "thông qua ngày ..." dates it,
    marked inferred; the place stays empty."""
    ex = extract((CENTRAL / "ce_008.txt").read_text(encoding="utf-8"))
    assert (ex.number, ex.issued_date, ex.place) == ("170/2024/QH15", dt.date(2024, 11, 30), None)
    assert "issued_date" in ex.inferred
