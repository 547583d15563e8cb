"""Tasks read from real documents of the corpus (seeds and dev)."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr

from extractors.layout import Layout
from extractors.pipeline import extract_text
from extractors.tasks import find_tasks
from extractors.tasks.outline import items
from extractors.tasks.reading import acting_clause, modality, read_duty
from models.extraction import Span

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def whole_body(text: str) -> Layout:
    """The crudest layout: everything is body (the stage must still stop at Nơi nhận)."""
    return Layout(header=Span(start=0, end=0), recipients=None, body=Span(start=0, end=len(text)),
                  signature=None, cc=None)


def tasks_of(name: str, **header):
    text = (CORPUS / name).read_text(encoding="utf-8")
    return text, find_tasks(text, whole_body(text), **header)


def only(tasks, phrase: str):
    found = [t for t in tasks if phrase in " ".join(t.text.split())]
    assert len(found) == 1, [t.text[:60] for t in tasks]
    return found[0]


# (sentence as printed, assignees, coordinators, report_to)
DUTIES = [
    ("Giao Sở Xây dựng chủ trì, phối hợp với Trung tâm Chuyển đổi số Thành phố, Công an Thành phố, "
     "tổ chức khảo sát, đánh giá hiện trạng sử dụng phần mềm.",
     ("Sở Xây dựng",), ("Trung tâm Chuyển đổi số Thành phố", "Công an Thành phố"), None),
    ("Thủ trưởng các cơ quan, ban ngành, địa phương giải trình cụ thể, báo cáo Chủ tịch UBND huyện (qua "
     "Phòng Nội vụ) để xem xét điều chỉnh", ("Thủ trưởng các cơ quan, ban ngành, địa phương",), (),
     "Chủ tịch UBND huyện (qua Phòng Nội vụ)"),
    ("Phòng Tư pháp: Tổng hợp, báo cáo lĩnh vực cải cách thể chế của huyện.", ("Phòng Tư pháp",), (), None),
    ("Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì, phối hợp Trung tâm Chuyển đổi số Thành phố xây dựng",
     ("Sở Xây dựng",), ("Trung tâm Chuyển đổi số Thành phố",), None),
    ("Báo cáo CCHC phải do Thủ trưởng các cơ quan, đơn vị, địa phương ký ban hành và gửi về UBND huyện",
     ("Thủ trưởng các cơ quan, đơn vị, địa phương",), (), "UBND huyện"),
    # bulk: a label naming its assignee whose name has lower-case words of its own
    ("Cục Bản quyền tác giả: Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu Lãnh đạo Bộ.",
     ("Cục Bản quyền tác giả",), ("các cơ quan, đơn vị liên quan",), None),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội và các tổ chức chính trị - xã hội phối hợp giám sát.",
     ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội", "các tổ chức chính trị - xã hội"), (), None),
    # bulk (công điện): a plural head followed by the list of its members
    ("Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp các phương tiện, trang thiết bị theo đề nghị của địa phương.",
     ("Các Bộ", "Bộ Quốc phòng", "Bộ Tài chính", "Các Bộ: Quốc phòng, Tài chính"), (), None),
    ("Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, "
     "ngành theo chức năng, nhiệm vụ, thẩm quyền tiếp tục tập trung, quyết liệt hơn nữa trong lãnh đạo, chỉ đạo.",
     ("Đồng chí Bí thư tỉnh ủy", "Chủ tịch Ủy ban nhân dân các tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa",
      "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai",
      "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai", "lãnh đạo các Bộ, ngành"), (), None),
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Lâm Đồng chủ động, "
     "tích cực phối hợp chặt chẽ với Bộ Tài chính.",
     ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",), ("Bộ Tài chính",), None),
    # bulk (công văn of Cục Thuế): a long scope label before the subject
    ("Đối với NNT chưa có hồ sơ (hoặc hồ sơ chưa đầy đủ) đề nghị gia hạn, miễn, giảm thuế: Cơ quan thuế địa phương có "
     "trách nhiệm hướng dẫn rõ NNT các chính sách; phối hợp với các cơ quan liên quan để giải quyết các vấn đề",
     ("Cơ quan thuế địa phương",), ("các cơ quan liên quan",), None),
    ("Đề nghị cơ quan thuế địa phương tạo điều kiện thuận lợi nhất cho NNT khi làm thủ tục miễn, giảm, gia hạn thuế.",
     ("cơ quan thuế địa phương",), (), None),
    ("Cục Thuế yêu cầu Trưởng Thuế các tỉnh, thành phố nơi có NNT bị thiệt hại do thiên tai, bão lũ, khẩn trương "
     "triển khai các nội dung sau:", ("Trưởng Thuế các tỉnh, thành phố",), (), None),
    # bulk (thông báo kết luận): a two-syllable verb right after a capitalised name; a hyphenated name
    ("Giao Bộ Công Thương nghiên cứu, xem xét theo thẩm quyền các đề xuất, kiến nghị về cơ chế bán điện theo cụm.",
     ("Bộ Công Thương",), (), None),
    ("Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam báo cáo Thủ tướng Chính phủ xem xét về thời gian khánh thành.",
     ("Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam",), (), "Thủ tướng Chính phủ"),
    ("Chủ đầu tư, trong phạm vi, trách nhiệm của mình, nỗ lực, đẩy nhanh tiến độ thực hiện.", ("Chủ đầu tư",), (), None),
    # bulk (Quyết định): the execution clause after names that end in words naming no body
    ("Các ông, bà: Chánh văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân cấp xã; Thủ trưởng các ngành, đơn vị "
     "liên quan và các đối tượng được bồi thường, hỗ trợ và tái định cư chịu trách nhiệm thi hành Quyết định này./.",
     ("Chánh văn phòng Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân cấp xã", "Thủ trưởng các ngành, đơn vị liên quan"),
     (), None),
    ("Các cơ quan, tổ chức, đơn vị, doanh nghiệp trực tiếp quản lý tài sản cố định có trách nhiệm thường xuyên theo dõi.",
     ("Các cơ quan, tổ chức, đơn vị, doanh nghiệp trực tiếp quản lý tài sản cố định",), (), None),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc các cấp thành phố Hà Nội tham gia giám sát việc thực hiện Nghị quyết.",
     ("Ủy ban Mặt trận Tổ quốc các cấp thành phố Hà Nội",), (), None),
    # dev: a business name carries its line of trade in lower case
    ("Đề nghị Công ty cổ phần siêu thị Sài Gòn liên hệ với Thuế tỉnh Phú Thọ để được hướng dẫn.",
     ("Công ty cổ phần siêu thị Sài Gòn",), (), None),
]


# (item text as printed, whether it opens with an action)
ACTIONS = [
    ("Yêu cầu và đôn đốc các doanh nghiệp kinh doanh bảo hiểm khẩn trương có phương án giải quyết nhanh", True),
    ("Nghiên cứu đưa vào dự thảo Nghị quyết của Quốc hội nội dung: Trong quá trình thực hiện Chương trình, Chính phủ "
     "được chủ động phân bổ", True),
    ("Báo cáo quý I: Thời gian chốt số liệu tính từ ngày 05 tháng 12 của năm trước", False),
    ("Cung ứng, tiếp tế kịp thời lương thực, thực phẩm cho người dân", True),
    ("Niêm yết, công khai và triển khai thực hiện giải quyết TTHC liên quan theo hướng dẫn", True),
]


@pytest.mark.parametrize("sentence, opens", ACTIONS)
def test_acting_clause(sentence, opens):
    assert (acting_clause(sentence) is not None) == opens


def test_coordinated_assigning_verb_assigns_nobody():
    assert read_duty("Yêu cầu và đôn đốc các doanh nghiệp kinh doanh bảo hiểm khẩn trương có phương án") is None


@pytest.mark.parametrize("sentence, assignees, partners, report", DUTIES)
def test_read_duty(sentence, assignees, partners, report):
    duty = read_duty(sentence)
    assert duty is not None
    assert (duty.assignees, duty.coordinators, duty.report_to) == (assignees, partners, report)


@pytest.mark.parametrize("sentence", [
    "UBND huyện đã giao Phòng Nội vụ chủ trì tổ chức kiểm tra công tác CCHC tại 10 cơ quan.",
    "Thực hiện Công văn số 1313/UBND-TTHC ngày 14/3/2024 của UBND tỉnh về việc triển khai thực hiện nhiệm vụ.",
    "Sở Xây dựng tại Công văn số 15972/SXD-QLN ngày 14 tháng 11 năm 2025 về rà soát dữ liệu số nhà.",
    "Xét Tờ trình số 416/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân thành phố về việc đề nghị ban hành Nghị quyết.",
    "Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.",
    # bulk: a cited rule and its consequence ("thì"), not a duty the letter places
    "Căn cứ Điều 10 Nghị định số 43/2017/NĐ-CP ngày 14/4/2017 của Chính phủ thì khi làm thủ tục thông quan, "
    "cơ quan hải quan kiểm tra các nội dung bắt buộc trên nhãn gốc của hàng hóa nhập khẩu.",
    # bulk: "viện nghiên cứu" is a research institute, not "viện" doing research
    "cơ sở giáo dục phổ thông công lập do các trường đại học, cao đẳng, viện nghiên cứu thành lập theo quy định",
])
def test_no_duty_in_narration_or_basis(sentence):
    assert read_duty(sentence) is None


def test_seed_000_heading_lead_in_and_recurring_report():
    _, tasks = tasks_of("seeds/000_4cd450a5cf9edbcb.txt", doc_type="Công văn", doc_year=2024)
    heading = only(tasks, "Tăng cường công tác kiểm tra hoạt động công vụ")
    assert heading.assignees == ["Thủ trưởng các cơ quan, ban, ngành", "Chủ tịch UBND các xã, thị trấn"]
    assert heading.assignees_canonical == ["Cơ quan, ban, ngành", "Ủy ban nhân dân các xã, thị trấn"]
    assert only(tasks, "Phòng Y tế: Tổng hợp").assignees == ["Phòng Y tế"]
    report = only(tasks, "chậm nhất đến ngày 07 của tháng cuối kỳ báo cáo")
    assert report.assignees == ["Thủ trưởng các cơ quan, đơn vị, địa phương"]
    assert report.report_to == "UBND huyện (qua Phòng Nội vụ)"
    assert report.deadline.kind == "recurring"
    dates = rrulestr(report.deadline.recurrence, dtstart=datetime(2024, 1, 1)).between(
        datetime(2024, 1, 1), datetime(2024, 12, 31), inc=True)
    assert [d.date() for d in dates] == [date(2024, 3, 7), date(2024, 6, 7), date(2024, 9, 7), date(2024, 12, 7)]


def test_seed_000_stops_at_noi_nhan():
    text, tasks = tasks_of("seeds/000_4cd450a5cf9edbcb.txt", doc_type="Công văn", doc_year=2024)
    assert tasks and max(t.span.end for t in tasks) < text.index("Nơi nhận")


@pytest.mark.parametrize("name", ["seeds/002_68693299feea81d5.txt", "seeds/003_2144d2564694750f.txt",
                                  "seeds/004_8fcf1b545ea4fbd7.txt"])
def test_reports_give_tasks_only_in_forward_sections(name):
    text, tasks = tasks_of(name, doc_type="Báo cáo")
    first_forward = min(text.index(h) for h in ("NHIỆM VỤ TRỌNG TÂM", "Nhiệm vụ, giải pháp", "MỤC TIÊU PHẤN ĐẤU")
                        if h in text)
    assert tasks and all(t.span.start > first_forward for t in tasks)
    assert not any(" đã " in f" {t.action} " and t.action.lstrip().startswith("đã") for t in tasks)


def test_seed_002_forward_items_are_implicit():
    _, tasks = tasks_of("seeds/002_68693299feea81d5.txt", doc_type="Báo cáo", doc_year=2022)
    item = only(tasks, "Thực hiện việc sắp xếp tổ chức, bộ máy")
    assert item.assignees == []


def test_dev_numbered_giao_headings_and_deadlines():
    _, tasks = tasks_of("dev/hd_002.txt", doc_type="Công văn", doc_date=date(2025, 11, 25))
    share = only(tasks, "Khẩn trương chia sẻ toàn bộ cơ sở dữ liệu đất đai")
    assert share.assignees == ["Sở Nông nghiệp và Môi trường"]
    assert share.deadline.date == date(2025, 12, 5)
    clean = only(tasks, "tổ chức rà soát, cập nhật và làm sạch dữ liệu số nhà")
    assert clean.assignees == ["Ủy ban nhân dân các phường, xã, đặc khu"]
    assert clean.deadline.date == date(2025, 12, 31)


def test_dev_plan_block_takes_lead_unit_and_time():
    _, tasks = tasks_of("dev/hd_035.txt", doc_type="Kế hoạch", doc_date=date(2025, 11, 17))
    block = only(tasks, "Tổ chức triển khai, sử dụng thống nhất các nền tảng số quốc gia dùng chung")
    assert block.assignees == ["Các Sở, ban, ngành Thành phố"]
    assert "Sở Khoa học và Công nghệ" in block.coordinators
    assert block.deadline.date == date(2025, 12, 31)


def test_outline_nests_headings_and_items():
    text = (CORPUS / "dev/hd_041.txt").read_text(encoding="utf-8")
    its = items(text, whole_body(text))
    heading = next(i for i, it in enumerate(its) if it.text.startswith("Sở Tài chính"))
    assert its[heading].style == "num" and its[heading].children
    assert all(its[c].style == "dash" for c in its[heading].children)


def test_outline_reads_a_marker_on_the_body_first_line():
    text = "I. NHIỆM VỤ\n1. Phòng Nội vụ\n- Tham mưu UBND huyện ban hành kế hoạch.\n"
    its = items(text, whole_body(text))
    assert [(it.style, it.parent) for it in its] == [("roman", None), ("num", 0), ("dash", 1)]


def test_report_targets_are_targets():
    _, tasks = tasks_of("seeds/004_8fcf1b545ea4fbd7.txt", doc_type="Báo cáo", doc_year=2022)
    assert only(tasks, "Thực hiện tinh giản biên chế theo đúng chủ trương").modality == "target"
    assert only(tasks, "Tham mưu tổ chức đối thoại, gặp gỡ trao đổi với doanh nghiệp").modality == "obligation"


def test_a_heading_stating_a_whole_duty_is_a_task():
    """dev hd_035 III.1: the heading names Sở KHCN and its duty, then lists more duties under it."""
    _, tasks = tasks_of("dev/hd_035.txt", doc_type="Kế hoạch", doc_date=date(2025, 11, 17))
    heading = only(tasks, "tham mưu UBND Thành phố báo cáo kết quả triển khai thực hiện")
    assert heading.assignees == ["Sở Khoa học và Công nghệ"]


def test_regulation_clauses_numbered_in_brackets():
    """bulk: clauses "(5) Trường hợp ..." are items of their own, and conditional."""
    text = ("(5) Trường hợp kiểm tra chu kỳ phương tiện thủy nội địa có hạng mục kiểm tra không đạt sau 02 (hai) "
            "lần kiểm tra, đơn vị cung cấp dịch vụ đăng kiểm thu giá dịch vụ kiểm tra chu kỳ.\n"
            "(6) Trường hợp đăng kiểm viên đã đến hiện trường kiểm tra theo đề nghị mà khách hàng huỷ bỏ thực hiện "
            "kiểm tra, khách hàng phải trả các chi phí theo quy định tại khoản 3 Điều 3 Thông tư 38/2025/TT-BXD.\n")
    its = items(text, whole_body(text))
    assert [(it.style, it.marker) for it in its] == [("paren_num", "(5)"), ("paren_num", "(6)")]
    assert {modality(it.text) for it in its} == {"conditional"}


def test_headings_naming_departments_assign_their_items_and_a_repeated_duty_is_one_task():
    """bulk: a Công điện of Bộ Xây dựng, whose web page repeats its first items in a
    summary above the letter, assigns items under headings naming bodies ("Các Sở Xây
    dựng nêu trên", "Cục Kinh tế - Quản lý đầu tư xây dựng")."""
    text = (CORPUS / "bulk" / "bk_a8e9e9675ab6.txt").read_text(encoding="utf-8")
    tasks = extract_text(text).tasks
    assert len([t for t in tasks if "thành lập các Tổ công tác" in t.text]) == 1  # in the summary and the letter
    assert only(tasks, "Chỉ đạo các đơn vị có liên quan kiểm tra").assignees == ["Các Sở Xây dựng nêu trên"]
    assert only(tasks, "Tham mưu cho Lãnh đạo Bộ").assignees == ["Cục Kinh tế - Quản lý đầu tư xây dựng"]
    assert only(tasks, "hướng dẫn các địa phương rà soát").assignees == ["Cục Kết cấu hạ tầng xây dựng"]


def test_items_under_a_ministry_department_heading():
    """bulk: "3. Vụ Tổ chức cán bộ", "2. Tiểu ban giúp việc ...", and items opening
    with "Quyết tâm" or "Nghiêm túc" under "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ"."""
    text = (CORPUS / "bulk" / "bk_987cadc82373.txt").read_text(encoding="utf-8")
    tasks = extract_text(text).tasks
    heads = ["Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ"]
    assert only(tasks, "Quyết tâm cao hơn").assignees == heads
    assert only(tasks, "Nghiêm túc thực hiện chế độ báo cáo").assignees == heads
    assert only(tasks, "Thường xuyên tổ chức giao ban").assignees == ["Tiểu ban giúp việc Ban Chỉ đạo 934"]
    assert only(tasks, "Quán triệt, hướng dẫn các cơ quan").assignees == ["Vụ Tổ chức cán bộ"]


def test_a_task_of_quy_uy_ban_is_a_task_of_the_letters_recipients():
    """bulk: Bộ Tài chính writes to the provinces "đề nghị Quý Ủy ban gửi báo cáo ..."."""
    text = (CORPUS / "bulk" / "bk_2d737276bf41.txt").read_text(encoding="utf-8")
    ex = extract_text(text)
    assert ex.recipients == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    report = only(ex.tasks, "đề nghị Quý Ủy ban gửi báo cáo")
    assert report.assignees == ["Quý Ủy ban", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert report.deadline.date == date(2025, 11, 22)


def test_addressed_leaves_named_assignees_and_letters_without_recipients_alone():
    from extractors.tasks import addressed
    from models.extraction import Task

    named = Task(assignees=["Sở Tài chính"], action="báo cáo", text="Sở Tài chính báo cáo.", span=Span(start=0, end=20))
    honorific = Task(assignees=["Quý cơ quan"], action="phối hợp", text="Quý cơ quan phối hợp.",
                     span=Span(start=21, end=42))
    assert addressed([named, honorific], []) == [named, honorific]
    out = addressed([named, honorific], ["Sở Y tế"])
    assert out[0] == named and out[1].assignees == ["Quý cơ quan", "Sở Y tế"]
    assert out[1].assignees_canonical == ["Cơ quan", "Sở Y tế"]  # canonical drops the honorific


def test_after_a_basis_clause_a_named_subject_takes_the_duty_from_the_heading():
    """bulk: "Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo ..." inside an item the heading
    gives to the ministers; dev hd_041: "Trên cơ sở chức năng nhiệm vụ, chủ trì, phối hợp
    với các cơ quan ..." stays the heading's (Sở Tài chính)."""
    text = (CORPUS / "bulk" / "bk_405a6cabda39.txt").read_text(encoding="utf-8")
    report = only(extract_text(text).tasks, "Trên cơ sở đó, Bộ Tư pháp tổng hợp")
    assert report.assignees == ["Bộ Tư pháp"] and report.deadline.date == date(2025, 12, 10)
    text = (CORPUS / "dev" / "hd_041.txt").read_text(encoding="utf-8")
    assert only(extract_text(text).tasks, "bố trí kinh phí bảo vệ rừng").assignees == ["Sở Tài chính"]
