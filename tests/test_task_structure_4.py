"""Tasks read from the document's structure, fourth and fifth rounds of issue 15: one
test per class of misses on the fourth tuning set (`fixtures/task_tuning_set_4/`: 28
bulk documents) and the fifth (`fixtures/task_tuning_set_5/`: three long central
texts and five scanned Quảng Ngãi directives), each on a real document of the visible
corpora, and items under a scope naming an assignee that are not duties and stay out.
"""
from __future__ import annotations

from real_documents import having, tasks_of


# A crawled page's list whose markers were dropped: each line a paragraph, each a duty of the scope above

def test_unmarked_lines_under_a_heading_of_duties_are_its_items():
    # central (Quyết định on the Quỹ Hỗ trợ việc làm ngoài nước): "a) Nhiệm vụ, quyền hạn của Hội đồng quản lý Quỹ"
    # over unmarked lines "Thông qua phương hướng, kế hoạch hoạt động 05 năm ...;" / "Quyết định ban hành ...;"
    tasks = tasks_of("ce_002.txt")
    for words in ("Thông qua phương hướng, kế hoạch hoạt động 05 năm", "Quyết định ban hành các quy chế hoạt động",
                  "Thông qua nguyên tắc và mức hỗ trợ cụ thể"):
        [duty] = having(tasks, words)
        assert duty.assignees == ["Hội đồng quản lý Quỹ"]
        assert words in duty.action and "Xem xét, đề xuất" not in duty.action
    [duty] = having(tasks, "Tham dự họp, thảo luận, kiến nghị, biểu quyết")
    assert duty.assignees == ["Phó Chủ tịch và Ủy viên Hội đồng quản lý Quỹ"]
    # "Giám đốc Quỹ là đại diện theo pháp luật của Quỹ ...": what the director is, under his scope, no duty
    assert not having(tasks, "là đại diện theo pháp luật của Quỹ")


def test_a_line_left_unjoined_before_a_name_still_goes_on():
    # bulk (Nghị quyết of Hà Nội's council, lines mostly whole paragraphs): "2. Giao Thường trực Hội đồng nhân
    # dân, các Ban của" / "Hội đồng nhân dân Thành phố, ..." is one clause, its names whole
    [duty] = having(tasks_of("bk_4672020dbba8.txt", "bulk"), "giám sát việc thực hiện Nghị quyết")
    assert "các Ban của Hội đồng nhân dân Thành phố" in duty.assignees


# A name by shape is no name when its last word joins it to a verb

def test_verbs_joined_by_and_are_no_name():
    # central (ce_002): under "b) Nhiệm vụ, quyền hạn của Chủ tịch Hội đồng quản lý Quỹ", "Triệu tập và chủ trì
    # các cuộc họp ...": two verbs, the first outside the lexicon, not a body "Triệu tập" that chairs
    [duty] = having(tasks_of("ce_002.txt"), "Triệu tập và chủ trì các cuộc họp")
    assert duty.assignees == ["Chủ tịch Hội đồng quản lý Quỹ"]


# Every sentence of an article's clause that opens with bodies' own names and their verb

def test_a_later_sentence_of_a_clause_that_opens_with_names_is_their_duty():
    # central (Nghị định on inspection in the Công an nhân dân), Điều on the yearly inspection plan: "3. Căn cứ
    # ..., Chánh Thanh tra Công an tỉnh, Chánh Thanh tra Cục xây dựng kế hoạch ... . Chánh Thanh tra Công an
    # tỉnh, Chánh Thanh tra Cục ban hành kế hoạch thanh tra chậm nhất sau 05 ngày làm việc ..."
    tasks = tasks_of("ce_012.txt")
    [duty] = having(tasks, "Chánh Thanh tra Cục ban hành kế hoạch thanh tra chậm nhất")
    assert duty.assignees == ["Chánh Thanh tra Công an tỉnh", "Chánh Thanh tra Cục"]
    # counted from the day the ministry's plan is issued, not from this decree's date
    assert duty.deadline is not None and duty.deadline.date is None
    [duty] = having(tasks, "Bộ trưởng Bộ Công an cho ý kiến bằng văn bản")
    assert duty.assignees == ["Bộ trưởng Bộ Công an"]
    # "4. Kế hoạch thanh tra được gửi ngay đến Thủ trưởng Công an cùng cấp, ...": a paper as subject, no duty
    assert not having(tasks, "Kế hoạch thanh tra được gửi ngay đến")


# A heading that states its duty in whole sentences, and a lead-in that only details it

def test_items_under_a_stated_duty_are_duties_and_details_under_a_lead_in_are_not():
    # pdf (scanned Chỉ thị of Quảng Ngãi on investors, OCR'd): "1. Thực hiện nghiêm túc Nghị quyết số 19/NQ-CP ...
    # để hỗ trợ doanh nghiệp." over "- Đây mạnh [Đẩy mạnh] công tác cải cách hành chính ..." and "- Nắm chắc cơ sở
    # dữ liệu về Doanh nghiệp, báo cáo kịp thời ... . Trong đó, lưu ý các dữ liệu vê:" over "+ Tiến độ ..."
    tasks = tasks_of("pd_011.pdf", "pdf")
    [duty] = having(tasks, "cải cách hành chính, nhất là cải cách thủ tục hành chính")
    assert "các cơ quan, đơn vị liên quan" in duty.assignees
    [duty] = having(tasks, "Nắm chắc cơ sở")
    assert "các cơ quan, đơn vị liên quan" in duty.assignees
    # the data the report is to hold, listed after "Trong đó, lưu ý ...:", are no duties
    assert not having(tasks, "Vướng mắc của nhà đầu tư từ nội tại")
    assert not having(tasks, "Về lao động, môi trường")


# A label naming who acts, then its role in brackets, a basis or an aside before the action

def test_a_label_names_who_acts_past_its_role_and_a_basis():
    # pdf (scanned Chỉ thị 11/CT-UBND of Quảng Ngãi on bridge safety): "3. Sở Nông nghiệp và Phát triển nông thôn
    # (Cơ quan Thường trực về Phòng, chống thiên tai): Phối hợp ..." and "4. Sở Kế hoạch và Đầu tư, Sở Tài chính:
    # Trên cơ sở đề xuất của Sở Giao thông vận tải và UBND các huyện, ..., tổng hợp trình UBND tỉnh ..."
    tasks = tasks_of("pd_002.pdf", "pdf")
    [duty] = having(tasks, "theo dõi chặt chẽ diễn biến mưa, lũ")
    assert duty.assignees == ["Sở Nông nghiệp và Phát triển nông thôn"]
    [duty] = having(tasks, "bố trí kinh phí sự nghiệp kinh tế")
    assert duty.assignees == ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"]
    assert duty.action.startswith("tổng hợp trình UBND tỉnh")


def test_a_label_names_who_acts_past_an_aside_on_its_functions():
    # pdf (scanned Chỉ thị of Quảng Ngãi on e-invoices): "2. Sở Thông tin và Truyền thông: Theo chức năng, nhiệm
    # vụ của mình có trách nhiệm phối hợp với Cơ quan Thuế ..."
    [duty] = having(tasks_of("pd_003.pdf", "pdf"), "có trách nhiệm phối hợp với Cơ quan Thuế")
    assert duty.assignees == ["Sở Thông tin và Truyền thông"]


# The verb list as a fallback: "Quy định ..." opening an item under a body's scope sets rules, a duty

def test_setting_rules_under_a_bodys_scope_is_its_duty():
    # central (Nghị định on attracting talent to the army): "1. Bộ Quốc phòng" over "c) Quy định các tiêu chí,
    # tiêu chuẩn, điều kiện khác tại Điều 4 và Điều 5; ..." and "d) Quy định nội dung, hình thức, trình tự ..."
    tasks = tasks_of("ce_010.txt")
    for words in ("Quy định các tiêu chí, tiêu chuẩn, điều kiện khác", "Quy định nội dung, hình thức, trình tự"):
        [duty] = having(tasks, words)
        assert duty.assignees == ["Bộ Quốc phòng"]


# A scan's letter markers as OCR reads them

def test_a_point_whose_letter_the_scan_misread_is_still_a_point():
    # pdf (scanned Kế hoạch of Quảng Ngãi on temporary housing): "©) Nghiên cứu và kịp thời giải quyết theo thẩm
    # quyền ..." after "b) Khẩn trương ..." under "1. Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn"
    [duty] = having(tasks_of("pd_012.pdf", "pdf"), "Nghiên cứu và kịp thời giải quyết theo thẩm quyền")
    assert duty.assignees[0].startswith("Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn")


# Under a scope, an item whose first clause is the scope's own action keeps the scope's bodies

def test_a_name_a_later_clause_assigns_does_not_take_the_scopes_item():
    # central (ce_012), under "Điều 40. Trách nhiệm của Bộ trưởng Bộ Công an, Thủ trưởng công an các đơn vị, địa
    # phương": "2. Chỉ đạo việc xây dựng và cho ý kiến về chương trình, kế hoạch công tác thanh tra theo quy định;
    # yêu cầu cơ quan thanh tra cùng cấp tiến hành thanh tra ..."
    tasks = tasks_of("ce_012.txt")
    [duty] = having(tasks, "Chỉ đạo việc xây dựng và cho ý kiến về chương trình")
    assert duty.assignees == ["Bộ trưởng Bộ Công an", "Thủ trưởng công an các đơn vị, địa phương"]
    # the inspection body it asks to inspect holds no task of its own there
    assert not [t for t in tasks if "cơ quan thanh tra cùng cấp" in t.assignees]


# A paragraph that looks back on the work so far narrates

def test_a_look_back_on_the_work_so_far_states_no_duty():
    # pdf (scanned Chỉ thị of Quảng Ngãi on anti-corruption): "Trong thời gian qua, công tác phòng, chống tham
    # nhũng, tiêu cực của tỉnh ... đã được ... lãnh đạo, chỉ đạo quyết liệt. Các cấp, các ngành triển khai thực hiện
    # nghiêm túc, đồng bộ, toàn diện và có sự chuyển biến tích cực, rõ nét; tuy nhiên, ..."
    tasks = tasks_of("pd_008.pdf", "pdf")
    assert not having(tasks, "toàn diện và có sự chuy")
    # the directive's own items still are duties
    [duty] = having(tasks, "Củng cố, kiện toàn đội ngũ giám định viên tư pháp")
    assert duty.assignees


# A paragraph between the list items of a scope is one of them, its marker lost by the scan

def test_an_unmarked_paragraph_between_a_scopes_list_items_is_one_of_them():
    # pdf (scanned Chỉ thị of Quảng Ngãi on e-invoices): "1. Cục Thuế tỉnh:" over "- Tổ chức tập huấn ..." /
    # "Giao kế hoạch cụ thể đến từng đơn vị trong ngành Thuế; ..." / "- Phối hợp với các sở, ngành; ..."
    [duty] = having(tasks_of("pd_003.pdf", "pdf"), "Giao kế hoạch cụ thể đến từng đơn vị trong ngành Thuế")
    assert duty.assignees == ["Cục Thuế tỉnh"]


def test_a_note_after_a_scopes_list_items_is_none_of_them():
    # bulk (Công điện of the Prime Minister on floods): the list items to the provinces' leaders, then the
    # page's note "Xem chi tiết nội dung tại Công điện 227/CĐ-TTg ngày 23/11/2025."
    assert not having(tasks_of("bk_e01d3782fbed.txt", "bulk"), "Xem chi tiết nội dung tại Công điện")


# A label outside the lexicon names who acts when its siblings' labels are names

def test_a_label_the_lexicon_does_not_know_names_who_acts_among_labelled_siblings():
    # pdf (pd_003): "7. UBND các huyện, thị xã, thành phố: Chỉ đạo ..." then "8: Hiệp hội Doanh nghiệp tỉnh: Tuyên
    # truyền, hướng dẫn các Hội viên ..." (the scan reads "8." as "8:"), then the closing "'Yêu cầu Thủ trưởng ..."
    tasks = tasks_of("pd_003.pdf", "pdf")
    [duty] = having(tasks, "Tuyên truyền, hướng dẫn các Hội viên")
    assert duty.assignees == ["Hiệp hội Doanh nghiệp tỉnh"]
    assert "Yêu cầu Thủ trưởng" not in duty.text


# An article's title over its clauses is a title, whatever verb it holds

def test_an_articles_title_over_its_clauses_is_no_duty():
    # central (ce_012): "Điều 6. Cơ quan thực hiện chức năng thanh tra Công an nhân dân" over "1. Cơ quan thanh tra
    # Công an nhân dân gồm: ..."
    assert not having(tasks_of("ce_012.txt"), "thực hiện chức năng thanh tra Công an nhân dân")


# A word that is a verb and a thing, then "phải": a rule on the thing

def test_a_rule_on_a_paper_after_a_duty_is_no_further_duty():
    # central (ce_012): "1. Trưởng đoàn thanh tra xây dựng báo cáo kết quả thanh tra gửi đến người ra quyết định
    # thanh tra. Báo cáo kết quả thanh tra phải bảo đảm các nội dung theo quy định tại Điều 33 Luật Thanh tra."
    assert not having(tasks_of("ce_012.txt"), "phải bảo đảm các nội dung theo quy định tại Điều 33")


# An entitlement after its conditions

def test_what_a_body_is_given_after_its_conditions_is_no_duty():
    # central (ce_002), "Điều 18. Hỗ trợ giải quyết rủi ro ...": "1. Doanh nghiệp phải cử nhân viên đi công tác nước
    # ngoài theo yêu cầu của cơ quan có thẩm quyền ..., được hỗ trợ tiền vé máy bay khứ hồi ..."
    tasks = tasks_of("ce_002.txt")
    assert not having(tasks, "phải cử nhân viên đi công tác nước ngoài")
    assert not having(tasks, "phải đưa thi hài, di hài của người lao động")
    # a duty of the same body, in the article on who does what, stays
    assert having(tasks, "Thu, nộp tiền đóng góp Quỹ của người lao động")


# A time clause before the subject

def test_the_name_after_an_opening_time_clause_is_the_subject():
    # central (ce_012): "2. Trong thời hạn 15 ngày kể từ ngày nhận được kết luận thanh tra và văn bản kiến nghị, đề
    # xuất của Chánh Thanh tra, Thủ trưởng Công an cùng cấp phải ban hành văn bản chỉ đạo ..."
    [duty] = having(tasks_of("ce_012.txt"), "Thủ trưởng Công an cùng cấp phải ban hành văn bản chỉ đạo")
    assert duty.assignees == ["Thủ trưởng Công an cùng cấp"]


# What a cited rule provides, after "theo đó"

def test_what_a_cited_decree_provides_is_no_duty_of_this_text():
    # pdf (pd_003): "Thực hiện Nghị định số 123/2020/NĐ-CP ... quy định về hóa đơn, chứng từ; theo đó, kể từ ngày
    # 01/7/2022, các tổ chức, cá nhân phải chuyển sang sử dụng hóa đơn điện tử ..."
    tasks = tasks_of("pd_003.pdf", "pdf")
    assert not having(tasks, "sang sử dụng hóa đơn điện tử trong giao dịch mua bán")


def test_a_list_of_members_after_a_colon_may_wrap_at_its_semicolons():
    # where lines are paragraphs, "...;" closes a list item whose marker the page dropped (ce_002), but not a list of
    # members after a colon, which a page may wrap at any ';' (bulk: "... lớn như: Bộ Nông nghiệp và Môi trường 75
    # VBQPPL; Bộ Xây dựng 47 VBQPPL; Bộ Tài chính 38 Văn bản;" / "Bộ Công Thương 32 VBQPPL; ...")
    from extractors.tasks.outline import _closes_paragraph

    assert _closes_paragraph("Quyết định ban hành các quy chế hoạt động của Hội đồng quản lý Quỹ; ban hành theo thẩm"
                             " quyền các quy chế hoạt động của Quỹ;")
    assert _closes_paragraph("a) Nhiệm vụ, quyền hạn của Hội đồng quản lý Quỹ")
    assert not _closes_paragraph("Bộ có số lượng VBQPPL phải sửa đổi, bổ sung trong năm 2025 lớn như: Bộ Nông nghiệp và"
                                 " Môi trường 75 VBQPPL; Bộ Xây dựng 47 VBQPPL; Bộ Tài chính 38 Văn bản;")
