"""Tasks read from the document's structure, nineteenth round of issue 15: the body whose chief
proposed a text, which its basis names in full ("Theo đề nghị của Cục trưởng Cục ...;") and the
lexicon reads short where a clause opens with it. Each on the real document, with the shape
beside it that stays as it was.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.layout import segment
from extractors.pipeline import extract_text
from extractors.tasks.reading import (
    lists_examples,
    plan_subject,
    procedure_section,
    read_duty,
    step_subject,
    subject_clauses,
)
from extractors.tasks.outline import items
from extractors.tasks.roles import proposing_bodies, short_role_names
from real_documents import CORPUS, central_tasks, having, tasks_of


def test_the_proposing_body_named_in_the_basis_is_read_whole_where_it_acts():
    # Thông tư of Bộ Công an on cấm đi khỏi nơi cư trú: "Theo đề nghị của Cục trưởng Cục Cảnh sát quản lý tạm giữ, tạm
    # giam và thi hành án hình sự tại cộng đồng;" and "2. Cục Cảnh sát quản lý tạm giữ, ... có trách nhiệm hướng dẫn
    # ...": the name was cut at its comma ("Cục Cảnh sát quản lý")
    [guide] = having(central_tasks("ext_46.txt"), "có trách nhiệm hướng dẫn, theo dõi, tổ chức")
    assert guide.assignees == ["Cục Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng"]
    assert guide.action.startswith("có trách nhiệm hướng dẫn")


def test_the_proposing_body_after_a_basis_clause_states_its_step():
    # Thông tư of Bộ Công an on the cost of drafting rules: "Căn cứ Chương trình ..., Cục Pháp chế và cải cách hành
    # chính, tư pháp lập dự toán kinh phí ...": after the opener, the basis's body and its step; it was no task
    tasks = central_tasks("ext_47.txt")
    estimates = having(tasks, "lập dự toán kinh phí")
    assert ["Cục Pháp chế và cải cách hành chính, tư pháp"] in [t.assignees for t in estimates]
    [yearly] = having(tasks, "lập dự toán kinh phí gửi Cục Kế hoạch và tài chính")
    assert yearly.deadline is not None and yearly.deadline.recurrence == "FREQ=YEARLY"


def test_the_proposing_bodies_of_a_basis():
    # the name runs over the lines it wraps onto (they open in lower case), each chief's title opens one body, and the
    # paper that carried the proposal or the enacting formula on the same line ends it; a name the lexicon reads
    # whole is no addition
    wrapped = (CORPUS / "bulk" / "bk_b3bb1db5fda1.txt").read_text(encoding="utf-8")
    assert proposing_bodies(wrapped) == ["Cục Quản lý, giám sát chính sách thuế, phí và lệ phí"]
    two = "Theo đề nghị của Vụ trưởng Vụ Chính sách tiền tệ và Vụ trưởng Vụ Quản lý ngoại hối;\n"
    assert proposing_bodies(two) == ["Vụ Chính sách tiền tệ", "Vụ Quản lý ngoại hối"]
    paper = "Theo đề nghị của Cục trưởng Cục Quản lý giá tại Tờ trình số 12/TTr-QLG ngày 02 tháng 3 năm 2026;\n"
    assert proposing_bodies(paper) == ["Cục Quản lý giá"]
    enacting = "Theo đề nghị của Bộ trưởng Bộ Tài chính, Chính phủ ban hành Nghị định quy định chi tiết ...\n"
    assert proposing_bodies(enacting) == []
    assert proposing_bodies("Theo đề nghị của Bộ trưởng Bộ Y tế;\n") == []
    assert proposing_bodies("a) Theo đề nghị của chủ tài khoản.\n") == []


def test_a_name_the_basis_does_not_give_stays_as_read():
    # without the basis line, the same clause keeps the name the lexicon reads
    text = ("BỘ CÔNG AN\nSố: 01/2026/TT-BCA\nTHÔNG TƯ\nQuy định ...\n"
            "Điều 5. Trách nhiệm thi hành\n"
            "Cục Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng có trách nhiệm hướng dẫn, "
            "theo dõi việc thực hiện Thông tư này.\n")
    with_basis = text.replace("Quy định ...\n", "Quy định ...\nTheo đề nghị của Cục trưởng Cục Cảnh sát quản lý tạm "
                                                "giữ, tạm giam và thi hành án hình sự tại cộng đồng;\n")
    [before] = extract_text(text).tasks
    [after] = extract_text(with_basis).tasks
    assert before.assignees != after.assignees
    assert after.assignees == ["Cục Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng"]


def test_a_role_a_regulation_defines_runs_whole_whatever_reading_found_its_duty():
    # Thông tư on driving schools: "Người đứng đầu cơ sở đào tạo lái xe có thẩm quyền cấp Chứng chỉ ...": the name
    # ran to the role the regulation defines only when the first reading found the duty
    [issuing] = having(tasks_of("ce_016.txt"), "có thẩm quyền cấp Chứng chỉ tốt nghiệp")
    assert issuing.assignees == ["Người đứng đầu cơ sở đào tạo lái xe"]


def test_bare_heads_run_on_through_where_they_act():
    # Thông tư 03/2024/TT-BLĐTBXH: "Doanh nghiệp, đơn vị nơi thực hiện các hoạt động nêu trên có trách nhiệm cung cấp
    # ...": heads that say not which run on through where they stand to their duty; the name was "Doanh nghiệp, đơn vị
    # nơi". A body's own name needs no place: "Chủ tịch Ủy ban nhân dân cấp xã nơi xảy ra vụ việc" stays as read
    [invoices] = having(central_tasks("ext_59.txt"), "có trách nhiệm cung cấp cho người lao động")
    assert invoices.assignees == ["Doanh nghiệp, đơn vị nơi thực hiện các hoạt động nêu trên"]
    assert read_names("Ủy ban nhân dân cấp xã nơi cư trú có trách nhiệm xác nhận.").names == ("Ủy ban nhân dân cấp xã",)


def test_an_agent_of_the_bases_passive_is_not_the_clauses_subject():
    # the same Thông tư: "Căn cứ dự án được Bộ trưởng, Thủ trưởng cơ quan trung ương phê duyệt, cơ quan, đơn vị thực
    # hiện dự án phối hợp với chính quyền địa phương ...": the second agent of "được ... phê duyệt" was read as the
    # subject ("Thủ trưởng cơ quan trung ương" | "phê duyệt, cơ quan, ...")
    [notice] = having(central_tasks("ext_59.txt"), "phối hợp với chính quyền địa phương nơi triển khai dự án thông báo")
    assert notice.assignees == ["cơ quan, đơn vị thực hiện dự án"]
    # after "của", the list of owners was already passed over; a clause's own subject after the opener stays
    duty = read_duty("Căn cứ kế hoạch được Bộ Tài chính phê duyệt, Sở Tài chính hướng dẫn các đơn vị thực hiện.")
    assert duty is not None and duty.assignees == ("Sở Tài chính",)


def test_a_thing_handed_to_someone_is_no_name():
    # Thông tư on tiền gửi tiết kiệm: "... và giao Thẻ tiết kiệm cho người gửi tiền": after "giao", the capitalised
    # thing handed over was read as the body given the work ("Thẻ tiết kiệm cho người" | "gửi tiền"), for its article's
    # clauses too; "Trị giá cho vay ... phải nằm trong dự toán" (Nghị định on lending abroad) likewise
    assert not any("Thẻ tiết kiệm" in " ".join(t.assignees) for t in central_tasks("ext_92.txt"))
    assert not having(central_tasks("ext_44.txt"), "phải nằm trong dự toán cho vay")
    assert read_duty("Nhận tiền gửi tiết kiệm và giao Thẻ tiết kiệm cho người gửi tiền") is None
    # a body given the work, named by its shape, stays one: "Giao Ban Quản lý dự án Nhà ga ... chủ trì"
    duty = read_duty("Giao Ban Quản lý dự án Nhà ga T3 chủ trì, phối hợp với các đơn vị liên quan triển khai.")
    assert duty is not None and duty.assignees[0].startswith("Ban Quản lý dự án")


def test_an_owner_inside_a_scope_headings_name_is_no_second_holder():
    # Nghị định on tương trợ tư pháp về dân sự: "Điều 22. Trách nhiệm của cơ quan, tổ chức, cá nhân có liên quan của
    # Việt Nam trong hoạt động tương trợ tư pháp về dân sự": a "của" inside a name says whose; only after a comma or
    # "và" does it open one more holder. The heading gave "Việt Nam trong hoạt động ..." as a second holder
    [notice] = having(central_tasks("ext_87.txt"), "Thông báo cho người có nghĩa vụ nộp chi phí")
    assert notice.assignees[0] == "cơ quan, tổ chức, cá nhân có liên quan của Việt Nam"
    assert not any(a.startswith("Việt Nam") for a in notice.assignees)


def test_the_names_a_collective_short_name_stands_for_act():
    # Thông tư of the Ngân hàng Nhà nước amending vault rules: "1. Cục trưởng Cục Phát hành và Kho quỹ, ..., Giám đốc
    # Ngân hàng Nhà nước chi nhánh; người đứng đầu đơn vị được giao quản lý kho tiền ..., Tổng Giám đốc (Giám đốc) chi
    # nhánh ngân hàng nước ngoài (sau đây gọi chung là Giám đốc) chịu trách nhiệm ..., có nhiệm vụ:" over "a) Trang bị
    # ...": the list's semicolon kept its items from any holder
    tasks = having(central_tasks("ext_70.txt"), "Trang bị những phương tiện, thiết bị đảm bảo an toàn")
    [equip] = tasks
    assert equip.assignees[:3] == ["Cục trưởng Cục Phát hành và Kho quỹ", "Chi cục trưởng Chi cục Phát hành và Kho quỹ",
                                   "Giám đốc Sở Giao dịch"]
    assert equip.assignees[-1] == "Giám đốc" and "người đứng đầu đơn vị" not in equip.assignees
    # a short name for one ("sau đây gọi tắt là") stays the one who acts
    [ledger] = having(central_tasks("ext_70.txt"), "Tổ chức hạch toán tiền mặt")
    assert ledger.assignees == ["Trưởng phòng Kế toán"]


def test_in_an_article_of_a_procedure_a_bodys_clause_is_its_step_whatever_its_verb():
    # Quyết định 62/2011/QĐ-TTg, "Điều 7. Hồ sơ, trình tự giải quyết chế độ trợ cấp": "e) Bộ Tư lệnh quân khu ra quyết
    # định hưởng chế độ trợ cấp ...": the article's title says its clauses are steps, whatever their verb. Outside such
    # an article a clause whose verb is on no list ("xét hưởng chế độ") stays no duty
    tasks = central_tasks("ext_39.txt")
    [decision] = having(tasks, "Bộ Tư lệnh quân khu ra quyết định hưởng chế độ")
    assert decision.assignees == ["Bộ Tư lệnh quân khu"]
    assert procedure_section("Hồ sơ, trình tự giải quyết chế độ trợ cấp")
    assert procedure_section("Quy trình, thủ tục bổ nhiệm, bổ nhiệm lại")
    assert procedure_section("Thẩm quyền và quy trình, trách nhiệm giải quyết chế độ hỗ trợ")
    assert not procedure_section("Cắt giảm, đơn giản hóa thủ tục hành chính")
    assert not procedure_section("Tái cấu trúc các bước của quy trình giải quyết")
    text = ("BỘ QUỐC PHÒNG\nSố: 01/2026/TT-BQP\nTHÔNG TƯ\nQuy định ...\nĐiều 7. {title}\n"
            "1. Bộ Tư lệnh quân khu xét hưởng chế độ trợ cấp một lần đối với các đối tượng.\n")
    assert [t.assignees for t in extract_text(text.format(title="Trình tự giải quyết chế độ")).tasks] == [
        ["Bộ Tư lệnh quân khu"]]
    assert extract_text(text.format(title="Chế độ trợ cấp")).tasks == []
    # a clause that says what the body is states no step ("... là cơ quan thẩm định")
    assert step_subject("Sở Tư pháp là cơ quan thẩm định hồ sơ.") is None


def test_in_an_attached_plan_bare_heads_under_their_determiner_own_their_action():
    # Nghị quyết 105/NQ-CP's attached Chương trình hành động, "II. NHIỆM VỤ, GIẢI PHÁP" / "1. ..." / "a) Các bộ, ngành,
    # địa phương tăng cường công tác lãnh đạo, chỉ đạo ...": no heading names who acts and the sentence holds no word
    # only a duty takes, so the item was left out as a regulation's would be
    tasks = central_tasks("ext_41.txt")
    [lead] = having(tasks, "tăng cường công tác lãnh đạo, chỉ đạo việc quán triệt")
    assert lead.assignees == ["Các bộ, ngành, địa phương"]
    assert plan_subject("Các bộ, ngành, địa phương tăng cường công tác lãnh đạo, chỉ đạo.")
    assert not plan_subject("Các văn bản quy phạm pháp luật được rà soát, hệ thống hóa.")


def test_a_person_named_by_what_they_do_must_do_it():
    # Luật Khiếu nại's decree: "Người chủ trì đối thoại phải tiến hành đối thoại trực tiếp ..."; Quyết định 08/2022:
    # "Người lao động phải kê khai trung thực ...": a name outside the lexicon, shaped as an agent ("người" or "nhà" +
    # what they do), then "phải": only a word of responsibility made it a subject before
    [dialogue] = having(central_tasks("ext_43.txt"), "phải tiến hành đối thoại trực tiếp")
    assert dialogue.assignees == ["Người chủ trì đối thoại"]
    [declare] = having(central_tasks("ext_37.txt"), "phải kê khai trung thực")
    assert declare.assignees == ["Người lao động"]
    # one who had to, and is given something for it, is no subject of a duty (Quyết định 34/2025/QĐ-TTg)
    assert read_duty("Người lao động phải về nước trước hạn có nhu cầu được đào tạo chuyển đổi nghề, được hỗ trợ "
                     "chi phí đào tạo.") is None
    assert read_duty("Hồ sơ đề nghị phải được gửi trước ngày 30 tháng 6.") is None


def test_a_company_officer_is_named_whole():
    # Nghị định 53/2016/NĐ-CP as amended: "... thì yêu cầu Hội đồng thành viên, Chủ tịch công ty sửa đổi, điều chỉnh":
    # "ty" was no word of a name, so the officer read "Chủ tịch công" and the action "ty sửa đổi"
    assert read_names("Hội đồng thành viên hoặc Chủ tịch công ty chỉ đạo sửa đổi.").names == (
        "Hội đồng thành viên", "Chủ tịch công ty")
    assert not any(t.action.startswith("ty ") for t in central_tasks("ext_77.txt"))


def test_a_body_that_asks_in_a_consequence_acts_itself():
    # Thông tư of Bộ Công an on cấm đi khỏi nơi cư trú: "Trường hợp ..., Trưởng Công an cấp xã chỉ đạo xác minh, ...;
    # lập biên bản, xử lý vi phạm (nếu có) hoặc đề nghị cơ quan, người ra lệnh cấm đi khỏi nơi cư trú giải quyết ...":
    # the "đề nghị" is the Trưởng's own act; the one asked ("cơ quan, người", cut short besides) was read as who acts
    tasks = central_tasks("ext_46.txt")
    assert not any(t.assignees == ["cơ quan, người"] for t in tasks)
    [verify] = having(tasks, "chỉ đạo xác minh, điểm danh, kiểm diện")
    assert verify.assignees == ["Trưởng Công an cấp xã"]
    # with no name opening the consequence, the one asked acts, as before
    duty = read_duty("Trường hợp phát hiện sai sót thì đề nghị Sở Tài chính kiểm tra, xử lý.")
    assert duty is not None and duty.assignees == ("Sở Tài chính",)


def test_an_agent_inside_the_subject_of_a_referral_leads_nothing():
    # Thông tư of Bộ Nông nghiệp và Môi trường on the cost of drafting rules: "1. Danh mục nhiệm vụ, ... thông tư, thông
    # tư liên tịch do Bộ Nông nghiệp và Môi trường chủ trì soạn thảo thực hiện theo Phụ lục I ...": "do Bộ ... chủ trì
    # soạn thảo" says which texts; the sentence refers the reader to an appendix. It was read as the Bộ chairing the
    # list
    assert not having(central_tasks("ext_72.txt"), "Danh mục nhiệm vụ, hoạt động và định mức")
    # a conference "do Đoàn Chủ tịch ... triệu tập và chủ trì được thực hiện theo ..." is still convened by that body
    [third] = having(tasks_of("ce_006.txt"), "triệu tập và chủ trì hội nghị hiệp thương lần thứ ba ở trung ương")
    assert third.assignees == ["Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]


def test_a_clause_after_a_semicolon_with_its_own_subject_is_a_duty_of_its_own():
    # Thông tư liên tịch 29/2025 on trợ giúp pháp lý: "Hàng năm, Sở Tài chính, Công an, Tòa án nhân dân, Viện kiểm sát
    # nhân dân cấp tỉnh gửi báo cáo ... cho Sở Tư pháp; Bộ Tư lệnh ... gửi báo cáo ..." and Quyết định 1713/QĐ-BNNMT's
    # plan: "...; Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân phê duyệt ...": one duty per clause, each its own
    # subject's; a list of names before the execution formula stays one ("Chánh Văn phòng ...; Giám đốc ...; Thủ
    # trưởng ... chịu trách nhiệm thi hành Quyết định này")
    clauses = subject_clauses("Sở Tài chính chủ trì tổng hợp dự toán gửi Bộ Tài chính; Sở Nội vụ hướng dẫn các đơn vị "
                              "rà soát biên chế.")
    assert clauses == ["Sở Tài chính chủ trì tổng hợp dự toán gửi Bộ Tài chính", "Sở Nội vụ hướng dẫn các đơn vị rà "
                                                                                  "soát biên chế."]
    execution = "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tư pháp; Thủ trưởng các cơ quan có liên quan chịu " \
                "trách nhiệm thi hành Quyết định này."
    assert subject_clauses(execution) == [execution]
    [province] = having(tasks_of("bk_646f0a00d417.txt"), "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân phê duyệt")
    assert province.assignees == ["Ủy ban nhân dân cấp tỉnh"]


def test_paying_is_an_act_not_a_branch():
    # Quyết định 28/2021/QĐ-TTg, "Điều 3. Trình tự, thủ tục thực hiện": "c) Trong thời hạn 10 ngày làm việc ..., cơ quan
    # bảo hiểm xã hội chi trả tiền hỗ trợ cho người lao động": "chi" is a word of names ("chi nhánh"), so the name ran
    # on ("cơ quan bảo hiểm xã hội chi" | "trả tiền ..."); past the step's time, a lower-case name that says which body
    assert read_names("cơ quan bảo hiểm xã hội chi trả tiền hỗ trợ").names == ("cơ quan bảo hiểm xã hội",)
    assert read_names("Chi nhánh Ngân hàng Chính sách xã hội chi trả tiền").names == (
        "Chi nhánh Ngân hàng Chính sách xã hội",)
    paid = having(central_tasks("ext_08.txt"), "chi trả tiền hỗ trợ cho người lao động")
    assert paid and all(t.assignees == ["cơ quan bảo hiểm xã hội"] for t in paid)


def test_the_cases_a_lead_in_lists_are_no_duties():
    # Thông tư 48/2018/TT-NHNN: "4. Tổ chức tín dụng hướng dẫn thủ tục chi trả đối với các trường hợp chi trả sau đây
    # ...:" over "a) Chi trả tiền gửi tiết kiệm theo thừa kế;": the items are the cases the lead-in's duty covers
    tasks = central_tasks("ext_92.txt")
    assert not having(tasks, "Chi trả tiền gửi tiết kiệm theo thừa kế")
    [guide] = having(tasks, "hướng dẫn thủ tục chi trả đối với các trường hợp")
    assert guide.assignees == ["Tổ chức tín dụng"]
    assert lists_examples("Sở Tài chính hướng dẫn thủ tục đối với các trường hợp sau đây:")
    assert not lists_examples("Sở Tài chính thực hiện các nhiệm vụ sau đây:")


def test_a_parts_heading_closes_the_items_before_it():
    # Thông tư 66/2024/TT-BCA: "2. Cơ quan giải quyết thủ tục hành chính có trách nhiệm ..." then "Chương V BỒI DƯỠNG VÀ
    # CẤP CHỨNG CHỈ ...": the part's heading was nested under the clause before it, which then read as a heading
    text = (CORPUS / "central" / "ce_016.txt").read_text(encoding="utf-8")
    its = items(text, segment(text))
    part = next(i for i, it in enumerate(its) if it.text.startswith("Chương V BỒI DƯỠNG"))
    assert its[part].parent is None
    clause = next(i for i, it in enumerate(its) if it.text.startswith("Cơ quan giải quyết thủ tục hành chính có"))
    assert not its[clause].is_heading


def test_a_duty_stated_before_the_clause_that_opens_its_list_of_work_is_a_task():
    # Nghị định on tương trợ tư pháp về dân sự: "Trong thời hạn 20 ngày ..., Bộ Tư pháp có trách nhiệm vào sổ hồ sơ ...,
    # kiểm tra điều kiện hợp lệ của hồ sơ ... và thực hiện các công việc sau đây:": the lead-in states its own duty
    # before the clause that opens the list; as a heading it was left out
    entries = having(central_tasks("ext_87.txt"), "có trách nhiệm vào sổ hồ sơ yêu cầu tương trợ tư pháp")
    [entry] = [t for t in entries if t.assignees == ["Bộ Tư pháp"]]
    assert entry.deadline is not None and entry.deadline.kind == "relative"


def test_a_clause_heading_that_is_all_the_proposing_body_names_who_acts():
    # Thông tư 10/2021/TT-NHNN (tái cấp vốn): "Điều 9. Trách nhiệm các đơn vị ..." / "1. Vụ Chính sách tiền tệ" / "a)
    # Đầu mối trình Thống đốc ...": the lexicon reads the heading as no name ("tiền tệ"), the basis names that body
    # ("Theo đề nghị của Vụ trưởng Vụ Chính sách tiền tệ"); an article titled with a role it sets rules for stays so
    tasks = having(central_tasks("ext_81.txt"), "Đầu mối")
    assert [t.assignees for t in tasks if t.action.startswith("Đầu mối trình")] == [["Vụ Chính sách tiền tệ"]]


def test_a_clause_heading_among_names_is_a_name_by_its_position():
    # Thông tư 10/2021/TT-NHNN: "Điều 9. Trách nhiệm các đơn vị thuộc Ngân hàng Nhà nước" / "2. Cơ quan Thanh tra, giám
    # sát ngân hàng" among "3. Sở Giao dịch Ngân hàng Nhà nước", "4. Vụ Tài chính - Kế toán", ...: the comma and the
    # verb in the unit's name made it no name; its siblings are names, so it is one
    supervise = having(central_tasks("ext_81.txt"), "Giám sát, thanh tra và xử lý vi phạm theo thẩm quyền đối với Ngân")
    assert [t.assignees for t in supervise] == [["Cơ quan Thanh tra, giám sát ngân hàng"]]
    # Chỉ thị 11/CT-TTg (2020): "d) Bộ Giao thông vận tải" among the ministries of its section
    [disburse] = having(central_tasks("ext_73.txt"), "hoàn thành thủ tục và thúc day giải ngân")
    assert disburse.assignees == ["Bộ Giao thông vận tải"]


def test_past_a_steps_time_a_lower_case_body_takes_any_verb():
    # Quyết định 08/2022/QĐ-TTg, "Điều 7. Trình tự, thủ tục thực hiện": "Trong 02 ngày làm việc, kể từ ngày nhận được
    # đề nghị, cơ quan bảo hiểm xã hội xác nhận việc tham gia bảo hiểm xã hội bắt buộc ...": "xác nhận" is on no list
    [confirm] = having(central_tasks("ext_37.txt"), "xác nhận việc tham gia bảo hiểm xã hội bắt buộc")
    assert confirm.assignees == ["cơ quan bảo hiểm xã hội"]
    # bare heads say not which body
    assert step_subject("Trong 02 ngày làm việc, kể từ ngày nhận hồ sơ, các đơn vị xác nhận hồ sơ.") is None


def test_a_budgets_allocation_is_a_step():
    # Quyết định 22/2013/QĐ-TTg: "Căn cứ số vốn được Ủy ban nhân dân cấp tỉnh phân bổ, Ủy ban nhân dân cấp huyện phân bổ
    # vốn hỗ trợ cho cấp xã;": after a body's own name, allocating is its step; the agent of the basis's passive is not
    tasks = central_tasks("ext_23.txt")
    [district] = having(tasks, "phân bổ vốn hỗ trợ cho cấp xã")
    assert district.assignees == ["Ủy ban nhân dân cấp huyện"]


def test_a_one_syllable_step_after_a_proper_name_ends_it():
    # Thông tư of Bộ Tài chính on the Red Cross's project: "..., Hội Chữ thập đỏ Việt Nam lập dự toán kinh phí của Dự
    # án ...": "lập" is a word of names too ("công lập"), so the name ran on ("... Việt Nam lập dự"); a level after a
    # proper name ("... Việt Nam cấp tỉnh") and a compound ("Độc lập - Tự do") stay as they were
    assert read_names("Hội Chữ thập đỏ Việt Nam lập dự toán kinh phí.").names == ("Hội Chữ thập đỏ Việt Nam",)
    assert read_names("Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh chủ trì.").names == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh",)
    [estimate] = having(central_tasks("ext_19.txt"), "Hội Chữ thập đỏ Việt Nam lập dự toán kinh phí của Dự án")
    assert estimate.assignees == ["Hội Chữ thập đỏ Việt Nam"]


def test_a_names_time_limit_set_off_by_commas_leaves_it_the_subject():
    # Quyết định 62/2011/QĐ-TTg: "Cục Chính trị quân khu, trong thời hạn 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ
    # hợp lệ ... do Bộ Chỉ huy quân sự cấp tỉnh báo cáo, hoàn thành việc thẩm định, trình ...": the time sits between
    # the name and its action
    reviews = having(central_tasks("ext_18.txt"), "hoàn thành việc thẩm định, trình Thủ trưởng Bộ Tư lệnh")
    [review] = [t for t in reviews if t.assignees == ["Cục Chính trị quân khu"]]
    assert review.deadline is not None and review.deadline.kind == "relative"
    # a name and a comma before anything else stays as read ("Sở Tư pháp, Sở Nội vụ ...": a list)
    duty = read_duty("Sở Tư pháp, Sở Nội vụ hướng dẫn các đơn vị thực hiện.")
    assert duty is not None and duty.assignees == ("Sở Tư pháp", "Sở Nội vụ")


def test_bare_heads_qualified_by_what_is_done_to_them_run_on_to_their_duty():
    # Nghị định on tương trợ tư pháp về dân sự: "4. Cơ quan được lấy ý kiến có trách nhiệm trả lời bằng văn bản ...":
    # the head says not which body, the passive after it does, up to what it must do; "được" before anything else a
    # body must do stays what it is given ("Doanh nghiệp được hỗ trợ ... theo quy định" is no name)
    [answer] = having(central_tasks("ext_87.txt"), "có trách nhiệm trả lời bằng văn bản trong thời hạn 10 ngày")
    assert answer.assignees == ["Cơ quan được lấy ý kiến"]
    assert read_names("các địa phương được bồi dưỡng các năng lực cần thiết.").names == ("các địa phương",)


def test_a_short_name_the_text_gives_a_role_is_one_of_its_roles():
    # Nghị định on khám bệnh, chữa bệnh licences: "(sau đây viết tắt là cơ quan cấp giấy phép hoạt động)", then "... cơ
    # quan cấp giấy phép hoạt động phải có văn bản gửi cơ sở đề nghị ...": the role's head and what says which; a bare
    # head ("đơn vị"), a thing ("Quỹ", "Thẻ tiết kiệm") or a text is no role
    assert short_role_names("Bộ Y tế, Sở Y tế (sau đây viết tắt là cơ quan cấp giấy phép hoạt động) thẩm định.") == [
        "cơ quan cấp giấy phép hoạt động"]
    assert short_role_names("Quỹ Hỗ trợ việc làm ngoài nước (sau đây được viết tắt là Quỹ); các cơ quan, tổ chức (sau "
                            "đây gọi tắt là đơn vị); Thông tư số 26/2016/TT-BLĐTBXH (sau đây gọi tắt là Thông tư số "
                            "26)") == []
    letters = having(central_tasks("ext_64.txt"), "phải có văn bản gửi cơ sở đề nghị")
    assert letters and all(t.assignees[0].lower() == "cơ quan cấp giấy phép hoạt động" for t in letters)


def test_a_name_qualified_by_the_provision_that_says_which_runs_to_its_responsibility():
    # Thông tư on vận tải hàng hóa siêu trường: "b) Trong thời hạn 02 ngày, ..., cơ quan có thẩm quyền quy định tại
    # khoản 4 Điều này có trách nhiệm tổ chức kiểm tra, phê duyệt phương án ...": "tại khoản 4" cites where the body
    # is named, no aside; a reference to the text itself names no one more closely, so the name ends before it
    [approve] = having(central_tasks("ext_04.txt"), "có trách nhiệm tổ chức kiểm tra, phê duyệt phương án")
    assert approve.assignees == ["cơ quan có thẩm quyền"]
    # an aside after the stop word ("trong phạm vi ...") is no part of the name
    duty = read_duty("Cơ quan quản lý trong phạm vi nhiệm vụ được giao có trách nhiệm kiểm tra.")
    assert duty is not None and duty.assignees == ("Cơ quan quản lý",)
