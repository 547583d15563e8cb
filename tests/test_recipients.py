"""Kính gửi and Nơi nhận lists, with real blocks from the corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.layout import segment

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold"

BODY = "\n\nThực hiện Công văn số 1313/UBND-TTHC ngày 14/3/2024 của UBND tỉnh."

RECIPIENTS = [
    ("Kính gửi: Sở Nội vụ tỉnh Quảng Ngãi.    ", ["Sở Nội vụ tỉnh Quảng Ngãi"]),
    ("        Kính gửi:  \n\n- Các phòng, ban, đơn vị thuộc huyện; \n\n- Công an huyện;  \n\n- UBND các xã, thị trấn. ",
     ["Các phòng, ban, đơn vị thuộc huyện", "Công an huyện", "UBND các xã, thị trấn"]),
    ("Kính gửi:\n\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc\nChính phủ;\n- Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.",
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]),
    ("Kính gửi:\n\n- Công ty cổ phần siêu thị Sài Gòn;\n(Địa chỉ: Trung tâm Thương mại Hà Tiên, phường Vĩnh Phúc, tỉnh Phú Thọ)\n"
     "- Thuế tỉnh Phú Thọ.", ["Công ty cổ phần siêu thị Sài Gòn", "Thuế tỉnh Phú Thọ"]),
    ("Kính gửi: Các\nDoanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh",
     ["Các Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh"]),
    ("Kính gửi: Bà Trần Nguyễn Thanh Thúy\n(Địa chỉ: 1H4 Nguyễn Thị Định, Tỉnh Gia Lai;\nSố ĐT: 0974430711)\n"
     "Cục Thuế nhận được câu hỏi mã số 220725-11", ["Bà Trần Nguyễn Thanh Thúy"]),
    ("Kính gửi: Thuế tỉnh Quảng Ninh\nCục Thuế nhận được công văn số 1108/QNI-QLDN2", ["Thuế tỉnh Quảng Ninh"]),
    ("Kính\ngửi: Chi nhánh Công ty TNHH F.D.I tại\nHà Nội.\n(Đ/c: Tầng 6, Tòa nhà CMC Tower)\nTrả lời công văn số 13/CV-FDI",
     ["Chi nhánh Công ty TNHH F.D.I tại Hà Nội"]),
    ("CÔNG ĐIỆN\nV/V PHÁT ĐỘNG\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân\n"
     "dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Gia\nLai, Lâm Đồng;\n- Bộ trưởng, Thủ trưởng cơ quan ngang bộ.",
     ["Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Gia Lai, Lâm Đồng",
      "Bộ trưởng, Thủ trưởng cơ quan ngang bộ"]),
    ("Kính gửi:\nSở Tài chính;\nSở Nội vụ.", ["Sở Tài chính", "Sở Nội vụ"]),
    ("Kính gửi: Thuế tỉnh Hà\nTĩnh.\nCục Thuế nhận được công văn", ["Thuế tỉnh Hà Tĩnh"]),
    ("Kính\ngửi: Công ty TNHH\nTokokosen.\n(Địa chỉ: Phòng 11.05 tòa nhà Plascher Tower, phường Bồ\nĐề, thành phố Hà Nội)\n"
     "Cục Hải quan nhận được", ["Công ty TNHH Tokokosen"]),
    ("Kính gửi:\n\n-\nCác cơ quan chuyên môn, cơ quan hành chính\nkhác thuộc\nỦy ban nhân dân Thành phố;\n"
     "- Sở Xây dựng; - Sở Nội vụ.", ["Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố",
                                   "Sở Xây dựng", "Sở Nội vụ"]),
    ("CÔNG ĐIỆN\nV/V TẬP TRUNG ỨNG PHÓ LŨ\nTHỦ TƯỚNG\nCHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Tài chính, Nội vụ.",
     ["Bộ trưởng các Bộ: Tài chính, Nội vụ"]),
    # bk_344b9eec106a: co-addressees ("Đồng kính gửi:"), one undashed item after a blank line
    ("THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ;\n"
     "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;\n\nĐồng kính gửi:\n\n"
     "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để\nlãnh đạo, chỉ đạo.",
     ["Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ",
      "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
      "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để lãnh đạo, chỉ đạo"]),
    ("Kính gửi:\n\nSở Tài chính tỉnh Quảng Ngãi.", ["Sở Tài chính tỉnh Quảng Ngãi"]),
    ("Kính gửi: Sở Nội vụ.\nĐồng kính gửi: Ủy ban nhân dân tỉnh.", ["Sở Nội vụ", "Ủy ban nhân dân tỉnh"]),
    # the lines of bulk documents wrapped again, as another loader would
    ("Kính gửi: Sở Nội vụ;\n\nĐồng\nkính gửi: Ủy ban nhân dân tỉnh.", ["Sở Nội vụ", "Ủy ban nhân dân tỉnh"]),
    ("Kính gửi: Bà Huỳnh Thị Mỹ\nHằng\n(Địa chỉ: Phường Vĩnh Long, tỉnh Vĩnh Long)\nCục Thuế nhận được văn bản",
     ["Bà Huỳnh Thị Mỹ Hằng"]),
    ("Kính gửi: Chi nhánh Công ty TNHH\nKGL\nViệt Nam tại TP. HCM.\n(Đ/c: Tầng 5, Tòa nhà Thép Toàn Thắng)\n"
     "Trả lời công văn số 01/KGL", ["Chi nhánh Công ty TNHH KGL Việt Nam tại TP. HCM"]),
    ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\nThực\nhiện Nghị định số 94/2022/NĐ-CP ngày\n"
     "07/11/2022", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
]


@pytest.mark.parametrize("block, expected", RECIPIENTS, ids=[f"to-{i}" for i in range(len(RECIPIENTS))])
def test_recipients(block: str, expected: list[str]) -> None:
    text = block + BODY
    assert list(segment(text).recipient_list) == expected


CLOSE = "Đề nghị các cơ quan thực hiện./.\n\n"
SIGN = "\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"

CC = [
    ("Nơi nhận:\n- Như trên;\n- TTUB: CT, các PCT;\n- Lưu: VT, (ĐT/VMN).", ["Như trên", "TTUB: CT, các PCT", "Lưu: VT, (ĐT/VMN)"]),
    ("Nơi\nnhận:\n- Như trên;\n- Bộ trưởng (để b/c);\n- Lưu: VT, TCBC.", ["Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, TCBC"]),
    ("Nơi nhận:\n- UBND các tỉnh Đồng Nai.\n- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp,\nPCN Phạm Mạnh Cường,\nTrợ lý TTg, TGĐ Cổng TTĐT;\n"
     "các Vụ: KTTH, QHĐP, TH;\n- Lưu: VT, CN (2).",
     ["UBND các tỉnh Đồng Nai",
      "VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, PCN Phạm Mạnh Cường, Trợ lý TTg, TGĐ Cổng TTĐT; các Vụ: KTTH, QHĐP, TH",
      "Lưu: VT, CN (2)"]),
    ("Nơi nhận: \n\n- TT Huyện ủy; \n\n- CT, các PCT UBND huyện; \n\n- Lưu: VT. \n\n \n",
     ["TT Huyện ủy", "CT, các PCT UBND huyện", "Lưu: VT"]),
    ("Nơi nhận:\n- Như Điều 3;\n- Cổng thông\ntin điện tử tỉnh;\n- Lưu: VT, TTPVHCC(Đ).",
     ["Như Điều 3", "Cổng thông tin điện tử tỉnh", "Lưu: VT, TTPVHCC(Đ)"]),
    ("Nơi nhận:\n-\nNhư trên;\n- Lưu VT, VP, CĐS", ["Như trên", "Lưu VT, VP, CĐS"]),
    ("Nơi nhận:\n- Phòng:\nTH, VX, NCPC;\n- Lưu: VT,\n(ĐT/VMN).", ["Phòng: TH, VX, NCPC", "Lưu: VT, (ĐT/VMN)"]),
    ("Nơi nhận:\n- Các Bộ, cơ quan: TC, XD, YT, GDĐT, VHTTDL,\nDTTG, NHNNVN, TTCP;\n- Lưu: VT, P.\nLĐTLBHXH (ĐT).",
     ["Các Bộ, cơ quan: TC, XD, YT, GDĐT, VHTTDL, DTTG, NHNNVN, TTCP", "Lưu: VT, P. LĐTLBHXH (ĐT)"]),
    ("Nơi nhận:\n- Bộ Tài chính; (Báo cáo)\n- Lưu: VT.", ["Bộ Tài chính; (Báo cáo)", "Lưu: VT"]),
    ("Nơi nhận:\n- Các Bộ: TC;\nNN&MT;\n- Lưu: VT.", ["Các Bộ: TC; NN&MT", "Lưu: VT"]),  # bk_592501a25aaf re-wrapped
]


@pytest.mark.parametrize("block, expected", CC, ids=[f"cc-{i}" for i in range(len(CC))])
def test_cc(block: str, expected: list[str]) -> None:
    text = CLOSE + block + SIGN
    assert list(segment(text).cc_list) == expected


def test_no_lists() -> None:
    text = "Điều 1. Quyết định này có hiệu lực./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Nam"
    layout = segment(text)
    assert layout.recipient_list == () and layout.cc_list == ()


@pytest.mark.parametrize("gold", sorted((GOLD / "seeds").glob("*.json")) + sorted((GOLD / "dev").glob("*.json")),
                         ids=lambda p: p.stem)
def test_labelled_documents(gold: Path) -> None:
    g = json.loads(gold.read_text(encoding="utf-8"))
    text = (CORPUS / gold.parent.name / g["file"]).read_text(encoding="utf-8")
    layout = segment(text)
    assert list(layout.recipient_list) == g["recipients"]
    cc = layout.cc_list
    assert len(cc) == len(g["cc"])
    # typist's initials may trail "Lưu: VT, CN (2). Ha"
    assert all(c.startswith(e) for c, e in zip(cc, g["cc"], strict=True))
