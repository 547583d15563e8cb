"""Tasks read from the document's structure, twentieth round of issue 15: a name the text gives
short of the qualifier its Kính gửi entry ends with; and, from the local texts of the round's
fresh set (ext_98-ext_101), holders joined by "hoặc", a word processor's bullets, an obligation
after a time, a thing's name used as a verb among verbs, a sender's request, a period before a
subject, a lead-in that states its own duty before "và có trách nhiệm:"; from the central texts
of its second fresh set (ext_102-ext_113), a bare head before a lead duty as a role's name, and
an article titled with a whole ministry's name. Each on the real document, with the shape beside
it that stays as it was.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.pipeline import extract_text
from extractors.tasks.addressed import entry_qualified
from extractors.tasks.reading import read_duty, scope_names, states_duty
from real_documents import central_tasks, having


def test_a_name_short_of_its_recipient_entry_takes_the_entry_qualifier():
    # Tổng cục Thuế's letter (OCR of a scan) to "Cục trưởng Cục Thuế các tỉnh, thành phó trực thuộc Trung ương" (the
    # scan's "phó"): its lead-in "yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố chỉ đạo triển khai ..."
    # names them short of "trực thuộc Trung ương"; the name keeps the text's own spelling
    tasks = central_tasks("ext_96.txt")
    [briefing] = having(tasks, "Tổ chức, quán triệt và giao nhiệm vụ")
    assert briefing.assignees == ["đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]
    # a customs letter to "Cục Hải quan các tỉnh, thành phố": its "Cục Hải quan báo cáo Tổng cục Hải quan ..." is
    # each of them
    [report] = having(central_tasks("ext_61.txt"), "Cục Hải quan báo cáo Tổng cục Hải quan xem xét")
    assert report.assignees == ["Cục Hải quan các tỉnh, thành phố"]


def test_a_name_that_is_a_kind_or_opens_a_list_stays_as_read():
    # another item of a list after the name is no qualifier of it; a short name is a kind, not a recipient cut short;
    # two entries it opens say no one of them
    assert entry_qualified("Ủy ban nhân dân các huyện", ["Ủy ban nhân dân các huyện, thị xã, thành phố"]) is None
    assert entry_qualified("các Sở", ["Các Sở, ban, ngành tỉnh"]) is None
    assert entry_qualified("Cục Thuế tỉnh", ["Cục Thuế tỉnh Bắc Ninh", "Cục Thuế tỉnh Hà Nam"]) is None
    several = ["Ủy ban nhân dân tỉnh Quảng Ngãi, Bình Định, Phú Yên và Khánh Hòa"]
    assert entry_qualified("Ủy ban nhân dân tỉnh", several) is None
    assert entry_qualified("Sở Tài chính", ["Sở Tài chính"]) is None


def test_holders_joined_by_or_under_a_bullet_heading_are_each_assignees():
    # Sở Lao động - Thương binh và Xã hội TP Hồ Chí Minh on hiring: "◊ Đối với người sử dụng lao động hoặc tổ chức dịch
    # vụ việc làm hoặc doanh nghiệp cho thuê lại lao động:" over "– Thông báo công khai ...": the bullet "◊" opens an
    # item (its heading was read as a task, its items as none), and the bodies "hoặc" joins are one assignee each
    tasks = central_tasks("ext_100.txt")
    holders = ["người sử dụng lao động", "tổ chức dịch vụ việc làm", "doanh nghiệp cho thuê lại lao động"]
    [notice] = having(tasks, "Thông báo công khai về nhu cầu tuyển lao động")
    assert notice.assignees == holders
    assert not having(tasks, "Đối với người sử dụng lao động")
    # the same three as a sentence's subject before "phải"
    [returned] = having(tasks, "phải trả lại đầy đủ hồ sơ")
    assert returned.assignees == ["Người sử dụng lao động", *holders[1:]]


def test_or_and_join_holders_only_where_each_part_opens_a_name():
    assert scope_names("Đối với người sử dụng lao động hoặc tổ chức dịch vụ việc làm:") == (
        "người sử dụng lao động", "tổ chức dịch vụ việc làm")
    assert scope_names("Đối với Sở Lao động - Thương binh và Xã hội:") == ("Sở Lao động - Thương binh và Xã hội",)


def test_an_obligation_right_after_a_time_names_its_subject():
    # "Trong thời hạn 30 ngày kể từ khi bắt đầu hoạt động, người sử dụng lao động phải khai trình sử dụng lao động ...":
    # past the time, a bare head in lower case followed by "phải" is who must act
    [declared] = having(central_tasks("ext_100.txt"), "phải khai trình sử dụng lao động")
    assert declared.assignees == ["người sử dụng lao động"]
    # without an obligation of its own the bare head past an opener names no one
    assert read_duty("Trong thời hạn 30 ngày, cơ quan, đơn vị được hỗ trợ kinh phí theo quy định.") is None


def test_a_zone_of_a_management_board_is_part_of_its_name():
    # "2. Ban quản lý các khu chế xuất và công nghiệp thành phố, Ban Quản lý khu công nghệ cao và Phòng Lao động – ...:"
    # the name ran to "các khu" and its items had no assignee
    run = read_names("Ban quản lý các khu chế xuất và công nghiệp thành phố, Ban Quản lý khu công nghệ cao:")
    assert run is not None and run.names == ("Ban quản lý các khu chế xuất và công nghiệp thành phố",
                                             "Ban Quản lý khu công nghệ cao")
    [collect] = having(central_tasks("ext_100.txt"), "Tổ chức tiếp nhận báo cáo của doanh nghiệp")
    assert collect.assignees[0] == "Ban quản lý các khu chế xuất và công nghiệp thành phố"


def test_a_things_name_followed_by_a_verb_is_one_of_a_list_of_verbs():
    # "– Thông tin, hướng dẫn người sử dụng lao động biết và thực hiện ...": "thông tin" names a thing, but before
    # ", hướng dẫn" it is one of the item's verbs
    [inform] = having(central_tasks("ext_100.txt"), "Thông tin, hướng dẫn người sử dụng lao động")
    assert inform.assignees[-1] == "Phòng Lao động – Thương binh và Xã hội"
    assert states_duty("Thông tin, hướng dẫn người sử dụng lao động biết và thực hiện nội dung tuyển lao động.")
    # a thing as the item's subject stays no duty under a scope that names who acts
    assert not states_duty("Kinh phí thực hiện Kế hoạch này do ngân sách nhà nước bảo đảm theo phân cấp.")
    assert not states_duty("Thông tin về người lao động được cập nhật vào sổ quản lý lao động.")


def test_a_body_that_sends_a_request_acts_not_the_body_it_asks():
    # Quy chế of TP Hồ Chí Minh, Điều 7 (Phòng Lao động ...): "Đối với những trường hợp ... không đến nhận trợ cấp,
    # Phòng Lao động - Thương binh và Xã hội quận - huyện có công văn kèm danh sách ... đề nghị Sở ... tạm dừng chi
    # trả trợ cấp.": the condition's consequence is the Phòng's act; the Sở it asks was read as the assignee
    [stop] = having(central_tasks("ext_99.txt"), "có công văn kèm danh sách trích ngang")
    assert stop.assignees == ["Phòng Lao động - Thương binh và Xã hội quận - huyện"]
    # a paper already sent, told of by its number, is no act
    assert read_duty("Cục Thuế có công văn số 3316/CT-CS về việc hướng dẫn chính sách thuế.") is None


def test_a_period_between_an_opener_and_its_subject():
    # "7. Căn cứ vào dự toán được Sở ... giao, hàng tháng Phòng Lao động - Thương binh và Xã hội quận - huyện rút dự
    # toán chuyển kinh phí cho các phường - xã, thị trấn ...": past the basis and the period, the clause's own subject
    [draw] = having(central_tasks("ext_99.txt"), "rút dự toán chuyển kinh phí cho các phường")
    assert draw.assignees == ["Phòng Lao động - Thương binh và Xã hội quận - huyện"]
    # "chậm nhất là ngày 10 hàng tháng"
    assert draw.deadline is not None and draw.deadline.recurrence == "FREQ=MONTHLY;BYMONTHDAY=10"


def test_a_lead_in_stating_its_own_duty_before_its_responsibilities():
    # "4. Hàng tháng khi nhận được kinh phí chi trả, Ủy ban nhân dân phường - xã, thị trấn phải tiến hành ngay việc chi
    # trả trợ cấp kịp thời cho đối tượng chính sách và có trách nhiệm:" over "- Kiểm tra danh sách chi trả ...": the
    # duty before "và có trách nhiệm:" is a task, and so is each item
    tasks = central_tasks("ext_99.txt")
    [pay] = having(tasks, "phải tiến hành ngay việc chi trả trợ cấp")
    assert pay.assignees == ["Ủy ban nhân dân phường - xã, thị trấn"]
    assert having(tasks, "Kiểm tra danh sách chi trả trước khi chi trả")
    # a lead-in that is all "có trách nhiệm:" states nothing of its own
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\nBảo vệ BMNN\n"
            "1. Sở Tài chính có trách nhiệm:\n- Thẩm định dự toán kinh phí bảo vệ bí mật nhà nước.\n")
    assert [t.action for t in extract_text(text).tasks] == ["Thẩm định dự toán kinh phí bảo vệ bí mật nhà nước."]


def test_a_bare_head_before_a_lead_duty_past_an_opener_is_a_role_not_a_subject():
    # Thông tư 14/2026/TT-BTC: "Trường hợp trong năm phát sinh kinh phí ... vượt dự toán ..., cơ quan chủ trì thực hiện
    # kế hoạch chuyến bay chuyên cơ, chuyên khoang của Việt Nam và Bộ Quốc phòng xây dựng dự toán ...": "cơ quan chủ
    # trì" names a role; read as "cơ quan" with the duty "chủ trì ..." it gave a task to no one in particular
    assert not having(central_tasks("ext_107.txt"), "vượt dự toán được cấp có thẩm quyền giao")
    assert read_duty("Trong thời hạn 30 ngày, cơ quan chủ trì thực hiện kế hoạch xây dựng dự toán kinh phí.") is None
    # a responsibility right after the bare head is its own, as "phải" is
    duty = read_duty("Trong thời hạn 30 ngày kể từ khi bắt đầu hoạt động, người sử dụng lao động có trách nhiệm khai "
                     "trình sử dụng lao động.")
    assert duty is not None and duty.assignees == ("người sử dụng lao động",)


def test_an_article_titled_with_a_whole_ministry_name_ends_its_title_line():
    # Nghị định 172/2026/NĐ-CP: "Điều 10. Trách nhiệm của Bộ Công an" / "Chủ trì, phối hợp với các bộ, ...": "Bộ Công
    # an" is a whole name, so the title ends on its line; "Công an" at a line's end had wanted more of a name, the two
    # lines were one, and "Trách nhiệm của Bộ Công an Chủ trì" became an assignee
    tasks = central_tasks("ext_111.txt")
    [lead] = having(tasks, "Viện kiểm sát nhân dân tối cao, cơ quan, tổ chức có liên quan thi hành")
    assert lead.assignees == ["Bộ Công an"]
    assert lead.action.startswith("Chủ trì, phối hợp")
    # "Công an" after another word still wants the rest of a name on the next line ("... giao Công an" / "tỉnh ...")
    text = ("BỘ TÀI CHÍNH\nSố: 12/2026/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2026\nTHÔNG TƯ\nHướng dẫn\n"
            "Điều 5. Trách nhiệm của Công an\ntỉnh, thành phố trực thuộc trung ương\n"
            "1. Lập dự toán kinh phí thực hiện nhiệm vụ được giao hằng năm.\n")
    [estimate] = extract_text(text).tasks
    assert estimate.assignees == ["Công an tỉnh, thành phố trực thuộc trung ương"]
