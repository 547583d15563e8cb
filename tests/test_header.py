"""Header fields, one table per field, with real header lines from the corpus."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from extractors.data.tones import unify_tones
from extractors.data.doc_types import DOC_TYPES, by_code, by_name, type_names
from extractors.header import read_header
from extractors.layout import segment

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold"

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def header(text: str):
    return read_header(text, segment(text))


NUMBERS = [
    ("Số: 4085/UBND-ĐT\nV/v rà soát", "4085/UBND-ĐT"),
    ("Số:\n98/2025/QĐ-UBND\n\nQuảng Ninh, ngày", "98/2025/QĐ-UBND"),
    ("Số: 3783/QĐ-\nUBND\n\nNghệ An, ngày", "3783/QĐ-UBND"),
    ("Số:          /BC-UBND              Bình Sơn, ngày       tháng      năm 2022", None),  # a draft
    ("Số:      /TTr- BLĐTBXH\n(Dự thảo)", None),
    ("Số: 5095/SGDĐT-CTTTHSSV\nV/v tăng cường", "5095/SGDĐT-CTTTHSSV"),
    ("Số: 92/VBHN-BQP\n\nHà Nội, ngày 24", "92/VBHN-BQP"),
]


@pytest.mark.parametrize("line, number", NUMBERS)
def test_number(line: str, number: str | None) -> None:
    assert header(HEAD + line).number == number


PLACE_DATES = [  # (header lines, place, date, year)
    ("Số: 4085/UBND-ĐT\n\nThành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025", "Thành phố Hồ Chí Minh", date(2025, 11, 25), 2025),
    ("Số: 1/QĐ-UBND\n\nTây\nNinh, ngày 01 tháng 12 năm 2025", "Tây Ninh", date(2025, 12, 1), 2025),
    ("Số: 983/TB-CT\n\nHà Nội, ngày 21\ntháng 11 năm 2025", "Hà Nội", date(2025, 11, 21), 2025),
    ("Số: 3005/QĐ-UBND\n\nHà Tĩnh, ngày 01 tháng12 năm 2025", "Hà Tĩnh", date(2025, 12, 1), 2025),
    ("Số:      /TTr- BLĐTBXH\n(Dự thảo)\n\nHà Nội, ngày    tháng    năm 2015", "Hà Nội", None, 2015),
    ("Số: 631/TB-VPCP\n\nHà Nội, ngày 19\ntháng 11 năm 2025 *", "Hà Nội", date(2025, 11, 19), 2025),
    ("Số: 388/NQ-CP\n\nHà Nội ngày 01\ntháng 12 năm 2025", "Hà Nội", date(2025, 12, 1), 2025),
    ("Số: 1/UBND-VP\nV/v trên địa bàn\nThành phố\n\nHà Nội,\nngày 03\ntháng 12 năm 2025", "Hà Nội", date(2025, 12, 3), 2025),
    ("Số: 15/QĐ-UBND\n\nBà Rịa - Vũng Tàu, ngày 10 tháng 01 năm 2024", "Bà Rịa - Vũng Tàu", date(2024, 1, 10), 2024),
    ("Số: 15/QĐ-UBND\n\nTP. Hồ Chí Minh, ngày 10 tháng 01 năm 2024", "TP. Hồ Chí Minh", date(2024, 1, 10), 2024),
    # a day written in by hand, as OCR reads it (shared/corpus/pdf): place and year, no date
    ("Số: 44 /CT-UBND\n\nQuảng Ngãi, ngày 4| tháng 9 năm 2024", "Quảng Ngãi", None, 2024),
    ("Số: 574/UBND-KTTH\n\nQuảng Ngãi, ngày W{†tháng 02 năm 2025", "Quảng Ngãi", None, 2025),
    ("Số: 4039/QĐ-TTg\n\nHà Nội, ngày #2† tháng 9 năm 2024", "Hà Nội", None, 2024),
]


@pytest.mark.parametrize("lines, place, issued, year", PLACE_DATES)
def test_place_and_date(lines: str, place: str, issued: date | None, year: int) -> None:
    h = header(HEAD + lines)
    assert (h.place, h.issued_date, h.issued_year) == (place, issued, year)


def test_draft_date_line_without_header() -> None:
    """Seeds 000: the draft starts at its place-date line, day and month blank."""
    h = header(" Bình Sơn, ngày       tháng      năm 2024 \n \n\n        Kính gửi:  \n\n- Công an huyện;\n\n"
               "Thực hiện Công văn số 1313/UBND-TTHC; Chủ tịch UBND huyện yêu cầu các cơ quan thực hiện.")
    assert (h.place, h.issued_date, h.issued_year, h.number) == ("Bình Sơn", None, 2024, None)


TYPES_AND_SUBJECTS = [  # (lines after the header, type, subject)
    ("Số: 4085/UBND-ĐT\nV/v rà soát và\nchuẩn hóa dữ liệu số nhà\n\nHà Nội, ngày 25 tháng 11 năm 2025\n\nKính gửi: Sở Xây dựng.",
     "Công văn", "rà soát và chuẩn hóa dữ liệu số nhà"),
    ("Số: 5331/CT-CS\nV/v:\nChính sách thuế TNCN\n\nHà Nội, ngày 19 tháng 11\nnăm 2025\n\nKính gửi: Bà Trần Thị A",
     "Công văn", "Chính sách thuế TNCN"),
    ("Số: 06/CT-UBND\n\nQuảng Trị, ngày\n25 tháng 11 năm 2025\n\nCHỈ THỊ\n\nVỀ\nVIỆC TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN\n"
     "TỈNH QUẢNG TRỊ\n\nTrong những năm qua", "Chỉ thị", "TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN TỈNH QUẢNG TRỊ"),
    ("Số: 983/TB-CT\n\nHà Nội, ngày 21\ntháng 11 năm 2025\n\nTHÔNG BÁO\nKẾ HOẠCH TẠM DỪNG\nỨNG DỤNG TMS\n"
     "Cục Thuế có kế hoạch nâng cấp", "Thông báo", "KẾ HOẠCH TẠM DỪNG ỨNG DỤNG TMS"),
    ("Số:          /BC-UBND              Bình Sơn, ngày       tháng      năm 2022  \n\nBÁO CÁO \n\n"
     "Công tác cải cách hành chính 6 tháng đầu năm,  \n\nmột số nhiệm vụ chủ yếu \n\n \n\nKính gửi: Sở Nội vụ.",
     "Báo cáo", "Công tác cải cách hành chính 6 tháng đầu năm, một số nhiệm vụ chủ yếu"),
    ("Số: 3004/QĐ-UBND\n\nHà Tĩnh, ngày\n01 tháng12 năm 2025\n\nQUYẾT\nĐỊNH\nCÔNG\nBỐ DANH MỤC\n"
     "CHỦ TỊCH ỦY BAN\nNHÂN DÂN TỈNH\nCăn cứ Luật", "Quyết định", "CÔNG BỐ DANH MỤC"),
    ("Số: 631/TB-VPCP\n\nHà Nội, ngày 19\ntháng 11 năm 2025 *\n\nTHÔNG BÁO\nÝ\nKIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG\n"
     "Ngày 20 tháng 11 năm 2025, Phó Thủ tướng", "Thông báo", "Ý KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG"),
    ("Số: 5387/CT-CS\nv/v trả lời phản ánh kiến nghị\n\nHà Nội, ngày 20\ntháng 11 năm 2025 *\n\nKính gửi: Độc\n"
     "giả Hoàng Văn Trung\nCục Thuế nhận được đơn", "Công văn", "trả lời phản ánh kiến nghị"),
    ("Số: 11306/VPCP-NN\nV/v\nđề xuất giải pháp triển khai Nghị định\n136/2025/NĐ-CP\n\nHà Nội, ngày 18 tháng 11 năm 2025\n\n"
     "Kính gửi: Bộ Nông nghiệp và Môi trường.", "Công văn", "đề xuất giải pháp triển khai Nghị định 136/2025/NĐ-CP"),
    # columns flattened: the V/v beside the number, the type name beside its trích yếu
    ("Số: 4085/UBND-ĐT V/v rà soát và\nchuẩn hóa dữ liệu số nhà\n\nHà Nội, ngày 25 tháng 11 năm 2025\n\nKính gửi: Sở Xây dựng.",
     "Công văn", "rà soát và chuẩn hóa dữ liệu số nhà"),
    ("Số:      /TTr- BLĐTBXH (Dự thảo)\n\nHà Nội, ngày    tháng    năm 2015\n\nTỜ TRÌNH Về Nghị định sửa đổi\n"
     "số 51/2013/NĐ-CP ngày\n14 tháng 5 năm 2013 của Chính phủ\n\nKính gửi: Chính phủ", "Tờ trình",
     "Về Nghị định sửa đổi số 51/2013/NĐ-CP ngày 14 tháng 5 năm 2013 của Chính phủ"),
    ("Số: 308/KH-UBND\n\nHà Nội, ngày 17\ntháng 11 năm 2025\n\nKẾ HOẠCH\n\nTRIỂN KHAI NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY\n"
     "23/7/2025\nCỦA CHÍNH PHỦ\n\nThực hiện Nghị quyết số", "Kế hoạch",
     "TRIỂN KHAI NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ"),
    ("Số: 388/NQ-CP\n\nHà Nội ngày 01\ntháng 12 năm 2025\n\nNGHỊ QUYẾT\nVỀ VIỆC TIẾP THU KẾT LUẬN CỦA ĐẠI BIỂU\n"
     "QUỐC HỘI TẠI TỔ VÀ HỘI TRƯỜNG\nCỦA QUỐC HỘI VỀ DỰ ÁN LUẬT\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ", "Nghị quyết",
     "TIẾP THU KẾT LUẬN CỦA ĐẠI BIỂU QUỐC HỘI TẠI TỔ VÀ HỘI TRƯỜNG CỦA QUỐC HỘI VỀ DỰ ÁN LUẬT"),
    ("Số: 34/2025/NQ-HĐND\n\nThành phố Huế,\nngày 18 tháng 11 năm 2025 *\n\nNGHỊ QUYẾT\nSỬA ĐỔI QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\n"
     "SỐ 10/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022\nCăn cứ Luật", "Nghị quyết",
     "SỬA ĐỔI QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 10/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022"),
]


# Sentence-case trích yếu lines of OCR'd and text-layer PDFs (shared/corpus/pdf): the
# second line opening like a section head, the OCR's readings of "Về việc", and the body
# after the blank under the trích yếu beginning mid-sentence (lines OCR lost above it).
PDF_SUBJECTS = [  # (lines after the header, subject)
    ("Số: 565 /TB-UBND\nQuảng Ngãi, ngày 15 tháng 11 năm 2024\nTHÔNG BÁO\n\nKết luận của Phó Chủ tịch UBND tỉnh tại "
     "cuộc họp nghe báo cáo tiến độ triển khai thực hiện 02\nChương trình MTQG: Phát triển kinh tế - xã hội vùng "
     "đồng bào dân tộc thiểu số và miền núi; giảm nghèo bền vững\n\nNgày 12/11/2024, tại trụ sở UBND tỉnh",
     "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tiến độ triển khai thực hiện 02 Chương trình "
     "MTQG: Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; giảm nghèo bền vững"),
    ("Số: 10/QĐ-UBND\nCao Bằng, ngày 15 tháng 11 năm 2024\nQUYẾT ĐỊNH\n\nPhê duyệt nhiệm vụ\nĐiều chỉnh quy hoạch "
     "chung xây dựng\n\nCăn cứ Luật Quy hoạch", "Phê duyệt nhiệm vụ Điều chỉnh quy hoạch chung xây dựng"),
    ("Số: 04 /CT-UBND\nQuảng Ngãi, ngày 4 tháng 3 năm 2024\nCHỈ THỊ\n\nVềviệc tăng cường công tác phòng, chống "
     "tham nhũng\n\nTrong thời gian qua", "tăng cường công tác phòng, chống tham nhũng"),
    ("Số: 46 /TB-UBND\nQuảng Ngãi, ngày 24 tháng 01 năm 2025\nTHÔNG BÁO\n\nVà việc thụ lý giải quyết khiếu nại lần "
     "hai\n\nKính gửi: Bà Huỳnh Thị Gái", "thụ lý giải quyết khiếu nại lần hai"),
    ("Số: 44 /CT-UBND\nQuảng Ngãi, ngày 4 tháng 9 năm 2024\nCHỈ THỊ\n\nvà việc tăng cường các biện pháp đảm bảo an "
     "toàn công trình cầu giao thông\n\nCơn bão số 3", "tăng cường các biện pháp đảm bảo an toàn công trình cầu giao thông"),
    ("Số: 660 /TB-UBND\nQuảng Ngãi, ngày 31 tháng 12 năm 2024\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh tại "
     "buổi làm việc\nvới Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn\n\nquan, đơn vị: Văn phòng UBND tỉnh, "
     "Sở Lao động\n\ntriển khai Chương trình xóa nhà tạm",
     "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn"),
]


@pytest.mark.parametrize("lines, subject", PDF_SUBJECTS)
def test_subject_of_a_pdf(lines: str, subject: str) -> None:
    assert header(HEAD + lines).subject == subject


@pytest.mark.parametrize("lines, doc_type, subject", TYPES_AND_SUBJECTS)
def test_type_and_subject(lines: str, doc_type: str, subject: str) -> None:
    h = header(HEAD + lines)
    assert (h.doc_type, h.subject, h.inferred) == (doc_type, subject, [])


ISSUERS = [  # (left column as printed, issuer, parent)
    ("ỦY\nBAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\n\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
     "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", None),
    ("UBND THÀNH PHỐ HÀ\nNỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\n\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n",
     "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Ủy ban nhân dân thành phố Hà Nội"),
    ("BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\n\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n", "CỤC THUẾ", "Bộ Tài chính"),
    ("VĂN PHÒNG CHÍNH\nPHỦ\n-------\n\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n", "VĂN PHÒNG CHÍNH PHỦ", None),
    ("\nỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n\nHUYỆN BÌNH SƠN  Độc lập - Tự do - Hạnh phúc \n\n",
     "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN", None),  # the two header columns flattened onto shared lines
    ("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
     "BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", None),
    ("BỘ TÀI CHÍNH\nCỤC\nHẢI QUAN\n-------\n\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n", "CỤC HẢI QUAN", "Bộ Tài chính"),
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nKHẨN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",  # an urgency mark
     "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", None),
    ("UBND TỈNH BÀ RỊA – VŨNG TÀU     CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBQL CÁC KHU CÔNG NGHIỆP                "
     "\n        BÀ RỊA – VŨNG TÀU \n                     *****\n",
     "BQL CÁC KHU CÔNG NGHIỆP BÀ RỊA – VŨNG TÀU", "Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu"),
]


@pytest.mark.parametrize("column, issuer, parent", ISSUERS)
def test_issuer_from_header(column: str, issuer: str, parent: str | None) -> None:
    h = header(column + "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/UBND-VP\n\nHà Nội, ngày 01 tháng 12 năm 2025\n")
    assert (h.issuer.name, h.issuer.parent) == (issuer, parent)
    assert "issuer" not in h.inferred


INFERRED = [  # (a headerless text, issuer, type)
    ("Kính gửi:\n\n- Công an huyện;\n\nThực hiện Công văn số 1313/UBND-TTHC của UBND tỉnh; Chủ \ntịch UBND huyện yêu cầu "
     "các cơ quan thực hiện.", "UBND huyện", "Công văn"),
    ("Kính gửi: Các\nDoanh nghiệp hoạt động cho thuê lại lao động\n\nNhằm đảm bảo thực hiện các quy định. Sở Nội vụ đề nghị "
     "các doanh nghiệp tự kiểm tra.", "Sở Nội vụ", "Công văn"),
    ("BÁO CÁO\nKết quả rà soát chỉ số cải cách hành chính năm 2021\n\nCăn cứ Quyết định số 313/QĐ-UBND;\nTrên cơ sở kết quả, "
     "UBND huyện An Lão tiến hành phân tích, rà soát.", "UBND huyện An Lão", "Báo cáo"),
]


@pytest.mark.parametrize("text, issuer, doc_type", INFERRED)
def test_inferred_issuer(text: str, issuer: str, doc_type: str) -> None:
    h = header(text)
    assert (h.issuer.name, h.doc_type) == (issuer, doc_type)
    assert "issuer" in h.inferred


def test_issuer_when_the_right_column_comes_first() -> None:
    """A loader may emit the quốc hiệu column before the agency column."""
    h = header("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 21 tháng 11 năm 2025\n"
               "BỘ NỘI VỤ\nSố: 10989/BNV-TCBC\nV/v đề xuất biên chế\n\nKính gửi: Các bộ.\n\nThực hiện ý kiến.")
    assert (h.issuer.name, h.number, h.place, h.subject) == ("BỘ NỘI VỤ", "10989/BNV-TCBC", "Hà Nội", "đề xuất biên chế")


def test_issuer_from_the_signature_alone() -> None:
    """No header and no self-reference: the body signed for ("TM. ỦY BAN NHÂN DÂN")."""
    h = header("Kính gửi: Sở Tài chính.\n\nThực hiện Kế hoạch năm 2025, đề nghị Sở báo cáo./.\n\nNơi nhận:\n"
               "- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An")
    assert (h.issuer.name, h.inferred) == ("Ủy ban nhân dân", ["doc_type", "issuer"])


def test_district_body_takes_the_place() -> None:
    """A body named only "UBND huyện" gets its district from the place line."""
    h = header(" Bình Sơn, ngày       tháng      năm 2024 \n\nKính gửi:\n- Công an huyện.\n\n"
               "Để triển khai thực hiện; Chủ tịch UBND huyện yêu cầu các cơ quan thực hiện.")
    assert h.issuer.name == "UBND huyện Bình Sơn"
    assert (h.issuer.level, h.issuer.province, h.issuer.province_2025) == ("huyện", "Quảng Ngãi", "Quảng Ngãi")


def test_type_table() -> None:
    codes = {t.code for t in DOC_TYPES}
    for code in ("NQ", "QĐ", "CT", "QC", "QyĐ", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr",
                 "HĐ", "CĐ", "GM"):
        assert code in codes
    assert by_code("CTr").name == "Chương trình" and by_code("CT").name == "Chỉ thị"
    assert by_code("qđ").name == "Quyết định" and by_code("XYZ") is None
    assert by_name("QUYẾT ĐỊNH").code == "QĐ" and by_name("Giấy uỷ quyền").code == "GUQ"
    assert type_names()[0] == max((t.name for t in DOC_TYPES), key=len)


@pytest.mark.parametrize("gold", sorted((GOLD / "seeds").glob("*.json")) + sorted((GOLD / "dev").glob("*.json")),
                         ids=lambda p: p.stem)
def test_labelled_documents(gold: Path) -> None:
    """The labelled documents as fixtures: every header field as the annotator read it."""
    g = json.loads(gold.read_text(encoding="utf-8"))
    h = header((CORPUS / gold.parent.name / g["file"]).read_text(encoding="utf-8"))
    assert h.doc_type == g["doc_type"]
    assert h.number == g["number"]
    assert (h.issued_date.isoformat() if h.issued_date else None) == g["issued_date"]
    if g.get("issued_year"):
        assert h.issued_year == g["issued_year"]
    assert h.place == g["place"]
    assert any(words(n) <= words(h.issuer.name) for n in g["issuer"])


def words(name: str) -> set[str]:
    """The words of a body's name, case and the UBND abbreviation aside."""
    return set(re.findall(r"\w+", unify_tones(name).casefold().replace("ubnd", "ủy ban nhân dân")))


@pytest.mark.parametrize("title, subject", [
    # an old decision's title names its author after the type; the trích yếu opens the next line
    # (shared/corpus/pdf/pd_001.pdf, 1999, as OCR reads it)
    ("QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH\nVề việc : Giao quyền sử dụng đất ở dân cư", "Giao quyền sử dụng đất ở dân cư"),
    ("QUYẾT ĐỊNH CỦA CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH\nV/v phê duyệt kế hoạch", "phê duyệt kế hoạch"),
    # the type name and a capitalised trích yếu on one line: the trích yếu without "Về việc"
    ("QUYẾT ĐỊNH VỀ VIỆC GIAO QUYỀN SỬ DỤNG ĐẤT Ở", "GIAO QUYỀN SỬ DỤNG ĐẤT Ở"),
])
def test_title_with_its_author(title: str, subject: str) -> None:
    h = header(HEAD + "Số: 157/QĐ-UB\n\nCao Bằng, ngày 22 tháng 2 năm 1999\n\n" + title + "\n\nCăn cứ Luật Đất đai;")
    assert (h.doc_type, h.subject) == ("Quyết định", subject)


def test_the_rule_under_the_issuer_on_its_own_line_is_no_part_of_its_name():
    # thuvienphapluat prints the header's columns on one line each, the rule beside the name: "BỘ TÀI CHÍNH --------"
    # (Thông tư 40/2012/TT-BTC, tests/fixtures/central_texts/ext_19.txt)
    text = (Path(__file__).parent / "fixtures" / "central_texts" / "ext_19.txt").read_text(encoding="utf-8")
    head = header(text)
    assert head.issuer is not None and head.issuer.name == "BỘ TÀI CHÍNH"
    assert head.number == "40/2012/TT-BTC"
