"""Tasks read from the document's structure, twenty-first round of issue 15: under a scope, an
item that opens with its time or its case and then names its own subject; a scope's name up to
the place that says which of its kind it means; the quotation an article enacts when its title
amends; a compound noun of more than two words inside a name; a task table's second task column,
whose cell is part of the row's task; "giao" inside "bàn giao", "chuyển giao", which assigns
nothing; a level word before a paper's name ("cấp Giấy phép"), which is the verb; a count run inside
a sentence whose next number a wrapped line opens, which opens no item; an item in capitals, a
title; a duty's word with no work after it ("quyết định.", "có trách nhiệm"), no task.

From the round's first fresh set (ext_114-ext_125): a body the text sets up ("thành lập Hội đồng
thẩm định ..."), named as far as the text calls it again; a label whose text opens with a time
before its responsibility; a lead-in that guides a body ("Bộ hướng dẫn Sở ... như sau:"); a bare
head named by what it does up to the catch-all verb ending its heading ("Cơ quan tiếp nhận hồ sơ và
trả kết quả thực hiện:"); "thư ký", a noun, not the verb "ký"; a label that lists members ("...
gồm:"), no role; "Nhiệm vụ của <role>", a heading of duties that names its role in lower case.

From the second (ext_126-ext_137): a scan's "Kính gửi:" misread whole or lost ("Site gửi:"); a
short name of the one recipient ("Cục Thuế"), which takes its entry's qualifier; "có thẩm quyền"
and what it is for, part of a name a duty follows; "Đối với <a thing>", a topic; a clause's title
that opens with an action, ended on its line by a paragraph that opens with its period ("Hằng năm,
..."). Each on the real document, with the shape beside it that stays as it was.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.layout import segment
from extractors.lines import pattern
from extractors.tasks.addressed import entry_qualified
from extractors.tasks.outline import items
from extractors.tasks.reading import heading_names, read_duty, says_no_work, scope_names, states_duty
from extractors.tasks.roles import established_bodies
from real_documents import CORPUS, FIXTURES, central_tasks, extracted, having, loaded, tasks_of


def test_an_item_that_opens_with_its_time_names_its_own_subject_under_a_scope():
    # Thông tư of the State Bank, "2. Trách nhiệm của các Vụ, Cục có liên quan trong Ngân hàng Nhà nước" over "a) Trong
    # quá trình thanh tra phát hiện ..., Thanh tra Ngân hàng Nhà nước có trách nhiệm cung cấp ngay thông tin ...":
    # after its time, the item names who acts; the heading's bodies do not
    tasks = central_tasks("ext_112.txt")
    [inform] = having(tasks, "cung cấp ngay thông tin")
    assert inform.assignees == ["Thanh tra Ngân hàng Nhà nước"]
    assert inform.action.startswith("có trách nhiệm cung cấp ngay thông tin")
    [publish] = having(tasks, "đăng tải các thông tin")
    assert publish.assignees == ["Văn phòng Ngân hàng Nhà nước"]
    # a quyết định's article (pre-2010 original, through its transcript): "Trong quá trình tổ chức thực hiện, nếu có
    # vấn đề gì vướng mắc ..., Sở Kế hoạch và Đầu tư có trách nhiệm tổng hợp ...": its case, then its own subject
    [gather] = having(tasks_of("hd_053.truth.txt", "legacy"), "tổng hợp trình UBND tỉnh xem xét")
    assert gather.assignees == ["Sở Kế hoạch và Đầu tư"]
    assert gather.modality == "conditional"


def test_an_item_that_names_its_scope_again_after_its_time_keeps_the_scope():
    # "4. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được báo cáo ..., Ngân hàng Nhà nước chi nhánh có trách nhiệm
    # thông báo ..." under the article on that body's duties: the same body, the item whole
    tasks = central_tasks("ext_112.txt")
    timed = [t for t in having(tasks, "Trong thời hạn 05 ngày làm việc kể từ ngày nhận được báo cáo")
             if t.action.startswith("Trong thời hạn")]
    assert [t.assignees for t in timed] == [["Ngân hàng Nhà nước chi nhánh"]]


def test_a_scope_name_ends_where_the_place_that_says_which_begins():
    # "Trách nhiệm của Ngân hàng Nhà nước chi nhánh nơi tổ chức tín dụng phi ngân hàng đặt trụ sở chi nhánh, ...": the
    # branch is the body; where it sits says which branch
    heading = ("Trách nhiệm của Ngân hàng Nhà nước chi nhánh nơi tổ chức tín dụng phi ngân hàng đặt trụ sở chi "
               "nhánh, văn phòng đại diện, đơn vị sự nghiệp")
    assert scope_names(heading) == ("Ngân hàng Nhà nước chi nhánh",)
    # a bare head is named by its place: "Điều 13. Trách nhiệm của đơn vị nơi giảng viên đồng cơ hữu đang công tác"
    [approve] = having(central_tasks("ext_105.txt"), "Xem xét, chấp thuận việc viên chức")
    assert approve.assignees == ["đơn vị nơi giảng viên đồng cơ hữu đang công tác"]


def test_an_article_whose_title_amends_enacts_the_article_it_quotes():
    # "Điều 10. Sửa đổi, bổ sung Điều 22" over "“Điều 22. Trách nhiệm của Ngân hàng Nhà nước chi nhánh nơi ...", its
    # clauses "1. Chịu trách nhiệm trước Thống đốc ...", "2. Tiếp nhận hồ sơ, ...": the quoted article is the text the
    # amending one enacts, its clauses that body's duties (no title of the amending article ends with a colon)
    tasks = central_tasks("ext_112.txt")
    for words in ("Tiếp nhận hồ sơ, chấp thuận hoặc không chấp thuận", "Quản lý, thanh tra, kiểm tra, giám sát hoạt động",
                  "Tham gia ý kiến với Cục Quản lý, giám sát"):
        [task] = having(tasks, words)
        assert task.assignees == ["Ngân hàng Nhà nước chi nhánh"], words
    # the amending article's own title states nothing: no task
    assert not having(tasks, "Sửa đổi, bổ sung Điều 22")


def test_a_compound_noun_of_many_words_is_whole_inside_a_name():
    # "a) Tổ chức tín dụng phi ngân hàng lập 01 bộ hồ sơ ...": a non-bank credit institution (Luật Các tổ chức tín dụng
    # 2024), not "Tổ chức tín dụng" and then "phi ngân hàng ..."
    [dossier] = having(central_tasks("ext_112.txt"), "lập 01 bộ hồ sơ")
    assert dossier.assignees == ["Tổ chức tín dụng phi ngân hàng"]
    assert read_names("Tổ chức tín dụng phi ngân hàng lập 01 bộ hồ sơ").names == ("Tổ chức tín dụng phi ngân hàng",)
    # the two-word compounds as before ("Bộ Ngoại giao", not the verb "giao")
    assert read_names("Bộ Ngoại giao hướng dẫn báo chí").names == ("Bộ Ngoại giao",)


def test_a_task_tables_second_task_column_is_part_of_the_rows_task():
    # Quyết định 2530/QĐ-TTg, Phụ lục II: "Tên dự án, nhiệm vụ" then "Nội dung chính": the row's task is named in the
    # first and stated in the second ("- Xây dựng trung tâm dữ liệu tích hợp (AI, IoT, Big Data), ..."); the task's
    # text holds both, its action the name
    tasks = tasks_of("bk_646f0a00d417.txt")
    [system] = having(tasks, "Xây dựng trung tâm dữ liệu tích hợp")
    assert system.action.startswith("Xây dựng, nâng cấp và vận hành Hệ thống Cảnh báo")
    assert system.assignees == ["Bộ Nông nghiệp và Môi trường"]
    assert "- Xây dựng trung tâm dữ liệu tích hợp (AI, IoT, Big Data)" in system.text
    # Phụ lục I has one task column ("Nội dung nhiệm vụ"): its row's text is that cell
    [decree] = having(tasks, "Hoàn thiện Nghị định về xử lý vi phạm hành chính")
    assert decree.text == decree.action


def test_giao_inside_a_verb_of_its_own_assigns_nothing():
    # Thông tư on forbidden objects in prisons: "Giám thị trại giam, ... bàn giao cho cơ quan có thẩm quyền xử lý ...",
    # "... thì bàn giao cho Công an cấp xã nơi phát hiện để xử lý ...": a thing handed over, no duty given to the body
    # that receives it
    assert not having(central_tasks("ext_57.txt"), "bàn giao cho")
    assert read_duty("Giám thị trại giam bàn giao cho cơ quan có thẩm quyền xử lý theo quy định của pháp luật.") is None
    # "giao" on its own still assigns
    duty = read_duty("Giao cho Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan thẩm định hồ sơ.")
    assert duty is not None and duty.assignees == ("Sở Tài chính",)


def test_a_level_word_before_a_paper_is_the_verb_issue():
    # Thông tư on driving licences in the People's Police: "Cục trưởng Cục Cảnh sát giao thông cấp Giấy phép xe tập
    # lái; ..." — "cấp" issues the paper; the name is the director's, not "... giao thông cấp Giấy phép"
    tasks = tasks_of("ce_016.txt")
    [permit] = having(tasks, "cấp Giấy phép xe tập lái; trường hợp không cấp thì")
    assert permit.assignees == ["Cục trưởng Cục Cảnh sát giao thông"]
    assert permit.action.startswith("cấp Giấy phép xe tập lái")
    # a level that names a body ("cấp Bộ") or a place ("cấp tỉnh") stays part of the name
    assert read_names("Công an cấp Bộ chịu trách nhiệm").names == ("Công an cấp Bộ",)
    assert read_names("Thủ trưởng Công an cấp tỉnh chủ trì").names == ("Thủ trưởng Công an cấp tỉnh",)


def test_a_count_run_inside_a_sentence_opens_no_item_when_its_line_wraps():
    # Công điện 220/CĐ-TTg: "... cụ thể như sau: (1) Tổng số TTHC sẽ cắt giảm ... (đạt 62,8%);" / "(2) Cắt giảm
    # 2.269/6.974 ĐKKD ...": the page wrapped the sentence before "(2)"; read as an item, it made "(n)" the outline's
    # top level, so "III. TỔ CHỨC THỰC HIỆN" later hung under "3. Chủ tịch Ủy ban nhân dân ..." and was read as its task
    text = loaded(CORPUS / "bulk" / "bk_344b9eec106a.txt").text
    its = items(text, segment(text))
    assert not [it for it in its if it.text.startswith("Cắt giảm 2.269/6.974")]
    [part] = [it for it in its if it.text == "TỔ CHỨC THỰC HIỆN"]
    assert part.parent is not None and its[part.parent].style == "lead"  # the body's lead-in, as "I." and "II."
    tasks = tasks_of("bk_344b9eec106a.txt")
    assert not having(tasks, "TỔ CHỨC THỰC HIỆN")
    # the count on lines of its own ("(1) Bộ Tài chính ...", "(2) Bộ Y tế ...") is a list, each item a task
    [health] = having(tasks, "Bộ Y tế hoàn thành nâng cấp, kết nối")
    assert health.assignees == ["Bộ Y tế"]


def test_an_item_in_capitals_under_a_scope_is_a_title():
    # Chỉ thị of the Thủ tướng (OCR of a scan), "I. TINH THAN CHỈ DAO HANH ĐỘNG", "II. CÁC NHIỆM VỤ, GIẢI PHÁP CU THE"
    # under the lead-in naming the ministers and chairmen: section titles, their marks lost to the scan, not duties
    tasks = central_tasks("ext_73.txt")
    assert not having(tasks, "TINH THAN CHỈ DAO HANH ĐỘNG")
    assert not having(tasks, "CÁC NHIỆM VỤ, GIẢI PHÁP CU THE")
    # a capitalised sentence in small letters under the same scope is still a duty
    assert states_duty("Tập trung thực hiện “nhiệm vụ kép” là vừa phòng chống dịch, vừa phát triển kinh tế - xã hội.")


def test_a_duty_word_alone_names_no_work():
    # "Các chức danh Đội trưởng, Đội phó cấp nào thì do cơ quan ... hiệp y và đề nghị UBND cùng cấp quyết định." (a
    # pre-2010 Quy chế, through its transcript): "quyết định." is all that is left for the body; no task
    tasks = tasks_of("hd_058.truth.txt", "legacy")
    assert not [t for t in tasks if t.action.strip(" .") == "quyết định"]
    # a decree's "... thì người đứng đầu đơn vị thuộc hoặc trực thuộc ... thực hiện.": the catch-all verb alone
    assert not [t for t in central_tasks("ext_75.txt") if t.action.strip(" .") == "thực hiện"]
    assert says_no_work("có trách nhiệm") and says_no_work("thực hiện.") and says_no_work("được ủy quyền")
    # the same words with their work are duties
    assert not says_no_work("có trách nhiệm xây dựng kế hoạch cải cách hành chính hàng năm")
    assert not says_no_work("quyết định phê duyệt danh sách và kinh phí hỗ trợ")


def test_a_body_the_text_sets_up_is_named_as_far_as_the_text_calls_it_again():
    # Thông tư 04/2023/TT-BLĐTBXH: "... quyết định thành lập Hội đồng thẩm định Quy định khối lượng kiến thức tối thiểu
    # ...", then "Chủ tịch Hội đồng thẩm định thông báo cho Ban chủ nhiệm ...": the council the text sets up is
    # "Hội đồng thẩm định" (the words it calls it by again), so its chairman is not "Chủ tịch Hội đồng" and the duty not
    # "thẩm định thông báo ..."
    text = (FIXTURES / "central_texts" / "ext_123.txt").read_text(encoding="utf-8")
    assert set(established_bodies(text)) == {"Ban chủ nhiệm", "Hội đồng thẩm định"}
    [notice] = having(central_tasks("ext_123.txt"), "thông báo cho Ban chủ nhiệm về kế hoạch")
    assert notice.assignees == ["Chủ tịch Hội đồng thẩm định"]
    assert notice.action.startswith("thông báo cho Ban chủ nhiệm")
    # Thông tư 22/2022/TT-BLĐTBXH: "thành lập Ban tổ chức Hội thi ở cấp tương ứng" / "Ban tổ chức Hội thi thông báo kế
    # hoạch ...": "Ban" and then the verb "tổ chức" no more; "ở cấp tương ứng" is said once, no part of its name
    [plan] = having(central_tasks("ext_122.txt"), "thông báo kế hoạch tổ chức Hội thi cho đoàn")
    assert plan.assignees == ["Ban tổ chức Hội thi"]
    # a body joined to it by "và" is another ("thành lập Hội đồng giám khảo và các Tiểu ban phục vụ Hội thi")
    text = (FIXTURES / "central_texts" / "ext_122.txt").read_text(encoding="utf-8")
    assert "Hội đồng giám khảo" in established_bodies(text)
    assert not [b for b in established_bodies(text) if " và " in b]


def test_a_label_names_who_acts_past_the_time_its_text_opens_with():
    # a Gia Lai Quy định, "Điều 7. Đối với các cơ quan nhà nước" / "1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận
    # được hồ sơ ..., trong thời hạn không quá 15 (mười lăm) ngày làm việc ... có trách nhiệm:" / "a) ... tiến hành
    # bình xét ...": the label holds the responsibility its time opens to, and the points are its duties
    tasks = central_tasks("ext_115.txt")
    [review] = having(tasks, "tiến hành bình xét, lấy ý kiến công khai")
    assert review.assignees == ["Ủy ban nhân dân xã, phường, thị trấn"]
    [verify] = having(tasks, "Thẩm tra, xác minh lại từng trường hợp")
    assert verify.assignees == ["Ủy ban nhân dân huyện, thị xã, thành phố"]
    # "5. Ủy ban nhân dân tỉnh: Trong thời hạn ..., Ủy ban nhân dân tỉnh ký quyết định ...": its name said again
    [sign] = having(tasks, "ký quyết định miễn, giảm tiền sử dụng đất cho")
    assert sign.assignees == ["Ủy ban nhân dân tỉnh"] and sign.action.startswith("ký quyết định")
    # a label followed by a time that opens no responsibility of its own gives no duty by that path
    assert read_duty("Sở Tài chính: Trong thời hạn 05 ngày làm việc, hồ sơ được chuyển đến cơ quan thuế.") is None


def test_a_lead_in_that_guides_a_body_gives_it_the_items():
    # Công văn 2638/LĐTBXH-KHTC: "..., Bộ hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố xây dựng dự
    # toán ... như sau:": the items are the Sở's to do, not the ministry's that guides them
    tasks = central_tasks("ext_116.txt")
    sở = ["Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố"]
    [estimate] = having(tasks, "Xây dựng dự toán thực hiện trên cơ sở số hồ sơ")
    assert estimate.assignees == sở
    assert not [t for t in tasks if t.assignees == ["Bộ"]]


def test_a_bare_head_is_named_by_what_it_does_up_to_the_catch_all_verb_of_its_heading():
    # Nghị định 147/2026/NĐ-CP: "5. Cơ quan tiếp nhận hồ sơ và trả kết quả thực hiện:" over "a) Cấp giấy tiếp nhận hồ
    # sơ và hẹn trả kết quả ...", "b) Chuyển hồ sơ đến Văn phòng đăng ký đất đai.": the one-stop office, named by what
    # it does, carries out the points
    tasks = central_tasks("ext_119.txt")
    for words in ("Cấp giấy tiếp nhận hồ sơ và hẹn", "Chuyển hồ sơ đến Văn phòng đăng ký đất đai"):
        [task] = having(tasks, words)
        assert task.assignees == ["Cơ quan tiếp nhận hồ sơ và trả kết quả"], words
    assert heading_names("Cơ quan tiếp nhận hồ sơ và trả kết quả thực hiện:") == (
        "Cơ quan tiếp nhận hồ sơ và trả kết quả",)
    # a clause in it, or a body's own name, is no such heading
    assert heading_names("Cơ quan tiếp nhận hồ sơ, kiểm tra và trả kết quả thực hiện:") == ()
    assert heading_names("Sở Tài chính thực hiện:") == ("Sở Tài chính",)


def test_a_secretary_is_a_noun_not_the_verb_sign():
    # Thông tư 22/2022/TT-BLĐTBXH: "7. Nhiệm vụ của Tổ thư ký" over "a) Nhận hồ sơ thiết bị ...": "thư ký" is a compound
    # noun, its "ký" no duty verb, so the heading names the secretariat; "Hội đồng giám khảo gồm: Chủ tịch, Phó Chủ tịch,
    # Tổ thư ký và ..." lists members, no one signs ("ký và các thành viên giám khảo")
    assert scope_names("Nhiệm vụ của Tổ thư ký") == ("Tổ thư ký",)
    tasks = central_tasks("ext_122.txt")
    [handover] = having(tasks, "bàn giao cho từng Tiểu ban giám khảo")
    assert handover.assignees == ["Tổ thư ký"]
    assert not [t for t in tasks if t.action.startswith("ký và các thành viên")]
    assert not having(tasks, "giám khảo gồm")
    # "ký" alone after a name is still its duty
    duty = read_duty("Chủ tịch Ủy ban nhân dân tỉnh ký quyết định phê duyệt danh sách.")
    assert duty is not None and duty.action.startswith("ký quyết định")


def test_a_heading_of_duties_names_its_role_in_lower_case():
    # "6. Nhiệm vụ của giám khảo:" over "a) Nghiên cứu hồ sơ thiết bị tham gia dự thi;": the examiner, a role no lexicon
    # holds, named by the heading of its duties as "Trách nhiệm của ..." names one
    [study] = having(central_tasks("ext_122.txt"), "Nghiên cứu hồ sơ thiết bị tham gia dự thi")
    assert study.assignees == ["giám khảo"]
    assert scope_names("Nhiệm vụ của giám khảo:") == ("giám khảo",)
    # a heading of duties and powers names none by that path ("Nhiệm vụ, quyền hạn của người ra quyết định ...")
    assert scope_names("Nhiệm vụ, quyền hạn của người ra quyết định thanh tra thuế") == ()


def test_a_scans_kinh_gui_misread_whole_or_lost_still_opens_the_recipients():
    # a Tổng cục Thuế letter (OCR of a scan) whose "Kính gửi:" reads "Site gửi: Cục Thuế các tỉnh, thành phố trực
    # thuộc Trung ương.": "gửi:" first on its line opens the list, and the label is no part of the entry
    letter = extracted(FIXTURES / "central_texts" / "ext_126.txt")
    assert letter.recipients == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]
    # another, its "Kính" lost ("gửi: Đồng chí Cục trưởng Cục Thuế ...")
    assert extracted(FIXTURES / "central_texts" / "ext_83.txt").recipients == [
        "Đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]
    # "nhận:" of "Nơi nhận" is no such label: "- Nguyên nhân: ..." reads so
    assert not pattern("cc").match("- Nguyên nhân: Ngoài hạn chế, yếu kém trong tổ chức thực hiện")
    assert not pattern("recipients").match("Văn bản gửi: Sở Tài chính")


def test_a_short_name_of_the_one_recipient_takes_its_qualifier():
    # the same letter's "Đề nghị Cục Thuế chú trọng ..." and "+ Đẩy mạnh tuyên truyền ..." under it: "Cục Thuế" is the
    # one entry it opens, "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"
    [spread] = having(extracted(FIXTURES / "central_texts" / "ext_126.txt").tasks, "Đẩy mạnh tuyên truyền cho các cá nhân")
    assert spread.assignees == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]
    entry = ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]
    assert entry_qualified("Cục Thuế", entry) == entry[0]
    # what an entry adds after "và", after a comma that opens another name, or a scan's specks qualifies nothing
    assert entry_qualified("Văn phòng Đoàn Đại biểu Quốc hội", [
        "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố"]) is None
    assert entry_qualified("Đồng chí Bộ trưởng", ["Đồng chí Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ"]) is None
    assert entry_qualified("Cục Thuế", ["Cục Thuế .. - LG... Biel..."]) is None
    # a one-word head stays a kind ("các Sở")
    assert entry_qualified("các Sở", ["Các Sở, ban, ngành tỉnh"]) is None


def test_a_competent_body_is_named_with_its_competence():
    # Thông tư 04/2025/TT-BLĐTBXH: "3. Người đứng đầu cơ quan có thẩm quyền quản lý đơn vị sự nghiệp công lập trực tiếp
    # quản lý, sử dụng viên chức ... có trách nhiệm:" over "a) Phê duyệt phương án ...": what the body is competent for
    # is part of its name when a duty of its own follows; the heading names who acts, not the article's "các cơ quan,
    # tổ chức"
    [approve] = having(central_tasks("ext_135.txt"), "Phê duyệt phương án bổ nhiệm")
    assert approve.assignees[0].startswith("Người đứng đầu cơ quan có thẩm quyền quản lý đơn vị sự nghiệp công lập")
    # its competence alone is a power, no duty: "Giám đốc học viện, Hiệu trưởng các trường Công an nhân dân có thẩm
    # quyền cấp Chứng chỉ tốt nghiệp ..." (Thông tư on driving licences)
    assert not having(tasks_of("ce_016.txt"), "cấp Chứng chỉ tốt nghiệp chương trình đào tạo lái xe cho học viên")
    assert read_duty("Cơ quan, tổ chức, cá nhân có thẩm quyền ứng dụng công nghệ thông tin, chuyển đổi số.") is None


def test_a_topic_after_doi_voi_is_no_duty():
    # the Tổng cục Thuế letter: "1. Đối với công tác tổng hợp, báo cáo kết quả thanh tra ... ." over its items: what
    # the items are about, a thing ("công tác"), no duty of the addressee
    assert not having(central_tasks("ext_126.txt"), "Đối với công tác tổng hợp, báo cáo kết quả")
    assert not states_duty("Đối với công tác tổng hợp, báo cáo kết quả thanh tra kiểm tra thuế các doanh nghiệp.")
    # an item that opens with what is to be done about the same thing is still a duty
    assert states_duty("Chú trọng công tác tổng hợp, báo cáo kết quả thanh tra kiểm tra thuế các doanh nghiệp.")


def test_a_clause_title_that_opens_with_an_action_ends_on_its_line_before_a_sentence_of_its_own():
    # Nghị định 188/2026/NĐ-CP: "1. Xây dựng kế hoạch hỗ trợ gạo" / "Hằng năm, Ủy ban nhân dân tỉnh, ... xây dựng kế
    # hoạch về nhu cầu hỗ trợ gạo ... với nội dung gồm:" / "a) Tổng hợp số lượng học sinh ...": the title ends on its
    # line (the next opens a sentence with its period), and the lead-in, its subject after that period, states the
    # duty whose contents its points list
    text = (FIXTURES / "central_texts" / "ext_130.txt").read_text(encoding="utf-8")
    its = items(text, segment(text))
    [title] = [it for it in its if it.text == "Xây dựng kế hoạch hỗ trợ gạo"]
    [lead] = [it for it in its if it.text.startswith("Hằng năm, Ủy ban nhân dân tỉnh")]
    assert lead.parent == its.index(title) and lead.style == "lead"
    tasks = central_tasks("ext_130.txt")
    [plan] = having(tasks, "xây dựng kế hoạch về nhu cầu hỗ trợ gạo")
    assert plan.assignees == ["Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]
    assert not having(tasks, "Tổng hợp số lượng học sinh được hỗ trợ gạo")
