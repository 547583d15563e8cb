"""Tasks read from the document's structure, fourteenth round of issue 15: a member's
label under a heading of its council's members, a person's name that a lower-case word
cannot continue, a meeting's conclusions that are no duties of the one who concludes,
and an opener's list that runs on before the subject; each on the real document, with
a plain letter where the corpus holds no counter-example.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.pipeline import extract_text
from extractors.tasks.reading import heading_names, read_duty, says
from letters import plain_letter
from real_documents import having, tasks_of


def test_an_items_own_label_names_who_acts_under_a_heading_of_members():
    # ce_016 (Thông tư 66/2024/TT-BCA), Điều 27 khoản 4 "Nhiệm vụ, quyền hạn của các thành viên trong Hội đồng sát
    # hạch lái xe:" over "a) Chủ tịch Hội đồng sát hạch lái xe: Trực tiếp chỉ đạo ..." (no verb after the colon) and
    # "d) Thư ký Hội đồng sát hạch lái xe: Là sát hạch viên, thực hiện ..." (a title the lexicon does not know, over
    # the council's name, its siblings' labels being names)
    tasks = tasks_of("ce_016.txt")
    [chair] = having(tasks, "Trực tiếp chỉ đạo hoặc phân công nhiệm vụ")
    assert chair.assignees == ["Chủ tịch Hội đồng sát hạch lái xe"]
    [secretary] = having(tasks, "Là sát hạch viên, thực hiện nhiệm vụ phân công")
    assert secretary.assignees == ["Thư ký Hội đồng sát hạch lái xe"]
    [deputy] = having(tasks, "Thực hiện các nhiệm vụ khi được Chủ tịch")
    assert deputy.assignees == ["Phó Chủ tịch Hội đồng sát hạch lái xe"]  # as before: an action after its label


def test_a_label_that_is_no_name_leaves_the_item_to_its_scope():
    # the scope's holder keeps an item whose label is a topic, not a body ("Hồ sơ: Lập ..."); shown on a plain letter
    text = plain_letter("ỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 12/KH-UBND", """KẾ HOẠCH
Kiểm tra hộ kinh doanh trên địa bàn xã

1. Trách nhiệm của Công an xã:
a) Hồ sơ kiểm tra: Lập danh sách hộ kinh doanh trên địa bàn trước ngày 15/12/2025;
b) Phối hợp với Đoàn Thanh niên tuyên truyền cho các hộ.
""")
    tasks = extract_text(text).tasks
    [listed] = having(tasks, "Lập danh sách hộ kinh doanh")
    assert listed.assignees == ["Công an xã"]


def test_a_persons_name_ends_before_a_lower_case_word():
    # bk_05729ab54fc0, bk_75a0867a0952 (Government Office notices): "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa
    # Bình kết luận như sau:" read "... Nguyễn Hòa Bình kết" (a second syllable of a capitalised word, as "Sở Nông
    # nghiệp"); every syllable of a person's name is capitalised
    run = read_names("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình kết luận như sau:")
    assert run is not None and run.names == ("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình",)
    run = read_names("Bộ Nông nghiệp và Phát triển nông thôn chủ trì")  # a body's compound runs on
    assert run is not None and run.names == ("Bộ Nông nghiệp và Phát triển nông thôn",)
    run = read_names("Ủy ban nhân dân Thành phố Hồ Chí Minh và các tỉnh")  # "và" joins more names
    assert run is not None and run.names == ("Ủy ban nhân dân Thành phố Hồ Chí Minh và các tỉnh",)


def test_a_meetings_conclusions_are_no_duties_of_the_one_who_concludes():
    # bk_75a0867a0952: "..., Phó Thủ tướng Chính phủ Lê Thành Long kết luận như sau:" over "1. Ghi nhận, đánh giá cao
    # và biểu dương ..." (what he concluded, nobody's duty); items naming their own bodies stay tasks
    tasks = tasks_of("bk_75a0867a0952.txt")
    assert not having(tasks, "Ghi nhận, đánh giá cao và biểu dương")
    assert not [t for t in tasks if any("Lê Thành Long" in a for a in t.assignees)]
    assert says("kết luận như sau") and says("có ý kiến như sau")
    assert not says("triển khai thực hiện các nhiệm vụ sau")  # an action's object listed below
    assert not says("thực hiện như sau")  # an action: the items are its duties
    assert heading_names("Sau khi nghe báo cáo của các Bộ, Phó Thủ tướng Chính phủ Lê Thành Long kết luận như sau:") == ()


def test_the_subject_after_an_openers_list_is_the_proper_name():
    # bk_405a6cabda39: "Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương rà soát, kịp thời bố
    # trí kinh phí ..." under a Deputy Prime Minister's conclusions: the opener's list runs on in lower case
    [duty] = having(tasks_of("bk_405a6cabda39.txt"), "Bộ Tài chính khẩn trương rà soát")
    assert duty.assignees == ["Bộ Tài chính"]
    # all in lower case after the opener, the subject stays as read ("người đứng đầu cơ sở, chủ đầu tư")
    duty = read_duty("Căn cứ quyết định phê duyệt của Ủy ban nhân dân cấp xã, người đứng đầu cơ sở, chủ đầu tư có "
                     "trách nhiệm xây dựng kế hoạch.")
    assert duty is not None and duty.assignees == ("người đứng đầu cơ sở, chủ đầu tư",)


def test_a_name_ends_where_a_conditions_consequence_opens():
    # ce_012 (Nghị định on inspection in the police), Điều 26 khoản 1: "Trong quá trình tiến hành thanh tra, nếu phát
    # hiện hành vi vi phạm của đối tượng thanh tra và cơ quan, tổ chức, cá nhân thì người tiến hành thanh tra phải áp
    # dụng ...": the condition's bodies and "thì" are no one's name; hd_058 (Cà Mau, 2006): "Nguyên tắc phân cấp: Đội
    # kiểm tra 814 cấp nào thì chịu trách nhiệm chính ..."
    assert not [t for t in tasks_of("ce_012.txt") if any(" thì " in f" {a} " for a in t.assignees)]
    assert not [t for t in tasks_of("hd_058.doc", "legacy") if any(" thì " in f" {a} " for a in t.assignees)]
    run = read_names("cơ quan, tổ chức, cá nhân thì người tiến hành thanh tra phải áp dụng")
    assert run is not None and run.names == ("cơ quan, tổ chức, cá nhân",)


def test_an_articles_title_ending_on_a_lower_case_word_is_its_line():
    # ce_006 (a joint resolution on nominating candidates), each line a paragraph: "Điều 24. Điều chỉnh lần thứ hai về
    # cơ cấu, thành phần, số lượng người ứng cử đại biểu Quốc hội" / "Chậm nhất là ngày 05 tháng 02 năm 2026, Ủy ban
    # Thường vụ Quốc hội tiến hành điều chỉnh lần thứ hai ...": the title is whole, the next line is the article's text
    tasks = tasks_of("ce_006.txt")
    [second] = having(tasks, "tiến hành điều chỉnh lần thứ hai")
    assert second.assignees == ["Ủy ban Thường vụ Quốc hội"] and str(second.deadline.date) == "2026-02-05"
    # the first adjustment, alike but for its date, is a duty of its own, not a copy of the second
    [first] = having(tasks, "tiến hành điều chỉnh lần thứ nhất")
    assert str(first.deadline.date) == "2025-12-15"


def test_a_line_left_unjoined_inside_a_name_still_runs_on():
    # bk_4c12c694e7b3: "Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc" / "Sở Công Thương, ... chịu trách nhiệm thi hành
    # Quyết định này": the article's line ends on an office title wanting its body; one item, its first name whole
    [duty] = having(tasks_of("bk_4c12c694e7b3.txt"), "chịu trách nhiệm thi hành Quyết định này")
    assert duty.assignees[:2] == ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Công Thương"]


def test_an_opening_clause_is_no_part_of_the_name_after_its_comma():
    # ce_012, Điều 30: "Kết thúc việc tiến hành thanh tra trực tiếp, Trưởng đoàn thanh tra có trách nhiệm báo cáo người
    # ra quyết định thanh tra ..."
    [duty] = having(tasks_of("ce_012.txt"), "Trưởng đoàn thanh tra có trách nhiệm báo cáo người ra quyết định")
    assert duty.assignees == ["Trưởng đoàn thanh tra"]
    assert read_duty("Kết thúc việc tiến hành thanh tra trực tiếp, Trưởng đoàn thanh tra có trách nhiệm báo cáo.") \
        .assignees == ("Trưởng đoàn thanh tra",)


def test_a_quoted_articles_title_is_its_line_too():
    # ce_014 (a joint circular amending another): "5. Bổ sung Điều 11a vào sau Điều 11 như sau:" / "“Điều 11a. Trách
    # nhiệm báo cáo, thống kê" / "Hàng năm, Sở Tài chính, Công an, ... gửi báo cáo ...": the enacted article's title is
    # not read into its text
    [duty] = having(tasks_of("ce_014.txt"), "Viện kiểm sát nhân dân cấp tỉnh gửi báo cáo kết quả")
    assert duty.text.startswith("Hàng năm, Sở Tài chính")
    assert duty.assignees[:2] == ["Sở Tài chính", "Công an"]


def test_an_articles_short_title_on_a_printed_page_is_its_line():
    # bk_71ce6a1744e0 (a Prime Minister's decision, lines wrapped as printed): "Điều 4. Điều khoản chuyển tiếp" /
    # "Hội đồng trường, Chủ tịch Hội đồng trường, Hiệu trưởng ... tiếp tục ...": a noun phrase ending on a lower-case
    # word, short of a full line, is the title; the text below names all three
    [duty] = having(tasks_of("bk_71ce6a1744e0.txt"), "Hội đồng trường, Chủ tịch Hội đồng trường, Hiệu trưởng")
    assert duty.assignees[0] == "Hội đồng trường" and duty.text.startswith("Hội đồng trường")
    # a line cut inside a name runs on: "Điều 2. Ủy quyền cho Lãnh đạo" / "Bộ Xây dựng thay mặt Chính phủ ..."
    # (bk_b241b75dc4e6) ends on a capitalised compound, "Điều 2. Đại học Công nghiệp" / "Hà Nội là ..." too
    [authorised] = having(tasks_of("bk_b241b75dc4e6.txt"), "Ủy quyền cho Lãnh đạo")
    assert authorised.assignees == ["Lãnh đạo Bộ Xây dựng"]
    assert [t.assignees for t in having(tasks_of("bk_71ce6a1744e0.txt"), "thực hiện tổ chức lại cơ cấu")] \
        == [["Đại học Công nghiệp Hà Nội"]]


def test_a_clauses_short_title_is_its_line():
    # bk_6306120a4293 (a tax office's letter): "2. Về thuế giá trị gia tăng" / "Đề nghị Thuế tỉnh Ninh Bình căn cứ ...":
    # the clause's title is not read into its duty
    [duty] = having(tasks_of("bk_6306120a4293.txt"), "Đề nghị Thuế tỉnh Ninh Bình căn cứ quy định nêu trên")
    assert duty.text.startswith("Đề nghị Thuế tỉnh Ninh Bình") and duty.assignees == ["Thuế tỉnh Ninh Bình"]
    # a label and its text cut by the page stay one line: "1. Về thủ tục hải quan: đề nghị" / "Công ty nghiên cứu ..."
    # (bk_29825a0f7313), as a line that opens by assigning does: "2. Giao Trung tâm Chuyển đổi số" / "Thành phố cấu
    # hình ..." (bk_a3b56e35d1c2)
    [customs] = having(tasks_of("bk_29825a0f7313.txt"), "nghiên cứu quy định tại Điều 67 Thông tư số 38/2015/TT-BTC")
    assert customs.text.startswith("Về thủ tục hải quan: đề nghị")
    [centre] = having(tasks_of("bk_a3b56e35d1c2.txt"), "cấu hình thủ tục hành chính")
    assert centre.assignees == ["Trung tâm Chuyển đổi số Thành phố"]


def test_a_proposal_joined_to_the_subjects_report_assigns_no_one():
    # ce_016, Điều 10 khoản 1: "Cơ sở đào tạo lái xe xây dựng kế hoạch và tổ chức tập huấn ...; báo cáo, đề nghị Cục
    # Cảnh sát giao thông tổ chức giảng dạy ...": the training centre reports and proposes, the duty is its own
    [duty] = having(tasks_of("ce_016.txt"), "Cơ sở đào tạo lái xe xây dựng kế hoạch và tổ chức tập huấn")
    assert duty.assignees == ["Cơ sở đào tạo lái xe"]
    # after an opening clause's last word, "đề nghị" assigns as ever
    duty = read_duty("Trong quá trình thực hiện, đề nghị các cơ quan, đơn vị có văn bản báo cáo gửi Sở Xây dựng.")
    assert duty is not None and duty.assignees == ("các cơ quan, đơn vị",)


def test_an_agent_before_its_responsibility_holds_it():
    # ce_016, Điều 44: "Các biểu mẫu được quản lý theo chế độ hồ sơ của Bộ Công an do Cục Cảnh sát giao thông chịu
    # trách nhiệm đặt in theo đăng ký ..."
    [duty] = having(tasks_of("ce_016.txt"), "do Cục Cảnh sát giao thông chịu trách nhiệm đặt in")
    assert duty.assignees == ["Cục Cảnh sát giao thông"]
    # an agent of what was done describes a thing, no one's duty ("tài sản do Nhà nước giao cho doanh nghiệp")
    assert read_duty("Tài sản do Nhà nước giao cho doanh nghiệp quản lý được hạch toán riêng.") is None


def test_a_communes_own_bodies_and_units_are_names():
    # a commune's plan (made up: the corpus holds no such heading): "2. Các thôn, tổ dân phố" over "- Rà soát ...",
    # "3. Trạm Y tế xã bố trí ..."
    text = plain_letter("ỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 12/KH-UBND", """KẾ HOẠCH
Tổ chức Tết

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND xã
- Tham mưu UBND xã tổ chức thăm hỏi các gia đình chính sách.
2. Các thôn, tổ dân phố
- Rà soát danh sách hộ nghèo, báo cáo trước ngày 10/01/2026.
3. Trạm Y tế xã bố trí lực lượng sẵn sàng cấp cứu.
""")
    tasks = extract_text(text).tasks
    [villages] = having(tasks, "Rà soát danh sách hộ nghèo")
    assert villages.assignees == ["Các thôn, tổ dân phố"] and str(villages.deadline.date) == "2026-01-10"
    [station] = having(tasks, "bố trí lực lượng sẵn sàng cấp cứu")
    assert station.assignees == ["Trạm Y tế xã"]
    assert read_names("Ủy ban nhân dân các xã, thôn, tổ dân phố").names == ("Ủy ban nhân dân các xã, thôn, tổ dân phố",)


def test_a_fields_place_after_its_verb_stays_in_the_name():
    # "Ban Quản lý dự án đầu tư xây dựng xã triển khai thi công ...": the field ("xây dựng") and where it runs ("xã",
    # "khu vực tỉnh") are the board's name, the duty comes after them; a verb and its object are not ("Sở Tài chính
    # xây dựng kế hoạch ...")
    assert read_names("Ban Quản lý dự án đầu tư xây dựng xã triển khai thi công").names \
        == ("Ban Quản lý dự án đầu tư xây dựng xã",)
    assert read_names("Ban Quản lý dự án đầu tư xây dựng khu vực tỉnh chủ trì").names \
        == ("Ban Quản lý dự án đầu tư xây dựng khu vực tỉnh",)
    assert read_names("Sở Tài chính xây dựng kế hoạch thực hiện").names == ("Sở Tài chính",)


def test_a_body_named_after_dong_thoi_takes_its_duty():
    # a letter's closing paragraph after the list of what the units do (made up: no corpus letter holds one): "Đồng
    # thời, Văn phòng HĐND và UBND xã tổng hợp ..." is the office's duty, not the units'
    text = plain_letter("ỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 12/UBND-VP", """V/v triển khai

Kính gửi: Các phòng chuyên môn.

Để kịp thời triển khai, UBND xã đề nghị các đơn vị:
- Tổ chức tuyên truyền rộng rãi đến nhân dân;
- Báo cáo kết quả về Văn phòng trước ngày 20/12/2025.
Đồng thời, Văn phòng HĐND và UBND xã tổng hợp, tham mưu UBND xã báo cáo UBND tỉnh.
""")
    tasks = extract_text(text).tasks
    [office] = having(tasks, "Văn phòng HĐND và UBND xã tổng hợp")
    assert office.assignees == ["Văn phòng HĐND và UBND xã"]
    [units] = having(tasks, "Tổ chức tuyên truyền rộng rãi")
    assert units.assignees == ["các đơn vị"]
