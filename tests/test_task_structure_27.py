"""Tasks read from the document's structure, twenty-seventh round of issue 15: what a lead-in says of the items below it
and what a paragraph's opening says of the paragraph. A lead-in in the body that opens a procedure ("3. Trình tự, thủ
tục thực hiện như sau:") makes its items steps whatever their verb, as an article of a procedure does. A lead-in that
names what its list holds ("... báo cáo cụ thể về một số nội dung sau:") leaves its items no duty of their own; not
one that names duties ("... có quyền và nghĩa vụ ... và các quy định sau:"). A lead-in that asks and names no one
("..., Thủ tướng Chính phủ yêu cầu:") lets each item's own subject take its verb, whatever verb. A paragraph that opens
with a day before the document's own tells of what happened. A head word standing for the one recipient it heads keeps
its written form beside the recipient's name. A management board is named by what it manages up to its duty. Each on
the real document where one speaks, with the shapes beside it that stay as they were.
"""
from __future__ import annotations

from datetime import date

from extractors.assignees import read_names
from extractors.deadlines import opening_date
from extractors.pipeline import extract_text
from real_documents import central_tasks, having, tasks_of


def test_a_procedure_opened_by_a_lead_in_gives_each_step_its_body():
    # Decree on tax powers, "3. Trình tự, thủ tục thực hiện như sau:" / "a) Cục Thuế trao đổi, đàm phán nội dung về APA
    # với người nộp thuế ..." / "b) Cục Thuế thực hiện trao đổi, đàm phán ...": "trao đổi" is on no list a step needs
    tasks = central_tasks("ext_76.txt")
    [talks] = having(tasks, "đàm phán nội dung về APA với người nộp thuế và cơ quan thuế nước ngoài, xây dựng")
    assert talks.assignees == ["Cục Thuế"]
    assert talks.action.startswith("trao đổi, đàm phán")
    # ... and the steps of the article before it ("Trình tự, thủ tục thực hiện ... như sau:" / "b) Cơ quan thuế cấp tỉnh
    # quản lý trực tiếp người nộp thuế lập và gửi hồ sơ đề nghị xóa nợ đến Cục Thuế để thẩm định.")
    [filing] = having(tasks, "gửi hồ sơ đề nghị xóa nợ đến Cục Thuế để thẩm định")
    assert filing.assignees[0].startswith("Cơ quan thuế cấp tỉnh")


def test_a_list_of_what_a_report_holds_is_no_list_of_duties():
    # Prime Minister's công điện on flood-damaged housing, "(1) Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, ... chỉ đạo
    # ... khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:" / "- Số hộ dân có nhà bị sập,
    # đổ, trôi cần phải xây dựng lại." / "- Số hộ dân có nhà bị hư hỏng nặng cần phải sửa chữa." / ...
    tasks = tasks_of("bk_b2fa00167737.txt")
    assert not having(tasks, "Số hộ dân có nhà bị sập, đổ, trôi")
    assert not having(tasks, "Số hộ dân có nhà bị hư hỏng nặng")
    # the lead-in is the task: the report of those things
    [report] = having(tasks, "tổng hợp báo cáo cụ thể về một số nội dung sau")
    assert report.assignees[0] == "Chủ tịch Ủy ban nhân dân các tỉnh"


def test_a_list_of_rules_on_who_holds_duties_stays_duties():
    # Decree on enterprises serving defence: "2. Doanh nghiệp kết hợp kinh tế với quốc phòng, an ninh có quyền và nghĩa
    # vụ quy định tại Điều 9 Luật Doanh nghiệp và các quy định sau:" / "b) Chấp hành các quy định pháp luật, ..."
    tasks = central_tasks("ext_03.txt")
    kept = having(tasks, "Chấp hành các quy định pháp luật, quy định của Bộ Quốc phòng, Bộ Công an về hợp tác")
    assert ["doanh nghiệp kết hợp kinh tế với quốc phòng, an ninh" in t.assignees for t in kept] == [False, True]


def test_an_item_under_a_request_that_names_no_one_takes_its_own_subject():
    # Prime Minister's công điện on storm no. 15: "..., Thủ tướng Chính phủ yêu cầu:" / "1. Bộ trưởng các Bộ: Quốc
    # phòng, ... Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng tổ chức theo dõi, cập
    # nhật thường xuyên, liên tục ...": "tổ chức" opens the act, whatever verb
    tasks = tasks_of("bk_cfef94bb5eaf.txt")
    watched = having(tasks, "tổ chức theo dõi, cập nhật thường xuyên, liên tục, sát diễn biến")
    assert watched and all("Bộ trưởng Bộ Quốc phòng" in t.assignees for t in watched)
    # what a thing must meet is no request: "1. Xã đạt nội dung tiêu chí số 3.6 khi có tối thiểu 01 hợp tác xã đạt các
    # yêu cầu sau:" / "a) Tổ chức, hoạt động theo đúng quy định của Luật Hợp tác xã hiện hành;"
    assert not having(central_tasks("ext_108.txt"), "hoạt động theo đúng quy định của Luật Hợp tác xã hiện hành;")


# The Government Office's notice of a Deputy Prime Minister's conclusions (bulk/bk_05729ab54fc0.txt), its opening as the
# paper prints it but for "đã", which letters as often leave out ("Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó
# Thủ tướng ... đã chủ trì cuộc họp ..."), under a header of the date the notice bears.
_MEETING = """VĂN PHÒNG CHÍNH PHỦ
Số: 648/TB-VPCP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày {day} tháng 11 năm 2025
THÔNG BÁO
Kết luận của Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình tại cuộc họp về Báo cáo đề xuất chủ trương đầu tư
Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chủ trì cuộc họp \
về Báo cáo đề xuất chủ trương đầu tư Chương trình mục tiêu quốc gia. Tham dự cuộc họp có đại diện lãnh đạo các Bộ.
Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:
1. Bộ Dân tộc và Tôn giáo khẩn trương hoàn thiện Báo cáo đề xuất chủ trương đầu tư Chương trình.
"""


def test_a_paragraph_that_opens_with_a_past_day_tells_what_happened():
    assert opening_date("Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ, ...") == date(2025, 11, 18)
    assert opening_date("Ngày 18 tháng 11 năm 2025 là hạn cuối") is None  # no comma sets the day off: no opener
    told = extract_text(_MEETING.format(day=25)).tasks
    assert not having(told, "chủ trì cuộc họp")
    [conclusion] = having(told, "hoàn thiện Báo cáo đề xuất chủ trương đầu tư")
    assert conclusion.assignees == ["Bộ Dân tộc và Tôn giáo"]
    # a day still to come is what is to be done: the same paragraph in a notice dated before it
    planned = extract_text(_MEETING.format(day=10)).tasks
    assert having(planned, "chủ trì cuộc họp")
    # the notice itself, as printed ("... đã chủ trì cuộc họp ..."), reads no task there either
    assert not having(tasks_of("bk_05729ab54fc0.txt"), "đã chủ trì cuộc họp")


def test_the_one_recipient_a_head_word_stands_for_keeps_the_word_as_written():
    # Cục Hải quan's reply to "Công ty TNHH Minebea AccessSolutions Việt Nam": "Đề nghị Công ty nghiên cứu quy định
    # tại các văn bản nêu trên để thực hiện."
    [study] = having(tasks_of("bk_28eca2b78641.txt"), "nghiên cứu quy định tại các văn bản nêu trên")
    assert study.assignees == ["Công ty TNHH Minebea AccessSolutions Việt Nam", "Công ty"]


def test_a_management_board_is_named_by_what_it_manages():
    # the boards of provincial investment projects, as provinces name them in their letters
    for name, duty in (
            ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "khẩn trương hoàn thiện"),
            ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", "chủ trì, phối hợp"),
            ("Ban Quản lý dự án đầu tư xây dựng khu vực huyện Tây Sơn", "có trách nhiệm")):
        run = read_names(f"{name} {duty} hồ sơ quyết toán.")
        assert run is not None and run.names == (name,), name
    # a board whose verb is its duty keeps its short name: "Ban Quản lý dự án xây dựng kế hoạch giải ngân ..."
    run = read_names("Ban Quản lý dự án xây dựng kế hoạch giải ngân chi tiết, báo cáo Sở Tài chính.")
    assert run is not None and run.names == ("Ban Quản lý dự án",)
