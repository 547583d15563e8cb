"""Tasks read from the document's structure, twenty-second round of issue 15: a clause's short title on its own line
over a paragraph that opens with a body's name and its act, which ends the title there; a lead-in whose duty names
the things its list holds ("... báo cáo Thủ tướng Chính phủ ... các vấn đề sau:") over items that are things, not
actions, which is the task; a lead-in that opens with its period, which dates its items; a subject's place clause up to
its duty; a text addressed to no one whose copy list sends it to act ("(để thực hiện)"); "Đăng ký" inside a proper
name; a deputy's title ("Phó Trưởng phòng").

From the round's fresh set (ext_142-ext_153): a heading of duties qualified before whose they are ("Trách nhiệm chung
của ..."); a section's title and a heading of names alone ending on their lines; an action after its remit ("Theo chức
năng, nhiệm vụ, ..."); the items of a lead-in that acts on work it names, its parts. Then: a paper is no one who acts;
an article's title a noun opens names no one by its shape; a lead-in that draws up a paper ("... xây dựng kế hoạch
thực hiện như sau:") gives its items no one; an item's ";" clauses past its label; a label of names over a lower-case
verb; an attached regulation's sentence after its period; an assigned body's field ("... về hạ tầng"). Each on the real
document, with the shape beside it that stays as it was.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.layout import segment
from extractors.tasks.addressed import acting_copies
from extractors.tasks.outline import items
from extractors.tasks.reading import acting_clause, heading_names, lists_objects, lists_parts, owns_duty, read_duty, says
from real_documents import CORPUS, FIXTURES, central_tasks, having, loaded, tasks_of


def _items(name: str):
    text = loaded(FIXTURES / "central_texts" / name).text
    return items(text, segment(text))


def test_a_title_over_a_paragraph_that_opens_with_a_body_and_its_act_ends_on_its_line():
    # Thông tư on road-safety funds, "a) Đối với Ủy ban An toàn giao thông Quốc gia, Bộ Xây dựng" / "Bộ Xây dựng lập dự
    # toán kinh phí ...": the point's title, then a sentence of its own whose subject acts
    its = _items("ext_124.txt")
    [title] = [it for it in its if it.text == "Đối với Ủy ban An toàn giao thông Quốc gia, Bộ Xây dựng"]
    assert title.is_heading
    [estimate] = having(central_tasks("ext_124.txt"), "Bộ Xây dựng lập dự toán kinh phí")
    assert estimate.assignees == ["Bộ Xây dựng"]
    # Thông tư on production links, "1. Thông báo lựa chọn hồ sơ đề nghị dự án" / "Cơ quan, đơn vị thực hiện dự án thông
    # báo ...": a title that opens with an action, over its clause's subject
    [notice] = having(central_tasks("ext_59.txt"), "thông báo lựa chọn hồ sơ đề nghị dự án hỗ trợ")
    assert notice.assignees == ["Cơ quan, đơn vị thực hiện dự án"]


def test_a_line_that_goes_on_with_a_name_the_title_began_opens_nothing():
    # "3.3. Đối với những trường hợp vượt thảm quyền xử lý của Cục Thuế, Cục" / "Thuế lập văn ban ...": a name's head
    # ends the line, the name runs on (a scanned letter of Tổng cục Thuế)
    its = _items("ext_138.txt")
    assert any(it.text.startswith("Đối với những trường hợp vượt thảm quyền") and "Thuế lập văn ban" in it.text
               for it in its)
    # a procedure's "- Chuyển hồ sơ đến Chi nhánh" / "Văn phòng Đăng ký đất đai để ký cấp ...": one item
    text = loaded(CORPUS / "bulk" / "bk_5a80798bbf98.txt").text
    assert any(it.text.startswith("Chuyển hồ sơ đến Chi nhánh Văn phòng Đăng ký đất đai")
               for it in items(text, segment(text)))


def test_a_lead_in_that_names_the_things_it_lists_is_the_task():
    # Chỉ thị of the Thủ tướng on Covid-19: "Bộ Lao động - Thương binh và Xã hội chủ trì, ... báo cáo Thủ tướng Chính phủ
    # trong tháng 3 năm 2020 các vấn đề sau:" over "- Tình hình lao động, ...", "- Thực trạng và giải pháp ..."
    [lead] = having(central_tasks("ext_73.txt"), "giải quyết các vướng mắc về lao động")
    assert lead.assignees == ["Bộ Lao động - Thương binh và Xã hội"]
    assert lead.deadline is not None and str(lead.deadline.date) == "2020-03-31"
    # Thông tư on savings deposits: "1. Tổ chức tín dụng phải niêm yết công khai ... tối thiểu các nội dung sau:" over
    # "a) Lãi suất tiền gửi tiết kiệm; ...", one of them opening with a word that is also a verb ("d) Quy định về ...")
    [post] = having(central_tasks("ext_92.txt"), "niêm yết công khai tại địa điểm giao dịch")
    assert post.assignees == ["Tổ chức tín dụng"]


def test_a_list_of_work_or_of_bodies_under_such_a_lead_in_keeps_its_items():
    lead = "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khẩn trương triển khai các nội dung sau:"
    assert lists_objects("Tổ chức tín dụng niêm yết công khai tối thiểu các nội dung sau:",
                         ["Lãi suất tiền gửi tiết kiệm;", "Loại ngoại tệ nhận tiền gửi;", "Quy định về từng hình thức;"])
    # items that are actions are the work itself; items that open with a body's name are that body's duties
    assert not lists_objects(lead, ["Tổ chức tập huấn cho cán bộ;", "Rà soát hồ sơ tồn đọng;"])
    assert not lists_objects(lead, ["Sở Tài chính: bố trí kinh phí;", "Sở Nội vụ: hướng dẫn thi đua;"])
    # what the list holds named as work
    assert not lists_objects("Sở Y tế chủ trì, phối hợp với các sở thực hiện các nhiệm vụ sau:", ["Công tác truyền thông;"])


def test_a_lead_in_that_opens_with_its_period_dates_the_items_it_leads_to():
    # "2. Hàng năm, cùng với thời gian lập dự toán ..., các cơ quan ... gửi cơ quan tài chính cùng cấp ... theo quy
    # định của pháp luật và các quy định sau đây:" over "Bộ Xây dựng lập dự toán kinh phí ...": a yearly duty
    [estimate] = having(central_tasks("ext_124.txt"), "Bộ Xây dựng lập dự toán kinh phí")
    assert estimate.deadline is not None and estimate.deadline.recurrence == "FREQ=YEARLY"
    # "4. Hàng tháng khi nhận được kinh phí chi trả, Ủy ban nhân dân phường - xã, thị trấn phải tiến hành ngay ...:"
    # over "- Kiểm tra danh sách chi trả trước khi chi trả cho đối tượng hưởng."
    [check] = having(central_tasks("ext_99.txt"), "Kiểm tra danh sách chi trả trước khi chi trả")
    assert check.deadline is not None and check.deadline.recurrence == "FREQ=MONTHLY"


def test_a_period_that_opens_a_sentence_with_no_list_dates_nothing_after_it():
    # a programme of Cần Thơ (pre-2010 original): "3.6. Định kỳ 6 tháng và hàng năm, các Sở ... phải tổ chức sơ, tổng
    # kết ..." then the closing "Giao Ban Chỉ đạo Cải cách hành chính thành phố theo dõi, đôn đốc ...": no lead-in
    [follow] = having(tasks_of("hd_052.doc", "legacy"), "Giao Ban Chỉ đạo Cải cách hành chính thành phố theo dõi")
    assert follow.deadline is None


def test_a_subject_s_place_clause_up_to_its_act_says_which_body_acts():
    # Thông tư of Bộ Công an: "Khi hết thời hạn tạm trú, lưu trú, Trưởng Công an cấp xã nơi cư trú mới thực hiện xác
    # nhận tạm trú ...": after its time, the subject, the place that says which, then its act
    [confirm] = having(central_tasks("ext_46.txt"), "thực hiện xác nhận tạm trú, lưu trú cho người")
    assert confirm.assignees == ["Trưởng Công an cấp xã nơi cư trú mới"]
    assert read_duty("Cơ quan thuế nơi có phát sinh vụ việc thực hiện báo cáo kịp thời.").assignees == (
        "Cơ quan thuế nơi có phát sinh vụ việc",)
    # a place clause that runs into a preposition is the object's, not the subject's ("... gửi Sở ... nơi đóng trụ sở
    # để ...")
    assert read_duty("Sở Tài chính nơi đóng trụ sở để thực hiện.") is None


def test_a_text_addressed_to_no_one_gives_its_work_to_the_copies_sent_to_act():
    # a scanned Thông báo of Bộ Tài chính (kết luận of the Minister): "II. Một số công việc tiếp tục triển khai thực hiện
    # trong năm 2019:" lists work naming no one; its copy list sends it "- Tổng cục Thuế (để thực hiện);" and "- Cục
    # thuế các tinh, TPTW (để thực hiện);"
    assert acting_copies(("Bộ trưởng (để b/c)", "Các Vụ, đơn vị thuộc Bộ", "Tổng cục Thuế (để thực hiện)",
                          "Cục thuế các tinh, TPTW (để thực hiện); ~ Lưu: VT, VP")) == (
        "Tổng cục Thuế", "Cục thuế các tinh, TPTW")
    [review] = having(central_tasks("ext_139.txt"), "Ra soát các khoản thu trên địa ban")
    assert review.assignees == ["Tổng cục Thuế", "Cục thuế các tinh, TPTW"]
    # a Thông báo of Cục Hải quan on a tariff ruling, copied "- Các Chi cục hải quan khu vực (để thực hiện);": its
    # sections describe the goods, no work, and give that body nothing
    assert not [t for t in tasks_of("bk_93cafb7b0f4d.txt") if t.assignees == ["Các Chi cục hải quan khu vực"]]


def test_a_capitalised_compound_inside_a_proper_name_is_no_verb():
    # "Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường có trách nhiệm lưu trữ ...": "Đăng ký" in the name
    assert read_names("Văn phòng Đăng ký đất đai có trách nhiệm lưu trữ", 0).names[0].startswith("Văn phòng Đăng ký")
    duty = read_duty("Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường có trách nhiệm lưu trữ dữ liệu.")
    assert duty.assignees == ("Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường",)
    # Nghị định on the stock exchanges: "Sở Giao dịch Chứng khoán Việt Nam và Tổng công ty Lưu ký và Bù trừ chứng khoán
    # Việt Nam ..."; no duty of a "Tổng công ty Lưu" is left
    tasks = central_tasks("ext_110.txt")
    assert not [t for t in tasks if "Tổng công ty Lưu" in t.assignees]
    assert having(tasks, "cho ý kiến về việc ban hành quy chế tài chính")[0].assignees == [
        "Sở Giao dịch Chứng khoán Việt Nam", "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam"]


def test_a_heading_of_duties_qualified_before_whose_names_its_bodies():
    # a công văn of UBND tỉnh Lào Cai: "1. Trách nhiệm chung của các cơ quan, đơn vị" over "- Lãnh đạo, chỉ đạo tập trung
    # thực hiện nghiêm ..."
    assert heading_names("Trách nhiệm chung của các cơ quan, đơn vị") == ("các cơ quan, đơn vị",)
    assert heading_names("Nhiệm vụ cụ thể của các sở, ngành:") == ("các sở, ngành",)
    [lead] = having(central_tasks("ext_145.txt"), "Lãnh đạo, chỉ đạo tập trung thực hiện nghiêm")
    assert lead.assignees == ["các cơ quan, đơn vị"]
    # a heading of rights names no one whose duties follow
    assert heading_names("Quyền của tổ chức, cá nhân phát hành phim:") == ()


def test_a_section_s_title_and_a_heading_of_names_end_on_their_lines():
    # a công văn of UBND tỉnh Lào Cai: "3. Tổ chức thực hiện" / "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch
    # ...": the section's title alone; "1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã,
    # phường" / "Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền ...": who acts, then their work
    its = _items("ext_147.txt")
    assert any(it.text == "Tổ chức thực hiện" and it.is_heading for it in its)
    assert any(it.text == "Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường"
               and it.is_heading for it in its)
    tasks = central_tasks("ext_147.txt")
    [close] = having(tasks, "chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc")
    assert close.assignees[0] == "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh"
    # the action after its remit ("Theo chức năng, nhiệm vụ, phạm vi quản lý ...")
    [spread] = having(tasks, "tổ chức tuyên truyền, phổ biến và triển khai")
    assert spread.assignees == ["Công an tỉnh", "các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert acting_clause("Theo chức năng, nhiệm vụ được giao, tổ chức kiểm tra các cơ sở.") is not None
    # a basis is no remit: "Căn cứ vào nội dung của Kế hoạch này xây dựng kế hoạch ..." reads as before
    assert acting_clause("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;") is None


def test_the_items_of_a_lead_in_whose_object_names_work_are_its_parts():
    # a letter of Sở Công Thương Lào Cai: "Chủ trì, ... tham mưu Lãnh đạo Sở triển khai thực hiện các nhiệm vụ, quyền hạn
    # được ủy quyền tại ... bao gồm:" over "- Huấn luyện, kiểm tra, cấp, cấp lại giấy chứng nhận ...": each is a duty
    lead = ("Chủ trì, phối hợp với các đơn vị liên quan tham mưu Lãnh đạo Sở triển khai thực hiện các nhiệm vụ, quyền hạn "
            "được ủy quyền tại Quyết định số 2867/QĐ-UBND bao gồm:")
    assert lists_parts(lead, "Huấn luyện, kiểm tra, cấp, cấp lại giấy chứng nhận huấn luyện kỹ thuật an toàn;")
    [train] = having(central_tasks("ext_150.txt"), "Huấn luyện, kiểm tra, cấp, cấp lại giấy chứng nhận")
    assert train.assignees == ["Phòng Quản lý công nghiệp"]
    # a lead-in whose object is a thing lists instances ("Lập hồ sơ đề nghị, bao gồm:" / "a) Đơn đề nghị ...")
    assert not lists_parts("Lập hồ sơ đề nghị cấp giấy phép, bao gồm:", "Đơn đề nghị cấp giấy phép;")


def test_a_deputy_s_title_opens_a_name_as_the_title_does():
    # a Quyết định of Sở Công Thương Lào Cai: "Điều 2. Trách nhiệm của Phó Trưởng phòng được phân công phụ trách lĩnh vực
    # khoáng sản và Chuyên viên được giao nhiệm vụ"; "Phó" before any office title
    assert read_names("Phó Trưởng phòng Quản lý công nghiệp chủ trì", 0).names == ("Phó Trưởng phòng Quản lý công nghiệp",)
    assert read_names("Phó Chánh Văn phòng chủ trì", 0).names == ("Phó Chánh Văn phòng",)
    assert read_duty("Phó Trưởng ban có trách nhiệm tổng hợp báo cáo.").assignees == ("Phó Trưởng ban",)


def test_a_paper_is_no_one_who_acts():
    # a letter of Bộ LĐTBXH: "Các Công văn của Bộ hướng dẫn triển khai dự toán ..." tells what the papers said; a
    # Thông báo of Bộ Tài chính lists "Quy chế phối hợp giữa Bộ Tài chính với ..." among the work
    assert not [t for t in central_tasks("ext_116.txt") if t.assignees == ["Các Công văn của Bộ"]]
    assert not [t for t in central_tasks("ext_139.txt") if t.assignees == ["Quy chế"]]
    assert not [t for t in central_tasks("ext_46.txt") if t.assignees == ["Các biên bản"]]


def test_an_article_s_title_that_a_noun_opens_names_no_one_by_its_shape():
    # Nghị định on anti-smuggling coordination, "Điều 10. Nguyên tắc phối hợp trong phòng, chống buôn lậu ...": a topic,
    # whatever duty word follows its noun; its clauses name their own bodies or none
    assert heading_names("Nguyên tắc phối hợp trong phòng, chống buôn lậu, vận chuyển trái phép hàng hóa", article=True) == ()
    assert not [t for t in central_tasks("ext_66.txt") if t.assignees == ["Nguyên tắc"]]
    # a title that opens with a body the lexicon reads still names it ("Điều 5. Sở Tài chính chủ trì ...")
    assert heading_names("Sở Tài chính chủ trì thẩm định dự toán", article=True) == ("Sở Tài chính",)


def test_a_lead_in_that_draws_up_the_paper_itself_gives_its_items_no_one():
    # Kế hoạch of Ban Chỉ đạo quốc gia 1237: "Căn cứ ..., Ban Chỉ đạo quốc gia 1237 xây dựng kế hoạch thực hiện như
    # sau:": the plan's own preamble; its items are the plan's, not that board's duties
    assert says("xây dựng kế hoạch thực hiện như sau")
    assert not [t for t in central_tasks("ext_26.txt") if t.assignees == ["Ban Chỉ đạo quốc gia 1237"]
                and t.action.startswith("Thành lập Ban Chỉ đạo ở các quân khu")]
    # a lead-in that plans work of its own, no paper pointing at the items, keeps its subject
    assert not says("xây dựng kế hoạch triển khai, báo cáo kết quả")


def test_a_heading_over_duties_is_a_body_s_long_proper_name_whose_capitalised_words_are_no_verbs():
    # Kế hoạch of UBND thành phố Huế: "8. Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ doanh nghiệp thành phố" over
    # "- Chủ trì, phối hợp ..."; "Hỗ trợ", capitalised, is a word of the name
    name = "Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ doanh nghiệp thành phố"
    assert heading_names(name, over_duties=True) == (name,)
    [lead] = having(central_tasks("ext_143.txt"), "tổ chức xúc tiến, thu hút đầu tư phát triển du lịch")
    assert lead.assignees == [name]
    # in lower case the verb still makes the heading a sentence ("Sở Y tế hỗ trợ các địa phương")
    assert heading_names("Sở Y tế hỗ trợ các địa phương", over_duties=True) != ("Sở Y tế hỗ trợ các địa phương",)


def test_a_labelled_item_whose_clauses_open_with_their_own_bodies_is_read_a_clause_at_a_time():
    # a công văn of UBND tỉnh Lào Cai: "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7; Sở Tài
    # chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7 ...": past the label, two duties
    tasks = central_tasks("ext_146.txt")
    [send] = having(tasks, "Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7")
    [gather] = having(tasks, "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7")
    assert send.assignees == ["Các cơ quan, đơn vị"] and gather.assignees == ["Sở Tài chính"]
    assert send is not gather


def test_a_sentence_of_an_attached_regulation_owns_its_duty_after_its_period_or_with_more_names():
    # the Quy chế a Lào Cai decision issues: "2. Hằng năm, Sở Nông nghiệp và Môi trường phối hợp với các đơn vị có liên
    # quan lập dự toán kinh phí ..."; "1. Sở Nông nghiệp và Môi trường, các Sở, ban, ngành; Ủy ban nhân dân cấp xã theo
    # chức năng, nhiệm vụ của mình có trách nhiệm tiếp nhận, giải quyết các tranh chấp ..."
    tasks = central_tasks("ext_152.txt")
    [budget] = having(tasks, "lập dự toán kinh phí thực hiện nhiệm vụ")
    assert budget.assignees == ["Sở Nông nghiệp và Môi trường"]
    [disputes] = having(tasks, "có trách nhiệm tiếp nhận, giải quyết các tranh chấp")
    assert disputes.assignees[0] == "Sở Nông nghiệp và Môi trường"
    # bare heads first still own nothing there ("Cơ quan, tổ chức, cá nhân có trách nhiệm ...")
    assert not owns_duty("Cơ quan, tổ chức, cá nhân có trách nhiệm giao nộp thông tin.")


def test_a_label_of_names_alone_gives_them_the_lower_case_verb_after_it():
    # Kế hoạch of UBND tỉnh Lào Cai: "- Ủy ban nhân dân cấp xã: đầu tư, hoàn thiện đồng bộ hạ tầng kỹ thuật ..."
    duty = read_duty("Ủy ban nhân dân cấp xã: đầu tư, hoàn thiện đồng bộ hạ tầng kỹ thuật.")
    assert duty.assignees == ("Ủy ban nhân dân cấp xã",) and duty.action.startswith("đầu tư")
    assert having(central_tasks("ext_144.txt"), "Ủy ban nhân dân cấp xã: đầu tư, hoàn thiện")[0].assignees == [
        "Ủy ban nhân dân cấp xã"]
    # a designation ("Cơ quan ủy quyền: Ủy ban nhân dân cấp tỉnh.") and a topic label ("Đối với ...:") stay as they were
    assert read_duty("Sở Tài chính: các lĩnh vực cấp và quyết toán vốn.") is None


def test_an_assigned_body_s_name_goes_on_with_the_field_it_manages():
    # a công văn of UBND tỉnh Lào Cai: "Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:"
    # over "b) Chủ trì, phối hợp ...": the name holds its field ("về hạ tầng"), up to the stop ("theo ...")
    duty = read_duty("Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:")
    assert duty.assignees == ("các sở quản lý nhà nước chuyên ngành về hạ tầng",)
    assert any(t.assignees == ["các sở quản lý nhà nước chuyên ngành về hạ tầng"] for t in central_tasks("ext_146.txt"))
    # "về việc" says what a text is about, no field
    assert read_duty("Giao Sở Tài chính về việc lập dự toán.").assignees == ("Sở Tài chính",)
