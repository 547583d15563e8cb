"""Layout of a letter (Decree 30/2020 Phụ lục I): header | Kính gửi | body | signature | Nơi nhận.

Rows are real openings and closings from the corpus, including the odd ones
(headers wrapped mid-word, double-spaced exports, headerless copies).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.layout import find_place_date, segment

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold"


def part(text: str, span) -> str | None:
    return None if span is None else " ".join(text[span.start:span.end].split())


# (text, header ends with, recipients starts with, body starts with)
OPENINGS = [
    (  # hd_002: header wrapped mid-word, V/v before the place-date line
        "ỦY\nBAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\n\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 4085/UBND-ĐT\nV/v rà soát và\n"
        "chuẩn hóa dữ liệu số nhà\n\nThành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025\n\nKính gửi:\n\n"
        "- Công an Thành phố;\n- Sở Xây dựng.\n\nXét báo cáo, đề xuất của\nSở Xây dựng tại Công văn số 1",
        "ngày 25 tháng 11 năm 2025", "Kính gửi", "Xét báo cáo",
    ),
    (  # hd_017: headerless copy starting at Kính gửi
        "Kính gửi:\n\n- Các cơ quan chuyên môn, cơ quan hành chính\nkhác thuộc Ủy ban nhân dân Thành phố;\n"
        "- Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu.\n\nCăn cứ Kế hoạch số 13-KH/TU\n"
        "ngày 17 tháng 11 năm 2025 của Ban Thường vụ Thành ủy;",
        None, "Kính gửi", "Căn cứ Kế hoạch",
    ),
    (  # seeds 000: double-spaced draft with only a place-date line before Kính gửi
        " Bình Sơn, ngày       tháng      năm 2024 \n \n\n  \n\n        Kính gửi:  \n\n- Công an huyện;  \n\n"
        "- UBND các xã, thị trấn. \n\n \nThực hiện Công văn số 1313/UBND-TTHC ngày 14/3/2024",
        "năm 2024", "Kính gửi", "Thực hiện Công văn",
    ),
    (  # hd_029: quyết định whose trích yếu is followed by the enacting formula
        "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n-------\n\nSố: 1994/QĐ-UBND\n\nCao Bằng, ngày 24 tháng 11 năm 2025\n\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT QUY TRÌNH\nNỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nCăn cứ Luật Tổ chức chính quyền địa phương",
        "NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", None, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
    ),
    (  # bk: the type name wrapped over two lines
        "ỦY BAN NHÂN|DÂN\nTỈNH\nHÀ TĨNH\n--------\n\nSố:\n3004/QĐ-UBND\n\nHà Tĩnh, ngày\n01 tháng12 năm 2025\n\n"
        "QUYẾT\nĐỊNH\nCÔNG\nBỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nCăn cứ Luật Tổ chức",
        "BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH", None, "Căn cứ Luật",
    ),
    (  # bk: "Kính" / "gửi:" wrapped, an address under the recipient
        "Kính\ngửi: Chi nhánh Công ty TNHH F.D.I tại\nHà Nội.\n(Đ/c: Tầng 6, Tòa nhà CMC Tower, Hà Nội)\n"
        "Trả lời công văn số 13/CV-FDI\nngày 13/11/2025",
        None, "Kính", "Trả lời công văn",
    ),
    (  # hd_047: a công điện names its addressees after "... điện:"
        "CÔNG ĐIỆN\nV/V PHÁT ĐỘNG CHIẾN DỊCH\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng, Thủ trưởng cơ quan ngang bộ.\n\n"
        "Cuối tháng 10 và tháng 11\nvừa qua",
        "V/V PHÁT ĐỘNG CHIẾN DỊCH", "điện:", "Cuối tháng 10",
    ),
    (  # bk_344b9eec106a: co-addressees under "Đồng kính gửi:" belong to the recipient block, not the body
        "CÔNG ĐIỆN\nTẬP\nTRUNG HOÀN THÀNH THỰC THI CÁC PHƯƠNG ÁN CẮT GIẢM\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n"
        "- Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ;\n\nĐồng kính gửi:\n\n"
        "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để\nlãnh đạo, chỉ đạo.\n\nThực hiện Nghị quyết số 66/NQ-CP",
        "CÁC PHƯƠNG ÁN CẮT GIẢM", "điện:", "Thực hiện Nghị quyết",
    ),
    (  # bk_52932ba8546a: a trích yếu line ending with a comma continues, though the next opens like a formula
        "QUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TÀI CHÍNH,\n"
        "ỦY BAN NHÂN DÂN CẤP XÃ TỈNH CAO BẰNG\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nCăn cứ Luật Tổ chức",
        "ỦY BAN NHÂN DÂN CẤP XÃ TỈNH CAO BẰNG", None, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
    ),
    (  # bk_ca72de8fb303 re-wrapped: the enacting formula in pieces before the body
        "QUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC DU LỊCH\nGIÁM\n"
        "ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nTHÀNH\nPHỐ HÀ NỘI\nCăn\ncứ Quyết định số 52/2025/QĐ-UBND",
        "TRONG LĨNH VỰC DU LỊCH", None, "GIÁM",
    ),
    (  # bk_0465063a5486: a capitalised trích yếu line opening like a formula, the formula itself further down
        "NGHỊ QUYẾT\nVỀ VIỆC NGHIÊN CỨU TIẾP THU, GIẢI TRÌNH KẾT LUẬN CỦA ĐẠI BIỂU\nQUỐC HỘI TẠI TỔ VÀ HỘI TRƯỜNG\n"
        "CỦA QUỐC HỘI VỀ DỰ ÁN LUẬT\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ",
        "CỦA QUỐC HỘI VỀ DỰ ÁN LUẬT", None, "CHÍNH PHỦ",
    ),
]


@pytest.mark.parametrize("text, header_end, recipients_start, body_start", OPENINGS,
                         ids=[f"opening-{i}" for i in range(len(OPENINGS))])
def test_openings(text: str, header_end: str | None, recipients_start: str | None, body_start: str) -> None:
    layout = segment(text)
    header = part(text, layout.header)
    if header_end is None:
        assert not header
    else:
        assert header.endswith(header_end)
    recipients = part(text, layout.recipients)
    if recipients_start is None:
        assert recipients is None
    else:
        assert recipients.startswith(recipients_start)
    assert part(text, layout.body).startswith(body_start)


# (text, signature, cc starts with, body ends with)
CLOSINGS = [
    (  # hd_002: Nơi nhận, then the signature with a name wrapped over two lines
        "đề xuất trình Ủy ban nhân dân Thành phố xem xét./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, (ĐT/VMN).\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi\nXuân Cường",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Bùi Xuân Cường", "Nơi nhận", "xem xét./.",
    ),
    (  # hd_041: no Nơi nhận block at all
        "triển khai thực hiện nghiêm túc Chỉ thị này./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Nam",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Nam", None, "Chỉ thị này./.",
    ),
    (  # seeds 004: double-spaced, "KT.CHỦ TỊCH" without a space, room for the seal
        "2022./. \n\n \n\nNơi nhận: \n\n- TT Huyện ủy; \n\n- Lưu: VT. \n\n \n\nKT.CHỦ TỊCH \n\nPHÓ CHỦ TỊCH \n\n \n\n"
        " \n\n \n\nĐỗ Tùng Lâm \n",
        "KT.CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Tùng Lâm", "Nơi nhận", "2022./.",
    ),
    (  # hd_004: "Nơi" / "nhận:" wrapped, a footnote after the signature
        "quan tâm thực hiện./.\n\nNơi\nnhận:\n- Như trên;\n- Lưu: VT, TCBC.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nVũ\n"
        "Chiến Thắng\n\n____________________\n[i] Tổng số vị trí việc làm",
        "KT. BỘ TRƯỞNG THỨ TRƯỞNG Vũ Chiến Thắng", "Nơi nhận", "thực hiện./.",
    ),
    (  # the signature printed before the Nơi nhận list
        "Đề nghị các cơ quan thực hiện./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n"
        "- Lưu: VT.",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An", "Nơi nhận", "thực hiện./.",
    ),
]


@pytest.mark.parametrize("text, signature, cc_start, body_end", CLOSINGS,
                         ids=[f"closing-{i}" for i in range(len(CLOSINGS))])
def test_closings(text: str, signature: str, cc_start: str | None, body_end: str) -> None:
    layout = segment(text)
    assert part(text, layout.signature) == signature
    cc = part(text, layout.cc)
    if cc_start is None:
        assert cc is None
    else:
        assert cc.startswith(cc_start)
    assert part(text, layout.body).endswith(body_end)


PLACE_DATES = [
    ("Thành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025", "Thành\nphố Hồ Chí Minh"),
    ("Tây\nNinh, ngày 01 tháng 12 năm 2025", "Tây\nNinh"),
    ("Số: 983/TB-CT\n\nHà Nội, ngày 21\ntháng 11 năm 2025", "Hà Nội"),
    ("Số:          /BC-UBND              Bình Sơn, ngày       tháng      năm 2022", "Bình Sơn"),
    ("thửa đất, tuyến đường, mã bưu chính\n\nThành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025", "Thành\nphố Hồ Chí Minh"),
    ("CHÍNH PHỦ\n--------\n\nSố: 388/NQ-CP\n\nHà Nội ngày 01\ntháng 12 năm 2025", "Hà Nội"),
    ("Căn cứ Kế hoạch số 13-KH/TU\nngày 17 tháng 11 năm 2025 của Ban Thường vụ", None),
    ("Thực hiện Công văn của UBND tỉnh Quảng Ngãi ngày 14/3/2024 về việc", None),  # a citation, not a date line
    ("Số: 12/UBND-VP\nHà Nội, ngày 05/12/2025", "Hà Nội"),
]


@pytest.mark.parametrize("text, place", PLACE_DATES, ids=[f"place-{i}" for i in range(len(PLACE_DATES))])
def test_place_date_span(text: str, place: str | None) -> None:
    span = find_place_date(text, 0, len(text))
    if place is None:
        assert span is None
    else:
        assert text[span.start:].startswith(place) and text[span.end - 4:span.end].isdigit()


@pytest.mark.parametrize("gold", sorted((GOLD / "seeds").glob("*.json")) + sorted((GOLD / "dev").glob("*.json")),
                         ids=lambda p: p.stem)
def test_real_documents_have_their_parts(gold: Path) -> None:
    """Every labelled document: the body holds no Kính gửi or Nơi nhận text, and the
    signature holds the signer's name."""
    g = json.loads(gold.read_text(encoding="utf-8"))
    text = (CORPUS / gold.parent.name / g["file"]).read_text(encoding="utf-8")
    layout = segment(text)
    body = text[layout.body.start:layout.body.end]
    assert "Nơi nhận" not in body and not body.lstrip().startswith("Kính gửi")
    assert (layout.recipients is not None) == bool(g["recipients"])
    assert (layout.cc is not None) == bool(g["cc"])
    name = (g.get("signer") or {}).get("name")
    if name:
        assert name.split()[-1] in text[layout.signature.start:layout.signature.end]


def _wrap_after_first_word(text: str, lines: int = 30) -> str:
    """Every header line broken after its first word ("ỦY" / "BAN NHÂN DÂN ...")."""
    out = []
    for i, line in enumerate(text.split("\n")):
        first, _, rest = line.partition(" ")
        if i < lines and rest.strip() and not line.lstrip().startswith(("-", "Kính", "Nơi", "Số")):
            out += [first, rest]
        else:
            out.append(line)
    return "\n".join(out)


def _wrap_before_last_word(text: str, lines: int = 25) -> str:
    """Every closing line broken before its last word ("Bùi Xuân" / "Cường")."""
    head, tail = text.split("\n")[:-lines], text.split("\n")[-lines:]
    out = list(head)
    for line in tail:
        rest, _, last = line.rpartition(" ")
        out += [rest, last] if rest.strip() and last.strip() else [line]
    return "\n".join(out)


def _fields(text: str) -> tuple:
    from extractors.header import read_header
    layout = segment(text)
    h = read_header(text, layout)
    s = layout.signer
    return (h.doc_type, h.number, h.issued_date, h.issued_year, h.place, h.subject,
            h.issuer.name.split() if h.issuer else None, (s.name, s.title, s.authority) if s else None,
            layout.recipient_list, layout.cc_list)


@pytest.mark.parametrize("rewrap", [_wrap_after_first_word, _wrap_before_last_word], ids=["head", "tail"])
@pytest.mark.parametrize("gold", sorted((GOLD / "seeds").glob("*.json")) + sorted((GOLD / "dev").glob("*.json")),
                         ids=lambda p: p.stem)
def test_rewrapped_documents_read_the_same(gold: Path, rewrap) -> None:
    """Loaders wrap lines differently: the fields must not depend on where."""
    g = json.loads(gold.read_text(encoding="utf-8"))
    text = (CORPUS / gold.parent.name / g["file"]).read_text(encoding="utf-8")
    assert _fields(rewrap(text)) == _fields(text)


BULK_GOLD = Path(__file__).resolve().parent / "fixtures" / "bulk_header_gold"


@pytest.mark.parametrize("gold", sorted(BULK_GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_rewrapped_bulk_headers_read_the_same(gold: Path) -> None:
    """The hand-labelled bulk documents (tests/test_header_bulk.py) with their first
    lines broken after the first word, as a narrow-column loader does: same fields."""
    g = json.loads(gold.read_text(encoding="utf-8"))
    text = (CORPUS / "bulk" / g["file"]).read_text(encoding="utf-8")
    assert _fields(_wrap_after_first_word(text)) == _fields(text)
