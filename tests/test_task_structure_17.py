"""Tasks read from the document's structure, seventeenth round of issue 15 (from the misses of
task_tuning_set_18, central texts annotated blind): a name the document makes by repeating it;
the last duty of a decree under the heading of its effect; an article's title of duties above a
lead-in of its own; a standing rule's dates that recur each year. Each on the real document,
with the shape beside it that stays as it was.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.deadlines import find_deadline
from extractors.pipeline import extract_text
from extractors.tasks.reading import (
    criteria_section,
    named_subject,
    ownerless_duties,
    part_name,
    read_duty,
    refers_only,
    scope_names,
    whole_name,
)
from extractors.tasks.repeated import name_in_full, qualified_names
from models.extraction import Span, Task
from real_documents import FIXTURES, central_tasks, having


def _tasks(head: str, sentences: list[str]) -> list[Task]:
    """Tasks as the sentence readers give them: the head the lexicon reads, the rest its action."""
    return [Task(assignees=[head], action=s[len(head):].strip(), text=s, span=Span(start=0, end=len(s)))
            for s in sentences]


def test_a_name_the_document_repeats_is_read_in_full():
    # Thông tư 03/2024/TT-BLĐTBXH: "Cơ quan, đơn vị thực hiện dự án tổ chức thực hiện ...", "... thông báo ...",
    # "... xây dựng ..."; "Đơn vị chủ trì liên kết lập hồ sơ ...", "... phối hợp ...", "... tổng hợp ..."; the lexicon
    # read "Cơ quan, đơn vị" and "Đơn vị" and took the rest for the action
    tasks = central_tasks("ext_59.txt")
    [notice] = having(tasks, "thông báo kế hoạch lựa chọn đơn vị đặt hàng")
    assert notice.assignees == ["Cơ quan, đơn vị thực hiện dự án"]
    assert notice.action.startswith("thông báo kế hoạch")
    [dossier] = having(tasks, "lập hồ sơ đề nghị dự án theo quy định tại khoản 2 Điều 21")
    assert dossier.assignees == ["Đơn vị chủ trì liên kết"]
    assert not [t for t in tasks if t.action.startswith(("thực hiện dự án ", "chủ trì liên kết "))]
    read = _tasks("Cơ quan, đơn vị", [
        "Cơ quan, đơn vị thực hiện dự án tổ chức thực hiện dự án theo quy định tại khoản 6 Điều 21.",
        "Cơ quan, đơn vị thực hiện dự án thông báo kế hoạch lựa chọn đơn vị đặt hàng.",
        "Cơ quan, đơn vị thực hiện dự án xây dựng dự án theo Mẫu số 01 Phụ lục."])
    assert qualified_names(read) == {"cơ quan, đơn vị": ("thực hiện dự án",)}
    assert name_in_full(read[1], qualified_names(read)).action == "thông báo kế hoạch lựa chọn đơn vị đặt hàng."


def test_what_sentences_share_before_no_verb_of_their_own_names_no_one():
    # a shared first verb ("thực hiện") or a duty ("có trách nhiệm") is the sentences' own; where they part on no verb
    # ("... nghiên cứu quy định tại khoản 6 ...", "... tại Điều 3 ..."), the words are the action's
    assert qualified_names(_tasks("Các đơn vị", [
        "Các đơn vị thực hiện kiểm tra việc chấp hành.", "Các đơn vị thực hiện báo cáo định kỳ."])) == {}
    assert qualified_names(_tasks("Doanh nghiệp", [
        "Doanh nghiệp có trách nhiệm lập hồ sơ.", "Doanh nghiệp có trách nhiệm gửi báo cáo."])) == {}
    assert qualified_names(_tasks("Công ty", [
        "Công ty nghiên cứu quy định tại khoản 6 Điều 16 Luật Thuế xuất khẩu.",
        "Công ty nghiên cứu quy định tại Điều 3, Điều 5 Luật Thuế giá trị gia tăng."])) == {}
    # one sentence alone says nothing
    assert qualified_names(_tasks("Cơ quan, đơn vị", ["Cơ quan, đơn vị thực hiện dự án tổ chức thực hiện."])) == {}


def test_the_effect_article_holds_a_bodys_last_duty():
    # Nghị định 182/2026/NĐ-CP, "Điều 10. Hiệu lực thi hành" / "2. Bộ Giáo dục và Đào tạo có trách nhiệm rà soát, đề
    # xuất ..." / "3. Việc thực hiện chế độ ... chịu sự kiểm tra ... Bộ Giáo dục và Đào tạo phối hợp với ..."
    tasks = central_tasks("ext_56.txt")
    [review] = having(tasks, "có trách nhiệm rà soát, đề xuất Chính phủ điều chỉnh")
    assert review.assignees == ["Bộ Giáo dục và Đào tạo"]
    [check] = having(tasks, "phối hợp với các bộ, ngành, địa phương có liên quan chỉ đạo kiểm tra")
    assert check.assignees == ["Bộ Giáo dục và Đào tạo"]
    # the effect itself ("1. Nghị định này có hiệu lực thi hành từ ngày ...") is no one's duty
    assert not having(tasks, "có hiệu lực thi hành")


def test_a_title_of_duties_names_who_acts_above_its_own_lead_in():
    # Nghị định 121/2026/NĐ-CP, "Điều 20. Thẩm quyền và trách nhiệm của Bộ trưởng, Thủ trưởng cơ quan ngang bộ" /
    # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ thực hiện thẩm quyền, trách nhiệm sau:" / "1. Trình cơ quan ..."; the
    # title and the lead-in were read as one name. "Điều 19. Thẩm quyền và trách nhiệm của Bộ trưởng Bộ Nội vụ": powers
    # and duties, a title of duties
    tasks = central_tasks("ext_54.txt")
    [criteria] = having(tasks, "quy định cụ thể tiêu chí thành lập tổ chức hành chính theo ngành")
    assert criteria.assignees == ["Bộ trưởng", "Thủ trưởng cơ quan ngang bộ"]
    [update] = having(tasks, "Tổng hợp, cập nhật thông tin về tổ chức hành chính trong phạm vi cả nước")
    assert update.assignees == ["Bộ trưởng Bộ Nội vụ"]


def test_a_standing_rules_day_and_month_recur_every_year():
    # Nghị định 140/2026/NĐ-CP: "Ủy ban nhân dân cấp tỉnh ... gửi ... trước ngày 01 tháng 5": each year's report
    [send] = having(central_tasks("ext_55.txt"), "trước ngày 01 tháng 5")
    assert send.deadline is not None and send.deadline.kind == "recurring"
    assert send.deadline.recurrence == "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1"
    sentence = "Sở Tài chính báo cáo trước ngày 01 tháng 5."
    standing = find_deadline(sentence, doc_year=2026, standing=True)
    assert standing is not None and standing.recurrence == "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1"
    assert str(standing.date) == "2026-05-01"  # the first of them
    # in a letter or a plan (its number holds no year) the date is this year's, once
    once = find_deadline(sentence, doc_year=2026)
    assert once is not None and once.kind == "absolute" and once.recurrence is None
    # a year printed is one day, in a standing rule too
    dated = find_deadline("Sở Tài chính báo cáo trước ngày 01 tháng 5 năm 2027.", doc_year=2026, standing=True)
    assert dated is not None and dated.kind == "absolute" and str(dated.date) == "2027-05-01"


def test_a_legal_texts_number_makes_it_standing():
    # the pipeline reads a standing rule by its number: 140/2026/NĐ-CP holds its year
    text = (FIXTURES / "central_texts" / "ext_55.txt").read_text(encoding="utf-8")
    assert any(t.deadline and t.deadline.recurrence and "BYMONTH=5" in t.deadline.recurrence
               for t in extract_text(text).tasks)
    letter = text.replace("Số: 140/2026/NĐ-CP", "Số: 140/NĐ-CP")
    assert not any(t.deadline and t.deadline.recurrence and "BYMONTH=5" in t.deadline.recurrence
                   for t in extract_text(letter).tasks)



def test_bare_heads_joined_by_a_comma_are_one_name():
    # Nghị định 121/2026/NĐ-CP: "Cơ quan, tổ chức đề nghị thành lập tổ chức hành chính phải gửi dự thảo đề án ...";
    # "tổ chức" after a bare head and its comma is one more head, not the verb "organise"
    tasks = central_tasks("ext_54.txt")
    [send] = having(tasks, "phải gửi dự thảo đề án, tờ trình")
    assert send.assignees == ["Cơ quan, tổ chức đề nghị thành lập tổ chức hành chính"]
    # Nghị quyết 19/2026/NQ-CP: "Bộ, cơ quan ngang bộ, các cơ quan, tổ chức khác ... có trách nhiệm chủ trì ..."
    [lead] = having(central_tasks("ext_50.txt"), "có trách nhiệm chủ trì hoặc phối hợp")
    assert lead.assignees == ["Bộ, cơ quan ngang bộ", "các cơ quan, tổ chức khác"]
    # after a body's own name, "tổ chức" is its verb
    duty = read_duty("Sở Y tế, tổ chức kiểm tra việc thực hiện.")
    assert duty is None or duty.assignees != ("Sở Y tế, tổ chức",)


def test_a_conditions_list_of_heads_opens_no_clause():
    # Nghị định 140/2026/NĐ-CP: "Trường hợp cơ quan, đơn vị, tổ chức có văn bản giải trình ..., chỉ thực hiện dừng chi
    # ...": the commas of the condition's subject are its list, no clause opens at "đơn vị, tổ chức"
    assert read_duty("Trường hợp cơ quan, đơn vị, tổ chức có văn bản giải trình nguyên nhân không chấp hành đầy đủ, "
                     "chỉ thực hiện dừng chi ngân sách nhà nước của đơn vị đó.") is None
    assert not having(central_tasks("ext_55.txt"), "có văn bản giải trình nguyên nhân")
    # past the condition, a body's name opens the clause that holds the duty
    duty = read_duty("Trường hợp cơ quan, đơn vị không chấp hành, Bộ Tài chính có trách nhiệm tạm dừng cấp phát.")
    assert duty is not None and duty.assignees == ("Bộ Tài chính",)


def test_a_heading_of_obligations_names_its_role():
    # Nghị định 189/2026/NĐ-CP, "3. Nghĩa vụ của đồng chủ sở hữu phim:" / "b) Công khai Danh mục phim ..."; the rights
    # above it ("2. Quyền của đồng chủ sở hữu phim:") name no duty
    tasks = central_tasks("ext_69.txt")
    assert [t.assignees for t in having(tasks, "Tổ chức kiểm tra, giám sát và thực hiện chế độ báo cáo")] == [
        ["cơ quan đại diện chủ sở hữu phim"], ["đồng chủ sở hữu phim"]]
    assert not having(tasks, "Được tiếp cận thông tin công khai về phim")


def test_what_a_subject_is_given_after_its_text_is_no_duty():
    # Nghị quyết 21/2026/NQ-CP: "Người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức tham gia xây dựng, ban
    # hành Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trách nhiệm ...": "tham gia" qualifies who is exempted
    assert not having(central_tasks("ext_64.txt"), "được xem xét loại trừ")
    assert read_duty("Người đứng đầu cơ quan, đơn vị tham gia xây dựng Nghị quyết này được xem xét miễn trách nhiệm.") \
        is None
    # a passive on the object ("nhiệm vụ được giao") leaves the duty; so does an editor's note ("[Khoản này được ...]")
    duty = read_duty("Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện nhiệm vụ được giao.")
    assert duty is not None and duty.assignees == ("Văn phòng Chính phủ",)
    [check] = having(central_tasks("ext_03.txt"), "thực hiện kiểm tra, giám sát đối với doanh nghiệp trực tiếp")
    assert check.assignees == ["Bộ Quốc phòng", "Bộ Công an"]


def test_a_passive_amending_lead_in_quotes_the_article_it_enacts():
    # Thông tư 12/2017/TT-NHNN: "5. Điều 21 được sửa đổi, bổ sung như sau:" / "“Điều 21 . Trách nhiệm của Trưởng kho
    # tiền Trung ương; Trưởng phòng Ngân quỹ Sở Giao dịch; ..." / "1. Hướng dẫn, kiểm tra nghiệp vụ ..."
    [guide] = having(central_tasks("ext_70.txt"), "Hướng dẫn, kiểm tra nghiệp vụ quản lý an toàn kho quỹ")
    assert guide.assignees[:2] == ["Trưởng kho tiền Trung ương", "Trưởng phòng Ngân quỹ Sở Giao dịch"]


def test_a_short_name_the_text_gives_acts():
    # Thông tư 12/2017/TT-NHNN: "1. Trưởng phòng Kế toán hoặc chức danh tương đương ... của tổ chức tín dụng, chi nhánh
    # ngân hàng nước ngoài (sau đây gọi tắt là Trưởng phòng Kế toán) chịu trách nhiệm ..., có nhiệm vụ:"
    [books] = having(central_tasks("ext_70.txt"), "Tổ chức hạch toán tiền mặt, tài sản quý")
    assert books.assignees == ["Trưởng phòng Kế toán"]
    # a short name of what is no actor, or no duty after it, names no one
    assert read_duty("Thông tư số 01/2014/TT-NHNN (sau đây gọi tắt là Thông tư 01) được sửa đổi như sau:") is None


def test_a_title_of_duties_as_an_items_label_names_who_acts():
    # Nghị định 01/2015/NĐ-CP: "2. Trách nhiệm của cơ quan hải quan khi phối hợp với các cơ quan hữu quan: Hỗ trợ lực
    # lượng, phương tiện theo yêu cầu; ..."
    [support] = having(central_tasks("ext_66.txt"), "Hỗ trợ lực lượng, phương tiện theo yêu cầu")
    assert support.assignees == ["cơ quan hải quan"]
    # after the label, a reference to the law is no duty of its own
    assert read_duty("Trách nhiệm của cơ quan hải quan khi phối hợp: thực hiện theo quy định tại Điều 59.") is None


def test_a_shaped_name_holds_its_compound_nouns():
    # Nghị định 01/2015/NĐ-CP: "4. Cảnh sát giao thông có trách nhiệm phối hợp, hỗ trợ cơ quan hải quan ..."; "giao" of
    # "giao thông" is no assigning verb
    [police] = having(central_tasks("ext_66.txt"), "có trách nhiệm phối hợp, hỗ trợ cơ quan hải quan truy đuổi")
    assert police.assignees == ["Cảnh sát giao thông"]


def test_a_heading_of_rights_holds_no_duty():
    # Nghị định 189/2026/NĐ-CP, "Điều 5. Quyền và nghĩa vụ của tổ chức, cá nhân phát hành, phổ biến phim" / "1. Quyền
    # của tổ chức, cá nhân ...:" / "a) Phát hành, phổ biến phim theo kế hoạch ..."; its obligations below stay duties
    tasks = central_tasks("ext_69.txt")
    assert not having(tasks, "Phát hành, phổ biến phim theo kế hoạch được cơ quan có thẩm quyền đồng ý")
    assert not having(tasks, "Thực hiện các quyền khác theo quy định của pháp luật về điện ảnh")
    [duty] = having(tasks, "Thực hiện chế độ báo cáo, kê khai, đối soát, thanh quyết toán kinh phí")
    assert duty.assignees == ["tổ chức, cá nhân phát hành, phổ biến phim"]


def test_past_an_opener_a_capitalised_name_by_its_shape_holds_the_duty():
    # Thông tư 08/2026/TT-BNV: "Sau khi các bên hoàn thành việc rà soát bổ sung, Nhà cung cấp eContract có trách nhiệm
    # gửi hợp đồng lao động điện tử ..."
    [send] = having(central_tasks("ext_48.txt"), "có trách nhiệm gửi hợp đồng lao động điện tử")
    assert send.assignees == ["Nhà cung cấp eContract"]
    # with no opener, a capitalised phrase after a comma is no subject by its shape alone
    assert read_duty("Chuẩn bị dụng cụ, Mỗi người chơi cần có một bộ thẻ.") is None


def test_a_heading_naming_who_is_given_the_work_names_who_acts():
    # Thông tư 26/2026/TT-BNNMT, "Điều 7. Tổ chức thực hiện" / "4. Đơn vị được Bộ trưởng Bộ Nông nghiệp và Môi trường
    # giao chủ trì thực hiện nhiệm vụ, hoạt động xây dựng văn bản quy phạm pháp luật" / "a) Đề xuất danh mục ..."
    name = ("Đơn vị được Bộ trưởng Bộ Nông nghiệp và Môi trường giao chủ trì thực hiện nhiệm vụ, hoạt động xây dựng "
            "văn bản quy phạm pháp luật")
    assert whole_name(name) == (name,)
    [propose] = having(central_tasks("ext_72.txt"), "Đề xuất danh mục văn bản quy phạm pháp luật")
    assert propose.assignees == [name]
    # what a bare head is given that is no work names no one
    assert whole_name("Đơn vị được hưởng chế độ theo quy định của pháp luật") == ()


def test_a_head_that_is_a_verb_joined_to_a_verb_is_a_verb():
    # Nghị định 189/2026/NĐ-CP: "d) Tổ chức hoặc phối hợp thực hiện việc đối soát doanh thu, chi phí; ..." under a
    # heading of duties: "Tổ chức" is the verb "organise", joined to "phối hợp"; no one named "Tổ chức hoặc"
    assert not [t for t in central_tasks("ext_69.txt") if t.assignees == ["Tổ chức hoặc"]]
    assert read_names("Tổ chức hoặc phối hợp thực hiện việc đối soát doanh thu.") is None
    # joined to a noun, the head is a noun: "Tổ chức và cá nhân có trách nhiệm ..."
    run = read_names("Tổ chức và cá nhân có trách nhiệm nộp hồ sơ.")
    assert run is not None and run.names == ("Tổ chức và cá nhân",)


def test_a_lead_in_of_criteria_to_meet_lists_no_duties():
    # Nghị định 111/2022/NĐ-CP: "1. Cá nhân ký kết hợp đồng lao động làm công việc hỗ trợ, phục vụ phải đáp ứng đầy đủ
    # các tiêu chuẩn, điều kiện sau đây:" / "b) Đủ tuổi lao động ...", "c) Có đủ sức khỏe để làm việc;"
    tasks = central_tasks("ext_75.txt")
    assert not having(tasks, "Có đủ sức khỏe để làm việc")
    assert criteria_section("Cá nhân ký kết hợp đồng lao động phải đáp ứng đầy đủ các tiêu chuẩn, điều kiện sau đây:")
    # a lead-in of duties stays one
    assert not criteria_section("Đơn vị sự nghiệp công lập có trách nhiệm thực hiện các nội dung sau đây:")


def test_an_action_that_only_refers_to_another_provision_is_no_duty():
    # Nghị định 111/2022/NĐ-CP: "b) Đơn vị nhóm 3: Thực hiện theo quy định tại điểm c khoản 1 Điều này;"
    assert not having(central_tasks("ext_75.txt"), "Thực hiện theo quy định tại điểm c khoản 1 Điều này")
    assert refers_only("Thực hiện theo quy định tại điểm c khoản 1 Điều này;")
    assert not refers_only("Thực hiện theo quy định tại điểm c khoản 1 Điều này và báo cáo Bộ Nội vụ trước ngày 30/6.")
    assert not refers_only("Thực hiện rà soát, báo cáo theo quy định tại khoản 2 Điều 5.")


def test_items_numbered_with_a_slash_are_items():
    # Công văn 4800/TCT-TTr: "Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực hiện một số
    # giải pháp sau:" / "1/ Các Cục Thuế rà soát lại ..." / "5/ Phối hợp chặt chẽ với các cơ quan ban ngành ..."
    [work] = having(central_tasks("ext_82.txt"), "Phối hợp chặt chẽ với các cơ quan ban ngành địa phương")
    assert work.assignees == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_scans_dashes_and_a_speakers_lead_in():
    # Thông báo 330/TB-VPCP (OCR): "Thủ tướng Chính phủ Phạm Minh Chính có ý kiến chỉ đạo như sau:" is who spoke, no
    # assignee; "đ) Bộ Thông tin và Truyền thông:" / "_ Tiếp tục nâng cấp ..." / "~ Chủ trì, ...": a scan's dashes
    tasks = central_tasks("ext_84.txt")
    assert not [t for t in tasks if t.assignees == ["Thủ tướng Chính phủ Phạm Minh Chính"]]
    [platform] = having(tasks, "Tiếp tục nâng cấp nền tảng tích hợp")
    assert platform.assignees == ["Bộ Thông tin và Truyền thông"]


def test_after_an_opening_clause_a_lower_case_name_that_must_act_opens_the_clause():
    # Thông tư 14/2017/TT-NHNN: "Trước khi thực hiện giao dịch, tổ chức tín dụng phải cung cấp đầy đủ thông tin cho
    # khách hàng ..."; Nghị định 111/2022/NĐ-CP: "Hằng năm, đơn vị sự nghiệp công lập có trách nhiệm rà soát ..."
    [inform] = having(central_tasks("ext_80.txt"), "phải cung cấp đầy đủ thông tin cho khách hàng")
    assert inform.assignees == ["tổ chức tín dụng"]
    [review] = having(central_tasks("ext_75.txt"), "có trách nhiệm rà soát để thực hiện tuyển dụng")
    assert review.assignees == ["đơn vị sự nghiệp công lập"]
    # not one more of a list of bare heads, nor a name that runs into the consequence of a condition
    assert read_duty("Trước khi gửi báo cáo, cơ quan, đơn vị, tổ chức chịu trách nhiệm về tính chính xác.") is None
    assert read_duty("Trước khi gửi báo cáo, đơn vị, tổ chức chịu trách nhiệm về tính chính xác.") is None
    assert read_duty("Hộ kinh doanh, cá nhân kinh doanh có doanh thu năm trên 01 tỷ đồng thì phải áp dụng hóa đơn.") \
        is None


def test_a_capitalised_word_after_a_head_inside_a_name_goes_on_with_it():
    # Nghị định 248/2025/NĐ-CP: "Giao Hội đồng quản trị Ngân hàng Phát triển Việt Nam, Ngân hàng Chính sách xã hội hằng
    # năm xem xét, quyết định ..."; "Phát triển" after the head "Ngân hàng" is its name, not the verb "develop"
    [board] = having(central_tasks("ext_77.txt"), "hằng năm xem xét, quyết định và chịu trách nhiệm")
    assert board.assignees == ["Hội đồng quản trị Ngân hàng Phát triển Việt Nam", "Ngân hàng Chính sách xã hội"]


def test_the_plural_of_the_scopes_head_names_the_scopes_bodies_again():
    # Công văn 4800/TCT-TTr: "Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực hiện một số
    # giải pháp sau:" / "1/ Các Cục Thuế rà soát lại kế hoạch thanh tra ..."
    [plan] = having(central_tasks("ext_82.txt"), "rà soát lại kế hoạch thanh tra, nhiệm vụ kiểm tra")
    assert plan.assignees == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_name_that_is_a_conditions_topic_holds_no_duty():
    # Nghị định 248/2025/NĐ-CP, under "Tổ chức thực hiện": "Doanh nghiệp mới thành lập hoặc mới đi vào hoạt động thì mức
    # tiền lương trong năm đầu ... tối đa không vượt quá ...": the consequence is a rule on the pay, no duty
    assert not having(central_tasks("ext_77.txt"), "Doanh nghiệp mới thành lập hoặc mới đi vào hoạt động thì")
    duty = named_subject("Doanh nghiệp mới thành lập thì phải báo cáo cơ quan đại diện chủ sở hữu.")
    assert duty is not None and duty.action.startswith("thành lập thì phải báo cáo")


def test_a_parts_title_names_whose_duties_an_ownerless_title_lists():
    # Thông tư 11/2021/TT-BLĐTBXH: "Chương I" / "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" / "Điều 2. Nhiệm vụ và quyền hạn"
    # / "1. Trình Ủy ban nhân dân cấp tỉnh:" / "a) Dự thảo quyết định ..."; "Chương II" / "PHÒNG LAO ĐỘNG - ..." likewise
    tasks = central_tasks("ext_88.txt")
    [draft] = having(tasks, "Dự thảo kế hoạch phát triển ngành, lĩnh vực")
    assert draft.assignees == ["Sở Lao động - Thương binh và Xã hội"]
    [district] = having(tasks, "Trình Ủy ban nhân dân cấp huyện dự thảo quyết định")
    assert district.assignees == ["Phòng Lao động - Thương binh và Xã hội"]
    assert part_name("Chương I SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") == ("Sở Lao động - Thương binh và Xã hội",)
    # a part titled with a matter names no one, and a title of duties that says whose needs no part
    assert part_name("Chương I QUY ĐỊNH CHUNG") == ()
    assert ownerless_duties("Nhiệm vụ và quyền hạn") and not ownerless_duties("Nhiệm vụ và quyền hạn của Sở Y tế")
    assert not ownerless_duties("Vị trí và chức năng")


def test_a_role_whose_comma_joins_what_it_does_is_one_role():
    # Nghị định 117/2025/NĐ-CP: "Điều 7. Trách nhiệm của tổ chức quản lý nền tảng thương mại điện tử thuộc đối tượng khấu
    # trừ, nộp thuế thay" / "1. Đăng ký sử dụng, xử lý chứng từ khấu trừ thuế ..."
    role = "tổ chức quản lý nền tảng thương mại điện tử thuộc đối tượng khấu trừ, nộp thuế thay"
    assert scope_names(f"Trách nhiệm của {role}", subjects=False) == (role,)
    [register] = having(central_tasks("ext_91.txt"), "Đăng ký sử dụng, xử lý chứng từ khấu trừ")
    assert register.assignees == [role]


def test_what_a_subject_will_be_given_is_no_duty():
    # a 2006 regulation (legacy): "Các tổ chức, cá nhân hoàn thành xuất sắc nhiệm vụ được giao sẽ được biểu dương, khen
    # thưởng theo chế độ khen thưởng hiện hành."
    assert read_duty("Các tổ chức, cá nhân hoàn thành xuất sắc nhiệm vụ được giao sẽ được biểu dương, khen thưởng.") \
        is None
    duty = read_duty("Các tổ chức, cá nhân hoàn thành nhiệm vụ được giao trước ngày 30/6.")
    assert duty is not None and duty.assignees == ("Các tổ chức, cá nhân",)
