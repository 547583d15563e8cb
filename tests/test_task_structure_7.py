"""Tasks read from the document's structure, seventh round of issue 15: one test per
class of misses on the central-government tuning set (`fixtures/task_tuning_set_6/`),
each on a real excerpt, with ones where a non-duty stays out.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.tasks.reading import heading_names, read_duty, responsible_after

from real_documents import having, tasks_of


def test_a_quotation_an_amending_lead_in_enacts_is_read_as_the_text_itself():
    # ce_014: "c) Sửa đổi, bổ sung khoản 4 như sau:" / "“4. Trường hợp nhận được thông báo của cơ quan, người có
    # thẩm quyền tiến hành tố tụng thì Trung tâm, Chi nhánh có trách nhiệm cử người thực hiện trợ giúp pháp lý ...":
    # the quoted clause is the new text, its marker after the quotation mark
    tasks = tasks_of("ce_014.txt")
    [duty] = having(tasks, "có trách nhiệm cử người thực hiện trợ giúp pháp lý trong thời hạn")
    assert "Trung tâm, Chi nhánh" in duty.assignees
    # "6. Sửa đổi, bổ sung Điều 22 như sau:" / "“Điều 22. Trách nhiệm thực hiện" / "Bộ Tư pháp, ..., Bộ Tư lệnh Thủ
    # đô Hà Nội có trách nhiệm:" / "1. Quán triệt, ..." / "2. Thực hiện nhiệm vụ ...”.": the quoted article nests
    # under the clause that quotes it, its lead-in over its own items
    [duty] = having(tasks, "Quán triệt, chỉ đạo, theo dõi, kiểm tra các đơn vị")
    assert "Bộ Tư lệnh Thủ đô Hà Nội" in duty.assignees
    assert having(tasks, "Thực hiện nhiệm vụ theo quy định tại Thông tư liên tịch này")
    # "“c) Danh sách, số điện thoại của người thực hiện trợ giúp pháp lý ...”;": a quoted item that names a thing
    assert not having(tasks, "Danh sách, số điện thoại của người thực hiện")
    # "Điều 2. ... 1. Bổ sung cụm từ “...” sau cụm từ “...” tại tên Chương III.": the amendment's own edits
    assert not having(tasks, "Bổ sung cụm từ")


def test_a_quotation_whose_closing_mark_was_lost_ends_at_the_next_amending_lead_in():
    # bk_1cde9b907469: "3. Sửa đổi điểm a khoản 3 Điều 14 như sau:" / "“a) Mức hỗ trợ ..." and a table, no closing
    # mark; "4. Bổ sung Điều 14a ..." / "2. Trách nhiệm của Uỷ ban nhân dân cấp xã" / "a) Thực hiện ...": the
    # amending text goes on, and the scope heading still names who acts
    tasks = tasks_of("bk_1cde9b907469.txt")
    [duty] = having(tasks, "Định kỳ báo cáo, đánh giá kết quả việc thực hiện nhiệm vụ")
    assert duty.assignees == ["Uỷ ban nhân dân cấp xã"]


def test_a_responsibility_after_an_opening_clause_is_held_by_the_subject_standing_before_it():
    # ce_014: a time clause holding many commas and lower-case nouns, then the subject, then its responsibility
    sentence = ("Khi lấy lời khai lần đầu của người bị tố giác, người bị kiến nghị khởi tố, bị hại, người làm chứng, "
                "đương sự, tại thời điểm bắt, tạm giữ người, hỏi cung bị can, đương sự nộp đơn trực tiếp tại Tòa án "
                "hoặc tại thời điểm gửi thông báo thụ lý vụ án, vụ việc, thông báo thụ lý đơn yêu cầu, cơ quan, người "
                "có thẩm quyền tiến hành tố tụng có trách nhiệm chuyển Phiếu thông tin về quyền được trợ giúp pháp lý "
                "theo Mẫu số 01 ban hành kèm theo Thông tư liên tịch này cho họ đọc.")
    duty = responsible_after(sentence)
    assert duty is not None
    assert duty.assignees == ("cơ quan, người có thẩm quyền tiến hành tố tụng",)
    assert duty.action.startswith("có trách nhiệm chuyển Phiếu")
    # ce_012: "Đối tượng thanh tra, người đứng đầu cơ quan, ... và cơ quan, tổ chức, cá nhân có liên quan có trách
    # nhiệm ...": no opening clause, a list of subjects; none of its commas opens one
    assert responsible_after("Đối tượng thanh tra, người đứng đầu cơ quan, tổ chức quản lý trực tiếp đối tượng thanh "
                             "tra và cơ quan, tổ chức, cá nhân có liên quan có trách nhiệm thực hiện các nội dung "
                             "theo quy định tại Điều 54 Luật Thanh tra.") is None


def test_after_a_time_a_body_named_in_full_acts_by_whatever_verb_follows():
    # bk_9468c93dcae6 (quoting a Thông tư of Bộ Quốc phòng): "Hậu cần" is a noun inside the name, not the modal "cần"
    sentence = ("Trong thời hạn 07 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ, Cục trưởng Cục Xe máy - Vận tải/Tổng cục Hậu "
                "cần - Kỹ thuật quyết định phê duyệt hoặc công nhận hồ sơ thiết kế sản xuất, lắp ráp theo quy định "
                "tại Mẫu số 03 Phụ lục.")
    run = read_names(sentence, sentence.index("Cục trưởng"))
    assert run is not None and run.names == ("Cục trưởng Cục Xe máy - Vận tải/Tổng cục Hậu cần - Kỹ thuật",)
    duty = read_duty(sentence)
    assert duty is not None and duty.assignees == run.names
    assert duty.action.startswith("quyết định phê duyệt")
    # "Trong thời hạn ..., hồ sơ được ...": a thing after the time, no body
    assert read_duty("Trong thời hạn 03 ngày làm việc, Hồ sơ được chuyển đến cơ quan tiếp nhận.") is None


def test_a_level_word_that_names_no_level_takes_the_verb_phrase_after_it_as_its_complement():
    # ce_006: "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương báo cáo về tình hình
    # giới thiệu người ứng cử ...": the level that holds the conference, up to the clause's own verb
    tasks = tasks_of("ce_006.txt")
    [duty] = [t for t in having(tasks, "báo cáo về tình hình giới thiệu người ứng cử của các cơ quan")
              if "(đối với hội nghị hiệp thương" not in t.text]  # not the article on the Quốc hội's own conference
    assert duty.assignees == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương"]
    assert duty.action.startswith("báo cáo về tình hình")
    # "..., Ban Thường trực ... cấp tổ chức hội nghị hiệp thương có trách nhiệm thông báo đến ...": after a basis
    [duty] = having(tasks, "có trách nhiệm thông báo đến các cơ quan, tổ chức, đơn vị được phân bổ số lượng")
    assert duty.assignees == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương"]
    # "các cấp", "cùng cấp" need no complement: the verb after them is the clause's own
    assert read_names("Ủy ban nhân dân các cấp tổ chức thực hiện").names == ("Ủy ban nhân dân các cấp",)
    assert read_names("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp triệu tập").names == (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp",)


def test_bare_heads_a_relative_clause_qualifies_head_the_steps_under_them():
    # ce_006: "2. Cơ quan, tổ chức, đơn vị được phân bổ giới thiệu người ứng cử đại biểu Quốc hội thực hiện việc giới
    # thiệu ... theo trình tự sau đây:" over "a) Tổ chức họp ban lãnh đạo ...", "b) Tổ chức hội nghị lấy ý kiến ...":
    # by its position over duties, the name runs on to the heading's own verb
    name = "Cơ quan, tổ chức, đơn vị được phân bổ giới thiệu người ứng cử đại biểu Quốc hội"
    tasks = tasks_of("ce_006.txt")
    [duty, _] = having(tasks, "Tổ chức họp ban lãnh đạo cơ quan, tổ chức, đơn vị để dự kiến người giới thiệu ứng cử")
    assert duty.assignees == [name]
    heading = f"{name} thực hiện việc giới thiệu người của cơ quan, tổ chức, đơn vị mình theo trình tự sau đây:"
    assert heading_names(heading, over_duties=True) == (name,)
    # not by its words alone: a heading over no duties names no one so
    assert heading_names(heading) == ()
    # "Doanh nghiệp được hỗ trợ ...": what the bodies are given, no qualifier of theirs
    assert heading_names("Doanh nghiệp được hỗ trợ thực hiện các nội dung sau:", over_duties=True) == ()
