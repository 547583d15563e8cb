"""Tasks read from the document's structure, twenty-eighth round of issue 15: where a name ends before its verb. A
place's proper name is capitalised in every syllable, so a lower-case word after it is no syllable of it ("UBND huyện
Sơn Tịnh ra quyết định ..."), as after a person's name. The verbs a directive most often asks of a body and no body's
name holds ("củng cố", "kiện toàn", "ra quyết định", ...) end the name before them. Each on the real document where one
speaks, or on the real names of the province's bodies, with the shapes beside it that stay as they were.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.pipeline import extract_text
from real_documents import central_tasks, having, tasks_of


def names(text: str) -> tuple[str, ...]:
    run = read_names(text, 0)
    assert run is not None, text
    return run.names


def test_a_place_name_ends_before_a_lower_case_word():
    assert names("UBND huyện Sơn Tịnh ra văn bản chỉ đạo các xã") == ("UBND huyện Sơn Tịnh",)
    assert names("Công an tỉnh Quảng Ngãi ra quân thực hiện cao điểm") == ("Công an tỉnh Quảng Ngãi",)
    assert names("Ủy ban nhân dân Thành phố Hồ Chí Minh ra văn bản") == ("Ủy ban nhân dân Thành phố Hồ Chí Minh",)
    assert names("UBND huyện Sơn Tịnh đi kiểm tra thực tế") == ("UBND huyện Sơn Tịnh",)
    # what stays: a field in sentence case after a capitalised word, a branch named after its country, a place's
    # name run on by a list
    assert names("Cục Hải quan tỉnh Quảng Ngãi kiểm tra hồ sơ") == ("Cục Hải quan tỉnh Quảng Ngãi",)
    assert names("Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Quảng Ngãi kiểm tra hồ sơ") \
        == ("Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Quảng Ngãi",)
    assert names("UBND huyện Sơn Tịnh và UBND huyện Tư Nghĩa phối hợp") == ("UBND huyện Sơn Tịnh", "UBND huyện Tư Nghĩa")


def test_a_district_that_issues_a_decision_is_named_without_the_verb():
    text = ("III. TỔ CHỨC THỰC HIỆN\n"
            "1. UBND huyện Sơn Tịnh ra quyết định thành lập Tổ công tác, hoàn thành trước ngày 15/12/2025.\n"
            "2. UBND huyện Bình Sơn đi kiểm tra thực tế các công trình.\n")
    decision, visit = extract_text(text).tasks
    assert decision.assignees == ["UBND huyện Sơn Tịnh"]
    assert decision.action.startswith("ra quyết định thành lập Tổ công tác")
    assert decision.deadline is not None and decision.deadline.date.isoformat() == "2025-12-15"
    assert visit.assignees == ["UBND huyện Bình Sơn"]


def test_a_command_that_issues_a_decision_is_named_without_the_verb():
    # Decision on benefits for veterans, "e) Bộ Tư lệnh quân khu ra quyết định ... Bộ Tư lệnh Thủ đô Hà Nội ra quyết
    # định hưởng chế độ trợ cấp một lần đối với các đối tượng thuộc thẩm quyền."
    [command] = having(central_tasks("ext_39.txt"), "quyết định hưởng chế độ trợ cấp một lần đối với các đối tượng thuộc")
    assert command.assignees == ["Bộ Tư lệnh Thủ đô Hà Nội"]
    assert command.action.startswith("ra quyết định")


def test_a_duty_verb_no_name_holds_ends_the_name():
    # Quy chế of a provincial inspection team (pre-2010 original), "2. Các Đội kiểm tra 814 cấp tỉnh và cấp huyện,
    # thành phố củng cố, cải tiến toàn diện tổ chức hoạt động của Đội kiểm tra 814 ..."
    [teams] = having(tasks_of("hd_058.doc", "legacy"), "tổ chức hoạt động của Đội kiểm tra 814 theo các quy định")
    assert teams.assignees == ["Các Đội kiểm tra 814 cấp tỉnh và cấp huyện, thành phố"]
    assert teams.action.startswith("củng cố, cải tiến toàn diện")
    # a heading of duties whose items open with those verbs
    text = ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Kiện toàn tổ chức bộ máy các phòng chuyên môn.\n"
            "- Tổng kết, đánh giá việc thực hiện Đề án, báo cáo UBND tỉnh.\n")
    assert [t.assignees for t in extract_text(text).tasks] == [["Sở Nội vụ"], ["Sở Nội vụ"]]


def test_a_clause_after_a_semicolon_with_its_own_subject_is_its_own_duty_after_a_period_too():
    # Joint circular on legal aid, amended: "Hàng năm, Sở Tài chính, Công an, Tòa án nhân dân, Viện kiểm sát nhân dân
    # cấp tỉnh gửi báo cáo ... cho Sở Tư pháp; Bộ Tư lệnh cấp quân khu và tương đương, Bộ Tư lệnh Thủ đô Hà Nội gửi
    # báo cáo ... cho Sở Tư pháp (tại địa phương có trụ sở Bộ Tư lệnh) tổng hợp."
    tasks = tasks_of("ce_014.txt")
    [province] = [t for t in tasks if t.action == "gửi báo cáo kết quả triển khai Thông tư liên tịch này cho Sở Tư pháp"]
    assert province.assignees == ["Sở Tài chính", "Công an", "Tòa án nhân dân", "Viện kiểm sát nhân dân cấp tỉnh"]
    assert province.deadline is not None and province.deadline.recurrence == "FREQ=YEARLY"
    [commands] = having(tasks, "cho Sở Tư pháp (tại địa phương có trụ sở Bộ Tư lệnh)")
    assert commands.assignees == ["Bộ Tư lệnh cấp quân khu và tương đương", "Bộ Tư lệnh Thủ đô Hà Nội"]
    # "và tương đương" goes on with the name it qualifies in the article's subject too: "...; Bộ Tư lệnh cấp quân khu
    # và tương đương, Bộ Tư lệnh Thủ đô Hà Nội có trách nhiệm:" / "1. Quán triệt, chỉ đạo, ..."
    [briefing] = having(tasks, "Quán triệt, chỉ đạo, theo dõi, kiểm tra các đơn vị có liên quan")
    assert briefing.assignees[0] == "Bộ Tư pháp"
    assert briefing.assignees[-2:] == ["Bộ Tư lệnh cấp quân khu và tương đương", "Bộ Tư lệnh Thủ đô Hà Nội"]
    # the clause after a case opener too, not only after a subject opening the sentence
    text = ("Điều 5. Tổ chức thực hiện\n1. Hằng năm, Sở Tài chính gửi báo cáo cho Sở Tư pháp; Công an tỉnh gửi báo "
            "cáo kết quả cho Sở Tư pháp.\n")
    finance, police = extract_text(text).tasks
    assert (finance.assignees, finance.action) == (["Sở Tài chính"], "gửi báo cáo cho Sở Tư pháp")
    assert police.assignees == ["Công an tỉnh"]


def test_a_driving_licence_is_part_of_the_name_of_who_keeps_it():
    # Circular on police driving licences: "Cơ quan Cảnh sát giao thông quản lý Giấy phép lái xe nhập thông tin vào
    # phần mềm quản lý Giấy phép lái xe ..."
    keepers = [t for t in tasks_of("ce_016.txt") if t.action.startswith("nhập thông tin vào phần mềm quản lý Giấy phép")]
    assert len(keepers) == 2
    assert all(t.assignees == ["Cơ quan Cảnh sát giao thông quản lý Giấy phép lái xe"] for t in keepers)


def test_a_standing_office_is_named_whole_and_an_adverb_after_a_name_is_not_part_of_it():
    assert names("Sở Y tế trực tiếp quản lý, điều hành các bệnh viện") == ("Sở Y tế",)
    assert names("Phó Chủ tịch thường trực UBND tỉnh chỉ đạo các sở") == ("Phó Chủ tịch thường trực UBND tỉnh",)
    assert names("Cơ quan thường trực Ban Chỉ đạo tỉnh tổng hợp báo cáo") == ("Cơ quan thường trực Ban Chỉ đạo tỉnh",)
    assert names("các đơn vị trực thuộc triển khai thực hiện") == ("các đơn vị trực thuộc",)
