"""Tasks read from the document's structure, eighteenth round of issue 15: a procedure's step
after a time limit written as a span of days ("Trong 02 ngày làm việc, ..."); the actors of the
event a limit counts from, which are not its subject; a Nơi nhận label as OCR reads it off a
scan, which ends the body; a plan's field lines written once under a run of items, and under an
item that goes on in paragraphs; an item number with no space after it; an enacting formula in
capitals before the basis; a scope label that says whom the work concerns. Each on the real
document, with the shape beside it that stays as it was.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.deadlines import column_deadline, find_deadline
from extractors.layout import segment
from extractors.lines import pattern
from extractors.pipeline import extract_text
from extractors.tasks.outline import items
from extractors.tasks.reading import duties_part, read_duty
from real_documents import FIXTURES, central_tasks, having, tasks_of


def test_a_step_after_a_span_of_days_is_its_bodys_duty():
    # Quyết định 08/2022/QĐ-TTg, Điều 7 and Điều 11: "5. Trong 02 ngày làm việc, kể từ ngày nhận được đầy đủ hồ
    # sơ, Ủy ban nhân dân cấp huyện thẩm định trình Ủy ban nhân dân cấp tỉnh." The limit opens with "Trong" and a
    # count of days, not "Trong thời hạn"; the step was read as no duty at all
    tasks = central_tasks("ext_37.txt")
    steps = having(tasks, "Ủy ban nhân dân cấp huyện thẩm định trình")
    assert [t.assignees for t in steps] == [["Ủy ban nhân dân cấp huyện"]] * 2  # one in each procedure
    assert all(t.deadline is not None and t.deadline.kind == "relative" for t in steps)
    [approval] = having(tasks, "Ủy ban nhân dân cấp tỉnh ban hành quyết định phê duyệt danh sách")[:1]
    assert approval.assignees == ["Ủy ban nhân dân cấp tỉnh"]


def test_a_span_of_days_is_no_name():
    # the shape alone: a span of days, then a clause whose subject is a body's own name; a span of days with
    # no name after it stays no duty
    duty = read_duty("Trong 10 ngày, kể từ ngày nhận đủ hồ sơ, Sở Nội vụ thẩm định trình Ủy ban nhân dân tỉnh.")
    assert duty is not None and duty.assignees == ("Sở Nội vụ",)
    assert read_duty("Trong 10 ngày, kể từ ngày nhận đủ hồ sơ, việc thẩm định phải hoàn thành.") is None


def test_the_actors_of_the_event_a_limit_counts_from_are_not_its_subject():
    # Nghị định 53/2016/NĐ-CP as amended: "Trong vòng 15 ngày kể từ ngày Hội đồng quản trị, Hội đồng thành viên
    # hoặc Đại hội đồng cổ đông thông qua mức tiền lương ..., người đại diện vốn thì gửi báo cáo ...": the boards
    # after "kể từ ngày" act in the event; the limit's subject is the one before "thì"
    [report] = having(central_tasks("ext_77.txt"), "kể từ ngày Hội đồng quản trị, Hội đồng thành viên")
    assert report.assignees == ["Người đại diện vốn"]


def test_a_cc_label_misread_off_a_scan_is_the_cc_label():
    # OCR reads "Nơi nhận:" as "Noi nhận:" (Tổng cục Thuế's letter 4800/TCT-TTr) or "Nai nhận:" (a scanned
    # Quyết định of the corpus): with its colon, a label whose marked letters came out as others
    for label in ("Nơi nhận:", "Noi nhận:", "Nai nhận: - Như trên;", "Nơi nhan:", "Nơi nhận"):
        assert pattern("cc").match(label), label
    assert pattern("recipients").match("Kinh gửi: Sở Tài chính")
    for line in ("Noi nhan các hồ sơ", "Nai nhận hồ sơ", "Kinh gửi các đơn vị"):  # no colon: any words
        assert not pattern("cc").match(line) and not pattern("recipients").match(line), line


def test_the_list_after_a_misread_cc_label_is_the_cc_list_not_duties():
    # the letter's copy list after "Noi nhận:" was read as four more duties of the Cục trưởng ("Luu: VT; TTr (3b).")
    extraction = extract_text((FIXTURES / "central_texts" / "ext_82.txt").read_text(encoding="utf-8"))
    assert extraction.cc[:3] == ["Như trên", "Lanh dao B6 Tai chinh (dé b/c)", "Lãnh đạo Tổng cục Thuế (dé chi đạo)"]
    assert not [t for t in extraction.tasks if "Luu: VT" in t.text or "Lanh dao" in t.text]


def test_field_lines_under_the_last_of_a_run_of_items_are_the_runs():
    # Quyết định 435/QĐ-UBND of Kon Tum, its action programme: "3.1. Rà soát, kiện toàn ..." / "Phát huy vai trò ..."
    # / "3.2. ..." / "3.3. ..." / "3.4. Tập huấn ..." / "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ
    # trì, phối hợp với ..." / "- Thời gian thực hiện: ...": written once, under the last item, the fields are the
    # run's; 3.1-3.3 were read as no task
    tasks = central_tasks("ext_95.txt")
    for words in ("Rà soát, kiện toàn, nâng cao hiệu quả", "Phát huy vai trò của thiết chế hòa giải",
                  "Việc giải quyết tranh chấp lao động, đình công phải", "Chỉ đạo nghiên cứu, kiện toàn cơ chế"):
        [task] = having(tasks, words)
        assert task.assignees == ["Sở Lao động - Thương binh và Xã hội"], words
        assert task.coordinators[0] == "Liên đoàn Lao động tỉnh"  # the lead field's "phối hợp với ..."
    # "1.1. Tổ chức nghiên cứu ..." / "1.2. Nâng cao vai trò ..." / "Tuyên truyền ..." / "- Cơ quan thực hiện: ..." /
    # "- Thời gian thực hiện: ... hoàn thành trong quý II/2020": the item, its paragraph and the item before it
    for words in ("Tổ chức nghiên cứu, tuyên truyền", "Nâng cao vai trò, trách nhiệm", "Tuyên truyền nâng cao nhận thức"):
        [task] = having(tasks, words)
        assert task.assignees == ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố"], words
        assert task.deadline is not None and task.deadline.date.isoformat() == "2020-06-30"
    # an item whose lines are its fields alone is its block's task, whatever it opens with ("Căn cứ vào ...")
    [consult] = having(tasks, "hình thành các cơ chế tham vấn ba bên")
    assert consult.assignees == ["Sở Lao động - Thương binh và Xã hội"]
    assert consult.deadline is not None and consult.deadline.date.isoformat() == "2020-09-30"


def test_an_item_that_names_who_acts_keeps_its_own_name_beside_fielded_items():
    # Kế hoạch of Hà Nội on the Employment Law: "3. Xây dựng các văn bản ..." / "Sở, ban, ngành thuộc Ủy ban nhân dân
    # Thành phố có trách nhiệm rà soát, ..." comes before "4. Tổ chức kiểm tra ..." and its fields: it names its own
    tasks = tasks_of("hd_039.txt", "dev")
    [own] = having(tasks, "có trách nhiệm rà soát, tham mưu Ủy ban nhân dân Thành phố")
    assert own.assignees == ["Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố"]
    assert not having(tasks, "Xây dựng các văn bản quy")



def test_a_blocks_task_quotes_its_field_lines():
    # Cần Thơ's 2004 administrative-reform programme (the .doc original): "2.1. Cải cách thể chế hành chính :" / "- Cơ
    # quan chủ trì: Sở Tư pháp." / "- Cơ quan phối hợp: Văn phòng ủy ban nhân dân thành phố; Sở Nội vụ; ...": a title
    # that labels its fields is the block's task, its text the block with its field lines
    [reform] = having(tasks_of("hd_052.doc", "legacy"), "Cơ quan chủ trì: Sở Tư pháp")
    assert reform.assignees == ["Sở Tư pháp"] and reform.text.startswith("Cải cách thể chế hành chính")
    assert reform.coordinators[:2] == ["Văn phòng Ủy ban nhân dân thành phố", "Sở Nội vụ"]


def test_an_item_number_with_no_space_before_its_capital_opens_the_item():
    # "III. TỔ CHỨC THỰC HIỆN" / "1.Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố ... chủ động xây dựng
    # Kế hoạch ...": the item ran into the heading, which names no one
    [plans] = having(central_tasks("ext_95.txt"), "chủ động xây dựng Kế hoạch triển khai thực hiện")
    assert plans.assignees[:2] == ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố"]
    text = "II. NHIỆM VỤ\n1.Sở Tài chính chủ trì thẩm định.\n2. Giá trị 1.000 tỷ đồng được bố trí.\n"
    assert [it.marker for it in items(text, segment(text))][-2:] == ["1.", "2."]


def test_an_enacting_formula_in_capitals_is_no_part_of_the_basis_after_it():
    # "V/V BAN HÀNH CHƯƠNG TRÌNH ..." / "ỦY BAN NHÂN DÂN TỈNH KON TUM" / "Căn cứ Luật tổ chức chính quyền địa phương
    # ...": the formula and the first basis were one paragraph, read as a duty of "ỦY BAN ... Căn cứ Luật"
    assert not having(central_tasks("ext_95.txt"), "KON TUM")


def test_a_scope_label_on_whom_the_work_concerns_names_no_one():
    # Tổng cục Thuế's letter 3953/TCT-HTQT: "đề nghị Cục Thuế triển khai thực hiện:" / "1. Tiến hành xác minh ..., bao
    # gồm:" / "- Đối với cá nhân là đối tượng cư trú tại Việt Nam: Kiểm tra việc kê khai thu nhập ... của cá nhân ...":
    # the label's class is what the check is on (its head the object again), the Cục Thuế checks; a label longer than
    # a name's ("Đối với doanh nghiệp Việt Nam và doanh nghiệp nước ngoài có cơ sở thường trú tại Việt Nam:") too
    tasks = central_tasks("ext_97.txt")
    for words in ("Đối với cá nhân là đối tượng cư trú", "Đối với doanh nghiệp nước ngoài không có cơ sở"):
        [task] = having(tasks, words)
        assert task.assignees == ["Cục Thuế"], words
    # a body's own name after such a label still acts; a label that names a body names who acts
    [local] = having(tasks_of("bk_c3581fb6fc76.txt"), "Cơ quan thuế địa phương có trách nhiệm hướng dẫn")
    assert local.assignees == ["Cơ quan thuế địa phương"]
    duty = read_duty("Đối với Sở Y tế: Chủ trì kiểm tra các cơ sở khám bệnh, chữa bệnh trên địa bàn.")
    assert duty is not None and duty.assignees == ("Sở Y tế",)


def test_a_sentence_that_says_what_its_subject_is_states_no_work():
    # Nghị định 158/2026/NĐ-CP (establishing administrative organisations): "c) Cơ quan chuyên môn tham mưu quản lý nhà
    # nước về lĩnh vực tổ chức bộ máy thuộc Ủy ban nhân dân cấp tỉnh là cơ quan thẩm định đối với ...": the role the
    # text gives a body (the copula before a kind of body), no duty of "Cơ quan chuyên môn"
    tasks = central_tasks("ext_54.txt")
    assert not having(tasks, "là cơ quan thẩm định đối với") and not having(tasks, "là tổ chức thẩm định đối với")
    # a role and then a duty is the duty; a name given in brackets or a status recognised is no copula of the subject
    assert having(central_tasks("ext_48.txt"), "Bộ Nội vụ là cơ quan chủ quản của Nền tảng")  # "..., có trách nhiệm: ..."
    [repay] = having(central_tasks("ext_81.txt"), "phải trả hết nợ gốc vay tái cấp vốn")  # "(sau đây gọi là người ...)"
    assert repay.assignees == ["Ngân hàng Chính sách xã hội"]


def test_the_catch_all_of_a_list_of_duties_is_no_duty():
    # Quyết định of the Bộ Y tế issuing the rules of the National Medical Council: "g) Thực hiện các nhiệm vụ khác theo
    # phân công của Chủ tịch Hội đồng", "đ) Thực hiện các nhiệm vụ và quyền hạn khác theo phân công ...": other work,
    # stated elsewhere or later; six such were read as duties of the Council's members and boards
    tasks = central_tasks("ext_28.txt")
    assert not having(tasks, "Thực hiện các nhiệm vụ khác theo phân công")
    assert not having(tasks, "Thực hiện các nhiệm vụ và quyền hạn khác")
    # one that goes on with work of its own stays (Chỉ thị 21/CT-TTg's village heads: "h) Thực hiện các nhiệm vụ khác
    # theo quy định của pháp luật hoặc phối hợp với chính quyền địa phương cấp xã thực hiện ...")
    [further] = having(central_tasks("ext_32.txt"), "hoặc phối hợp với chính quyền địa phương cấp xã")
    assert further.assignees == ["Trưởng thôn, Tổ trưởng tổ dân phố"]


def test_an_articles_name_title_in_a_part_of_duties_names_who_acts():
    # Thông tư of the Bộ Công an on persons barred from leaving their residence: "Chương III" / "TRÁCH NHIỆM CỦA CÔNG AN
    # CÁC ĐƠN VỊ, ĐỊA PHƯƠNG ..." / "Điều 13. Cơ quan quản lý tạm giữ, tạm giam và cấm đi khỏi nơi cư trú Bộ Công an" /
    # "1. Tham mưu ban hành ...": the article's title names whose its clauses are, though the lexicon reads only
    # "Cơ quan quản lý" of it and the title is longer than a heading's name
    tasks = central_tasks("ext_46.txt")
    [advise] = having(tasks, "Tham mưu ban hành các văn bản quy phạm pháp luật")
    assert advise.assignees == ["Cơ quan quản lý tạm giữ, tạm giam và cấm đi khỏi nơi cư trú Bộ Công an"]
    [guide] = having(tasks, "Chỉ đạo nghiệp vụ, hướng dẫn Công an cấp xã")
    assert guide.assignees == ["Cơ quan quản lý tạm giữ, tạm giam và cấm đi khỏi nơi cư trú Công an cấp tỉnh"]
    # a part titled with a matter gives its articles' titles no such reading
    assert duties_part("Chương III TRÁCH NHIỆM CỦA CÔNG AN CÁC ĐƠN VỊ, ĐỊA PHƯƠNG TRONG THI HÀNH BIỆN PHÁP CẤM ĐI KHỎI")
    assert not duties_part("Chương II QUẢN LÝ, THEO DÕI NGƯỜI BỊ CẤM ĐI KHỎI NƠI CƯ TRÚ")


def test_the_list_of_what_a_dossier_holds_assigns_nothing():
    # Thông tư 66/2024/TT-BCA: "Hồ sơ đề nghị cấp gồm: Văn bản của đơn vị trực tiếp quản lý kèm theo danh sách cán bộ,
    # chiến sĩ đề nghị Cục Cảnh sát giao thông cấp Thẻ sát hạch viên; ...": the request is a paper the list describes
    tasks = tasks_of("ce_016.txt")
    assert not [t for t in tasks if t.text.startswith("Hồ sơ đề nghị")]
    # the same verb outside such a list assigns
    duty = read_duty("Về hồ sơ cấp thẻ, đề nghị Cục Cảnh sát giao thông hướng dẫn các đơn vị thực hiện thống nhất.")
    assert duty is not None and duty.assignees == ("Cục Cảnh sát giao thông",)


def test_a_credit_institution_is_a_body_not_the_verb_organise():
    # Thông tư 48/2018/TT-NHNN: "Tổ chức tín dụng đối chiếu, cập nhật các thông tin người gửi tiền ...": the compound
    # noun opens the sentence, no verb "tổ chức"; in a list of holders ("... Giám đốc chi nhánh tổ chức tín dụng, Tổng
    # Giám đốc (Giám đốc) chi nhánh ngân hàng nước ngoài ... chịu trách nhiệm", Thông tư 01/2014 as amended) it names
    # the branch's director, where "tổ chức" was read as his verb
    [check] = having(central_tasks("ext_92.txt"), "đối chiếu, cập nhật các thông tin người gửi tiền")
    assert check.assignees == ["Tổ chức tín dụng"]
    run = read_names("Giám đốc Sở Giao dịch, Giám đốc chi nhánh tổ chức tín dụng, Tổng Giám đốc chi nhánh ngân hàng nước "
                     "ngoài chịu trách nhiệm về công tác quản lý kho tiền")
    assert run is not None and run.names[1] == "Giám đốc chi nhánh tổ chức tín dụng"
    # the verb stays a verb ("Tổ chức tập huấn ..."), and a list of holders after a title of duties is split as before
    assert read_duty("Tổ chức tập huấn cho cán bộ, công chức về nghiệp vụ.") is None
    duties = [t for t in tasks_of("bk_1180a89cc49c.txt") if t.text.startswith("Cung cấp đầy đủ thông tin")]
    assert duties and duties[0].assignees[0] == "tổ chức tín dụng"


def test_before_a_year_is_by_the_end_of_the_year_before_it():
    # Quyết định 2530/QĐ-TTg's air-quality plan: "Hoàn thành việc di dời ... trước năm 2030": before 2030 starts; "trong
    # năm", "hết năm", "cuối năm" stay the year's own end, and a time column's bare year is that year's
    assert find_deadline("Hoàn thành việc di dời các cơ sở trước năm 2030.", doc_year=2025).date.isoformat() \
        == "2029-12-31"
    for cue in ("trong", "hết", "cuối"):
        assert find_deadline(f"Hoàn thành {cue} năm 2030.", doc_year=2025).date.isoformat() == "2030-12-31", cue
    assert column_deadline("Năm 2026", doc_year=2025).date.isoformat() == "2026-12-31"
    assert column_deadline("01/01/2026", doc_year=2025).date.isoformat() == "2026-01-01"
    [move] = having(tasks_of("bk_646f0a00d417.txt"), "Hoàn thành việc di dời các cơ sở không đáp ứng")
    assert move.deadline is not None and move.deadline.date.isoformat() == "2029-12-31"
