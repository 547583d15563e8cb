"""Cited documents: rows of real corpus lines, then whole documents against their gold."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extractors.citations import find_citations
from extractors.numbers import key as number_key

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold"


def one(text: str, **header):
    cits, _ = find_citations(text, **header)
    numbered = [c for c in cits if c.number]
    assert len(numbered) == 1, [c.number for c in cits]
    return numbered[0]


# (line as printed in the corpus, number, type, date, issuer, relation)
ROWS = [
    ("Thực hiện Công văn số 1313/UBND-TTHC ngày 14/3/2024 của UBND tỉnh về việc triển khai",
     "1313/UBND-TTHC", "Công văn", date(2024, 3, 14), "UBND tỉnh", "implements"),
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
     "30/2020/NĐ-CP", "Nghị định", date(2020, 3, 5), "Chính phủ", "basis"),
    # party numbers; the date after a comma
    ("về triển khai thực hiện Nghị quyết số 04-NQ/TU, ngày 18/10/2021 của Tỉnh ủy Quảng Ngãi",
     "04-NQ/TU", "Nghị quyết", date(2021, 10, 18), "Tỉnh ủy Quảng Ngãi", "implements"),
    ("huyện ban hành Kế hoạch thực hiện Kế hoạch số 28-KH/HU ngày 14/12/2021 của Huyện ủy;",
     "28-KH/HU", "Kế hoạch", date(2021, 12, 14), "Huyện ủy", "implements"),
    ("Căn cứ Hướng dẫn số\n01-HD/BTCTU ngày 20 tháng 11 năm 2025 của Ban Tổ chức Thành ủy về một số",
     "01-HD/BTCTU", "Hướng dẫn", date(2025, 11, 20), "Ban Tổ chức Thành ủy", "basis"),
    # no "số"
    ("trên địa bàn huyện theo Quyết định 289/QĐ-UBND ngày 07/3/2022 về việc",
     "289/QĐ-UBND", "Quyết định", date(2022, 3, 7), None, "per"),
    # broken across lines, also with a blank line in between, and a space after the hyphen
    ("ban hành Quyết định số 31/QĐ-\nUBND ngày 10/01/2021 của Chủ tịch UBND huyện",
     "31/QĐ-UBND", "Quyết định", date(2021, 1, 10), "Chủ tịch UBND huyện", "reference"),
    ("thực hiện theo Quyết định số 2878/QĐ-\n\nUBND ngày 08/07/2021 của UBND tỉnh Bình Định",
     "2878/QĐ-UBND", "Quyết định", date(2021, 7, 8), "UBND tỉnh Bình Định", "per"),
    ("theo Kế hoạch số 25/KH- UBND ngày 06/02/2024", "25/KH-UBND", "Kế hoạch", date(2024, 2, 6), None, "per"),
    ("Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025",
     "15972/SXD-QLN&TTBĐS", "Công văn", date(2025, 11, 14), "Sở Xây dựng", "reference"),
    # the date before the number; the body between date and type word
    ("Ngày 15/12/2023, UBND tỉnh Quảng Ngãi có Công văn số 6409/UBND-nKGVX về việc hoàn thiện",
     "6409/UBND-nKGVX", "Công văn", date(2023, 12, 15), "UBND tỉnh Quảng Ngãi", "reference"),
    ("Ngày 10/10/2024, tại Công văn số 2294/CTVPH-HKDCN của\nCục Thuế tỉnh Vĩnh Phúc (nay là Thuế",
     "2294/CTVPH-HKDCN", "Công văn", date(2024, 10, 10), "Cục Thuế tỉnh Vĩnh Phúc", "reference"),
    # type from the code when the type word is generic or absent; the date in capitals
    ("Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC ngày 17/9/2025 đề nghị các Bộ,",
     "8091/BNV-TCBC", "Công văn", date(2025, 9, 17), "Bộ Nội vụ", "reference"),
    ("Ban Bí thư tại văn bản số 213-KL/TW ngày 21/11/2025,", "213-KL/TW", "Kết luận", date(2025, 11, 21),
     "Ban Bí thư", "reference"),
    # no issuer printed: a central code names it ("CP" Chính phủ, "QH15" Quốc hội); TW stands for two bodies
    ("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025", "214/NQ-CP", "Nghị quyết",
     date(2025, 7, 23), "Chính phủ", "implements"),
    ("Thông báo kết luận số 99-TB/TW ngày 21/11/2025", "99-TB/TW", "Thông báo", date(2025, 11, 21), None,
     "reference"),
    ("Kế hoạch kiểm tra số 306/KH-TKT ngày 25/01/2022 và đang tổ chức", "306/KH-TKT", "Kế hoạch",
     date(2022, 1, 25), None, "reference"),
    ("quy định tại Luật Quản lý thuế số 38/2019/QH14;", "38/2019/QH14", "Luật", None, "Quốc hội", "per"),
    ("- Luật số 31/2024/QH15 ngày 29/6/2024", "31/2024/QH15", "Luật", date(2024, 6, 29), "Quốc hội", "reference"),
    ("Văn bản số 9671-CV/BTCTW ngày 17/9/2025", "9671-CV/BTCTW", "Công văn", date(2025, 9, 17),
     "Ban Tổ chức Trung ương", "reference"),
    # relations
    ("Căn cứ Quyết định này thay thế Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019",
     "12/2019/QĐ-UBND", "Quyết định", date(2019, 3, 1), None, "replaces"),
    ("Bãi bỏ Quyết định số 17/2025/QĐ-UBND ngày 28 tháng 02 năm 2025 của Ủy ban nhân dân thành phố Hà Nội.",
     "17/2025/QĐ-UBND", "Quyết định", date(2025, 2, 28), "Ủy ban nhân dân thành phố Hà Nội", "repeals"),
    ("sửa đổi, bổ sung Quyết định số 3212/QĐ- BKHCN ngày 17/10/2025", "3212/QĐ-BKHCN", "Quyết định",
     date(2025, 10, 17), "Bộ Khoa học và Công nghệ", "amends"),
    # serials of other shapes: dotted, compound, year glued to the code, Cyrillic look-alikes
    ("Chính phủ đã ban hành Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025", "66.7/2025/NQ-CP",
     "Nghị quyết", date(2025, 11, 15), "Chính phủ", "reference"),
    ("Cục Hải quan nhận được công văn số 2025-005/SAV-CHQ ngày 10/11/2025 của", "2025-005/SAV-CHQ",
     "Công văn", date(2025, 11, 10), None, "reference"),
    ("- Thông tư số 49/2025TT-BCT ngày 09/9/2025 của Bộ trưởng Bộ Công Thương;", "49/2025TT-BCT",
     "Thông tư", date(2025, 9, 9), "Bộ trưởng Bộ Công Thương", "reference"),
    ("theo hướng dẫn của Bộ Tài chính tại văn bản số 16495/BТС-PTHT ngày 22/10/2025", "16495/BTC-PTHT",
     "Công văn", date(2025, 10, 22), "Bộ Tài chính", "per"),
    ("Pursuant to the Government’s Decree No.120/2016/ND-CP dated August 23, 2016", "120/2016/ND-CP",
     "Nghị định", None, "Chính phủ", "reference"),
    ("Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9\nnăm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ về việc",
     "03/2025/TT-VPCP", "Thông tư", date(2025, 9, 15), "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "basis"),
    ("Quyết định số 3253/QĐ-BVHTTDL ngày 10/9/2025 của Bộ Văn hóa, Thể thao và Du lịch về việc", "3253/QĐ-BVHTTDL",
     "Quyết định", date(2025, 9, 10), "Bộ Văn hóa, Thể thao và Du lịch", "reference"),
    ("Nghị định số 02/2000/NĐ-CP ngày 03 tháng 02 năm 2000 của Chính phủ\nThủ tục xét cấp giấy phép", "02/2000/NĐ-CP",
     "Nghị định", date(2000, 2, 3), "Chính phủ", "reference"),
    ("theo Quyết định số 1803/1998/QĐ/BTC của Bộ Tài chính", "1803/1998/QĐ/BTC", "Quyết định", None, "Bộ Tài chính",
     "per"),
    ("không có Bản án số 159/2022/HSST ngày 24/5/2022 của TAND thành phố Hà Nội", "159/2022/HSST",
     "Bản án", date(2022, 5, 24), "TAND thành phố Hà Nội", "reference"),
]


@pytest.mark.parametrize(("line", "number", "doc_type", "day", "issuer", "relation"), ROWS)
def test_citation_rows(line, number, doc_type, day, issuer, relation):
    c = one(line)
    assert (c.number, c.doc_type, c.date, c.relation) == (number, doc_type, day, relation)
    assert (c.issuer.name if c.issuer else None) == issuer
    assert line[c.span.start:c.span.end] == c.text


# Lines where no document is cited.
NOT_CITED = [
    "Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 tại cơ quan",
    "Điện thoại: 0255.3822.123; Fax: 0255/3822124",
    "thực hiện báo cáo theo Mẫu số 09/PLIII Phụ lục III ban hành kèm theo",
    "kê khai thuế TNDN theo mẫu số 03/TNDN ban hành kèm Thông tư",
    "Số thuế phải nộp tháng 02/2025 (trên tờ khai 05/KK-TNCN)",
    "theo Phụ lục số 1A, 1B, 3A, 3B; địa phương báo cáo số liệu",
    "Tổ chức đánh giá trong tháng 12/2025 UBND tỉnh chủ trì",
    "phù hợp với quy định tại Phụ lục H QCVN 06:2022/BXD và Sửa đổi 1:2023",
    "--------------- Số: 5348/CT-CS V/v hướng dẫn góp vốn",
    "SỐ:  144 /2002/QĐ/BTC                                   --------------------------------",
    "Kế hoạch 5 năm và Chương trình 2025 của huyện",
]


@pytest.mark.parametrize("line", NOT_CITED)
def test_not_cited(line):
    assert [c.number for c in find_citations(line)[0] if c.number] == []


def test_own_number_is_excluded():
    text = "Số: 1994/QĐ-UBND\nCăn cứ Quyết định số 1614/QĐ-UBND ngày 15/9/2025; Quyết định số 1994/QĐ-UBND này"
    cits, _ = find_citations(text, own_number="1994/QĐ-UBND")
    assert [c.number for c in cits] == ["1614/QĐ-UBND"]


def test_list_sharing_one_type_word():
    line = ("UBND thị xã giao tại các Quyết định: số 8353/QĐ-UBND ngày 29/12/2023, "
            "số 14147/QĐ-UBND ngày 29/12/2021 của UBND thị xã")
    cits, _ = find_citations(line)
    assert [(c.number, c.doc_type, c.date) for c in cits] == [
        ("8353/QĐ-UBND", "Quyết định", date(2023, 12, 29)),
        ("14147/QĐ-UBND", "Quyết định", date(2021, 12, 29))]
    assert {c.issuer.name for c in cits} == {"UBND thị xã"}


def test_a_body_before_a_list_issued_every_member():
    line = ("UBND thị xã giao tại các Quyết định: số 8353/QĐ-UBND ngày 29/12/2023, "
            "số 14147/QĐ-UBND ngày 29/12/2021 (cụ thể: 44 nhiệm vụ)")
    assert [c.issuer.name for c in find_citations(line)[0]] == ["UBND thị xã", "UBND thị xã"]


def test_list_of_untyped_numbers_inherits_the_type_word():
    cits, _ = find_citations("theo các Kế hoạch: số 12/UBND ngày 25/01/2022, số 14/UBND ngày 25/01/2022")
    assert [(c.number, c.doc_type) for c in cits] == [("12/UBND", "Kế hoạch"), ("14/UBND", "Kế hoạch")]


def test_list_takes_the_issuer_printed_after_its_last_member():
    line = ("Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày\n29/12/2023 của Ban Thường vụ "
            "Tỉnh ủy; Chỉ thị số 03/CT-UBND ngày 19/3/2019,\nPhương án số 728/PA-UBND ngày 28/02/2025 của UBND tỉnh")
    cits, _ = find_citations(line)
    assert [(c.number, c.issuer.name) for c in cits] == [
        ("31-CT/TU", "Ban Thường vụ Tỉnh ủy"), ("134-KH/TU", "Ban Thường vụ Tỉnh ủy"),
        ("03/CT-UBND", "UBND tỉnh"), ("728/PA-UBND", "UBND tỉnh")]


def test_next_citation_is_not_swallowed_by_an_issuer():
    cits, _ = find_citations("Kế hoạch số 28-KH/HU ngày 14/12/2021 của Huyện ủy và  Công văn số 153/UBND "
                             "ngày  15/02/2022 của UBND huyện về việc")
    assert [(c.number, c.doc_type, c.issuer.name) for c in cits] == [
        ("28-KH/HU", "Kế hoạch", "Huyện ủy"), ("153/UBND", "Công văn", "UBND huyện")]


def test_short_mention_refers_to_the_full_citation():
    text = ("theo Kết luận số 04/KL-UBND ngày 07/6/2019 về việc chấp hành pháp luật (gọi tắt là kết luận số 04)\n"
            "Triển khai Đề án 06 của Chính phủ.")
    cits, _ = find_citations(text)
    full, named = cits  # the short mention is one more mention of the full citation
    assert (full.number, full.date) == ("04/KL-UBND", date(2019, 6, 7))
    assert [text[m.start:m.end] for m in full.mentions] == [full.text, "kết luận số 04"]
    assert (named.doc_type, named.number, named.text) == ("Đề án", None, "Đề án 06")


def test_named_laws_without_number():
    text = ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\n"
            "Căn cứ Luật Phòng, chống tham nhũng năm 2018;\n"
            "Căn cứ Luật Đất đai số 31/2024/QH15;")
    cits, _ = find_citations(text)
    assert [(c.doc_type, c.number, c.date, c.relation) for c in cits] == [
        ("Luật", None, date(2025, 2, 19), "basis"), ("Luật", None, None, "basis"),
        ("Luật", "31/2024/QH15", None, "basis")]
    assert cits[0].text == "Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025"
    assert cits[1].text == "Luật Phòng, chống tham nhũng năm 2018"


def test_a_list_after_semicolons_keeps_its_verb():
    text = ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm\nsoát thủ tục hành chính; "
            "Nghị định số 48/2013/NĐ-CP\nngày 14/5/2013 của Chính phủ về sửa đổi, bổ sung một số điều của các Nghị "
            "định\nliên quan đến kiểm soát thủ tục hành chính và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017;\n"
            "Xét đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 01/12/2025;")
    assert [c.relation for c in find_citations(text)[0]] == ["basis", "basis", "basis", "reference"]


def test_a_passive_verb_is_another_documents_act():
    text = ("Căn cứ Điều 10 Nghị định số 43/2017/NĐ-CP ngày 14/4/2017 của Chính phủ, được sửa đổi, bổ sung tại "
            "khoản 6 Điều 1 Nghị định số 111/2021/NĐ-CP ngày 09/12/2021;")
    cits, links = find_citations(text)
    assert [c.relation for c in cits] == ["basis", "basis"]
    assert [(cits[k.source].number, k.relation, cits[k.target].number) for k in links] == [
        ("111/2021/NĐ-CP", "amends", "43/2017/NĐ-CP")]


def test_law_titles_end_where_the_sentence_moves_on():
    text = ("- Luật Đo đạc và bản đồ năm 2018;\n"
            "Chính phủ thống nhất dự án Pháp lệnh Cảnh sát môi trường\nNgày 12/11/2025, Bộ Công an trình")
    assert [c.text for c in find_citations(text)[0]] == ["Luật Đo đạc và bản đồ năm 2018",
                                                          "Pháp lệnh Cảnh sát môi trường"]


def test_number_parts():
    cits, _ = find_citations("Quyết định số 01/2024/QĐ-UBND; Công văn số 1313/UBND-TTHC; Kế hoạch số 28-KH/HU")
    assert [c.parts.model_dump() for c in cits] == [
        {"serial": "01", "year": 2024, "type_code": "QĐ", "issuer_code": "UBND", "unit_code": None},
        {"serial": "1313", "year": None, "type_code": None, "issuer_code": "UBND", "unit_code": "TTHC"},
        {"serial": "28", "year": None, "type_code": "KH", "issuer_code": "HU", "unit_code": None}]


def test_a_cited_date_after_the_citing_document_is_no_document_date():
    c = one("Công văn số 12/UBND ngày 15/12/2025", doc_date=date(2025, 12, 1))
    assert c.date is None


def test_links_between_cited_documents():
    text = ("UBND huyện Bình Sơn đã ban hành Quyết định số 3546/QĐ-UBND ngày 12/12/2019 về việc thu hồi "
            "Quyết định số 1499/QĐ-UBND ngày 06/8/2018 của UBND huyện cho hộ kinh doanh thuê đất.\n"
            "Luật Ngân sách nhà nước số 83/2015/QH13 được sửa đổi, bổ sung bởi Luật số 59/2020/QH14, "
            "Luật số 56/2024/QH15;")
    cits, links = find_citations(text)
    stated = {(cits[k.source].number, k.relation, cits[k.target].number) for k in links}
    assert stated == {("3546/QĐ-UBND", "repeals", "1499/QĐ-UBND"),
                      ("59/2020/QH14", "amends", "83/2015/QH13"),
                      ("56/2024/QH15", "amends", "83/2015/QH13")}


def test_a_verb_acting_on_something_else_links_nothing():
    text = ("Căn cứ Quyết định số 2278/QĐ-BYT ngày 09 tháng 7 năm 2025 của Bộ Y tế về việc công bố thủ tục "
            "hành chính mới ban hành/bị bãi bỏ thuộc phạm vi chức năng quản lý của Bộ Y tế quy định tại "
            "Nghị định số 163/2025/NĐ-CP ngày 29 tháng 6 năm 2025 của Chính phủ")
    assert find_citations(text)[1] == []


def test_repeated_number_shares_its_date_and_issuer():
    text = ("Quyết định số 142/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược; triển khai Quyết định số\n"
            "142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ")
    cits, _ = find_citations(text)
    assert [(c.date, len(c.mentions)) for c in cits] == [(date(2024, 2, 2), 2)]  # one document, named twice


def _gold_cases():
    for folder in ("seeds", "dev"):
        for gold_file in sorted((GOLD / folder).glob("*.json")):
            yield pytest.param(folder, gold_file, id=f"{folder}/{gold_file.stem}")


@pytest.mark.parametrize(("folder", "gold_file"), _gold_cases())
def test_whole_documents_against_gold(folder, gold_file):
    """Every gold citation found with its type and date; nothing else numbered."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = (CORPUS / folder / gold["file"]).read_text(encoding="utf-8")
    cits, _ = find_citations(text, own_number=gold.get("number"))
    first: dict[str, object] = {}
    for c in cits:
        if c.number:
            first.setdefault(number_key(c.number), c)
    expected = {number_key(g["number"]): g for g in gold.get("citations", [])}
    assert set(first) == set(expected)
    for key, g in expected.items():
        c = first[key]
        assert c.doc_type == g["doc_type"], key
        assert (c.date.isoformat() if c.date else None) == g.get("date"), key


def test_bulk_documents_never_cite_their_own_number():
    """The header's "Số: ..." (on its own line or flattened) is never a citation, nor
    are its repetitions ("Kèm theo Nghị quyết số ..."), even when the header reader
    did not supply the number."""
    import re
    own_line = re.compile(r"Số:\s*(\S+)")
    checked = 0
    for path in sorted((CORPUS / "bulk").glob("*.txt"))[:80]:
        text = path.read_text(encoding="utf-8")
        own = own_line.search(text)
        if own and "/" in own.group(1):
            checked += 1
            numbers = {number_key(c.number) for c in find_citations(text)[0] if c.number}
            assert number_key(own.group(1)) not in numbers, path.name
    assert checked > 50
