"""Signature blocks (Decree 30/2020 Phụ lục I, ô số 7) from the corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.layout import segment
from extractors.signer import title_case

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold"

CLOSE = "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"

BLOCKS = [  # (block, name, title, authority, on behalf of)
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi\nXuân Cường", "Bùi Xuân Cường", "Phó Chủ tịch", "KT.", "Chủ tịch"),
    ("KT.CHỦ TỊCH \n\nPHÓ CHỦ TỊCH \n\n \n\n \n\n \n\nĐỗ Tùng Lâm ", "Đỗ Tùng Lâm", "Phó Chủ tịch", "KT.", "Chủ tịch"),
    ("**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\nNguyễn Tường Duy", "Nguyễn Tường Duy", "Chủ tịch", "TM.", "Ủy ban nhân dân"),
    ("TM.\nỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTống Thanh Hải", "Tống Thanh Hải", "Phó Chủ tịch", "KT.", "Chủ tịch"),
    ("TM. ỦY BAN NHÂN\nDÂN\nCHỦ TỊCH\nTrương Cảnh Tuyên", "Trương Cảnh Tuyên", "Chủ tịch", "TM.", "Ủy ban nhân dân"),
    ("TL. CỤC TRƯỞNG\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nPhạm Ngọc Lai", "Phạm Ngọc Lai",
     "Phó Chánh Văn phòng", "KT.", "Chánh Văn phòng"),
    ("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nPhạm Thị Minh Hiền",
     "Phạm Thị Minh Hiền", "Phó Trưởng ban", "KT.", None),
    ("KT. BỘ TRƯỞNG,\nCHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nPhạm Mạnh Cường", "Phạm Mạnh Cường", "Phó Chủ nhiệm", "KT.", None),
    ("KT. CHỦ TỊCH\nPHÓ\nCHỦ TỊCH\nNguyễn Thị Nguyệt", "Nguyễn Thị Nguyệt", "Phó Chủ tịch", "KT.", "Chủ tịch"),
    ("CHỦ TỊCH\nLê Hải\nHòa", "Lê Hải Hòa", "Chủ tịch", None, None),
    ("THỦ TƯỚNG\nPhạm Minh Chính", "Phạm Minh Chính", "Thủ tướng", None, None),
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nVũ\nChiến Thắng\n\n____________________\n[i] Tổng số vị trí việc làm",
     "Vũ Chiến Thắng", "Thứ trưởng", "KT.", "Bộ trưởng"),
    ("Q. GIÁM ĐỐC\n(Đã ký)\nTrần Văn Bình", "Trần Văn Bình", "Giám đốc", "Q.", None),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNGUYỄN VĂN AN", "Nguyễn Văn An", "Phó Giám đốc", "KT.", "Giám đốc"),
    ("CHỦ\nTỊCH \n\n \n\nNguyễn Tưởng Duy ", "Nguyễn Tưởng Duy", "Chủ tịch", None, None),
    ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTrần Văn Nam", "Trần Văn Nam", "Phó Bí thư", "TM.", None),  # party style
    ("TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Văn Bình", "Lê Văn Bình", "Chánh Văn phòng", "TUQ.", "Chủ tịch"),
    ("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ\nVỀ HQ PHÓ TRƯỞNG BAN\nNguyễn Bắc Hải", "Nguyễn Bắc Hải",
     "Phó Trưởng ban", "KT.", None),
    ("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ PHÓ TRƯỞNG BAN\nNguyễn Bắc Hải", "Nguyễn Bắc Hải",
     "Phó Trưởng ban", "KT.", None),
    # bk_65c9ecb9e2fa: the deputy's title under KT., then a concurrent post
    ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nPHÓ THỦ TƯỚNG\nPhạm Thị Thanh Trà", "Phạm Thị Thanh Trà",
     "Phó Trưởng ban Thường trực", "KT.", "Trưởng ban"),
    ("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN NGHIỆP VỤ\nTHUẾ HQ\nPHÓ TRƯỞNG BAN\nĐào Thu Hương", "Đào Thu Hương",
     "Phó Trưởng ban", "KT.", None),
    # blocks of bulk documents wrapped again, as another loader would
    ("KT. CỤC\nTRƯỞNG\nPHÓ CỤC\nTRƯỞNG\nĐặng Ngọc\nMinh", "Đặng Ngọc Minh", "Phó Cục trưởng", "KT.", "Cục trưởng"),
    ("TL. CỤC TRƯỞNG\nTRƯỞNG BAN BAN CHÍNH\nSÁCH,\nTHUẾ QUỐC\nTẾ\nNguyễn Thị Thanh Hằng", "Nguyễn Thị Thanh Hằng",
     "Trưởng ban Ban Chính sách, Thuế Quốc tế", "TL.", None),
    ("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ PHÓ TRƯỞNG\nBAN\nNguyễn Bắc Hải", "Nguyễn Bắc Hải",
     "Phó Trưởng ban", "KT.", None),
    ("T/M\nBAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTrần Văn Nam", "Trần Văn Nam", "Phó Bí thư", "TM.", None),
]


@pytest.mark.parametrize("block, name, title, authority, on_behalf_of", BLOCKS,
                         ids=[f"block-{i}" for i in range(len(BLOCKS))])
def test_signature_block(block: str, name: str, title: str, authority: str | None, on_behalf_of: str | None) -> None:
    text = CLOSE + block
    s = segment(text).signer
    assert (s.name, s.title, s.authority) == (name, title, authority)
    if on_behalf_of:
        assert s.on_behalf_of == on_behalf_of


def test_signature_without_cc_after_closing_formula() -> None:
    text = "Yêu cầu Giám đốc các sở thực hiện nghiêm túc Chỉ thị này./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Nam\n\n" \
           "PHỤ LỤC\nDANH SÁCH\nNguyễn Văn Bình"
    s = segment(text).signer
    assert (s.name, s.title) == ("Hoàng Nam", "Phó Chủ tịch")


def test_block_without_a_name() -> None:
    text = CLOSE + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n"
    s = segment(text).signer
    assert (s.name, s.title, s.authority) == (None, "Phó Chủ tịch", "KT.")


def test_truncated_text_has_no_signer() -> None:
    text = "TỜ TRÌNH\nVề Nghị định\n\nKính gửi: Chính phủ\n\nThực hiện Quyết định số 64/QĐ-BCĐCCTLBHXH ngày 12/5/2015"
    assert segment(text).signer is None


TITLES = [
    ("PHÓ CHỦ TỊCH", "Phó Chủ tịch"), ("PHÓ CHÁNH VĂN PHÒNG", "Phó Chánh Văn phòng"), ("THỨ TRƯỞNG", "Thứ trưởng"),
    ("PHÓ TRƯỞNG BAN", "Phó Trưởng ban"), ("VỤ TRƯỞNG VỤ PHÁP CHẾ", "Vụ trưởng Vụ Pháp chế"),
    ("GIÁM ĐỐC", "Giám đốc"), ("PHÓ CHỦ NHIỆM", "Phó Chủ nhiệm"), ("THỦ TƯỚNG", "Thủ tướng"),
]


@pytest.mark.parametrize("printed, expected", TITLES)
def test_title_case(printed: str, expected: str) -> None:
    assert title_case(printed) == expected


@pytest.mark.parametrize("gold", sorted((GOLD / "seeds").glob("*.json")) + sorted((GOLD / "dev").glob("*.json")),
                         ids=lambda p: p.stem)
def test_labelled_documents(gold: Path) -> None:
    g = json.loads(gold.read_text(encoding="utf-8"))
    text = (CORPUS / gold.parent.name / g["file"]).read_text(encoding="utf-8")
    s = segment(text).signer
    expected = g.get("signer") or {}
    got = (s.name, s.title, s.authority) if s else (None, None, None)
    assert got == (expected.get("name"), expected.get("title"), expected.get("authority"))


def test_name_alone_after_the_copy_list_is_the_signer() -> None:
    # a scan whose seal hid the title: the name stands right after the Nơi nhận list
    # (the last item's bullet lost, a speck read between)
    text = "Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 3;\n- Bộ Nội vụ;\n" \
           "Lưu: VT, TCCB,\n>\nPhạm Minh Chính\n"
    layout = segment(text)
    assert (layout.signer.name, layout.signer.title, layout.signer.authority) == ("Phạm Minh Chính", None, None)
    assert not any("Phạm" in item for item in layout.cc_list)


def test_pen_strokes_between_title_and_name() -> None:
    # a signature's strokes read by OCR as single letters
    s = segment(CLOSE + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nÀ Ấ\nTrần Hoàng Tuấn\n").signer
    assert (s.name, s.title, s.authority) == ("Trần Hoàng Tuấn", "Phó Chủ tịch", "KT.")
