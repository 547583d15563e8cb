"""Tasks read from the document's structure, sixth round of issue 15: one test per
class of misses on the central-government tuning set (`fixtures/task_tuning_set_6/`),
each on a real excerpt, with one where a non-duty stays out.
"""
from __future__ import annotations

from extractors.tasks.reading import agent_duty

from real_documents import having, tasks_of


def test_the_agent_of_a_meeting_convened_and_chaired_is_the_body_that_acts():
    # ce_006: "2. Hội nghị hiệp thương lần thứ nhất ở trung ương do Đoàn Chủ tịch Ủy ban Trung ương Mặt trận
    # Tổ quốc Việt Nam triệu tập, chủ trì và được thực hiện theo quy định tại Điều 38 ..."
    tasks = tasks_of("ce_006.txt")
    [duty] = having(tasks, "Hội nghị hiệp thương lần thứ nhất ở trung ương do")
    assert duty.assignees == ["Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    assert duty.action == "triệu tập, chủ trì hội nghị hiệp thương lần thứ nhất ở trung ương"
    # "... được tổ chức tại thôn, tổ dân phố nơi người ứng cử cư trú do Ban Thường trực Ủy ban Mặt trận Tổ quốc
    # Việt Nam cấp xã phối hợp với Ủy ban nhân dân cùng cấp triệu tập và chủ trì.": its partner too
    [duty, _] = having(tasks, "cư trú do Ban Thường trực")
    assert duty.assignees == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã"]
    assert duty.coordinators == ["Ủy ban nhân dân cùng cấp"]  # "cùng cấp" goes with the name


def test_the_agent_of_a_verb_that_describes_a_thing_acts_in_nothing():
    # ce_002: "Thực hiện các nhiệm vụ khác do Bộ trưởng Bộ Nội vụ giao": who gave the duties, not a duty of his
    assert agent_duty("Thực hiện các nhiệm vụ khác do Bộ trưởng Bộ Nội vụ giao") is None


def test_a_delegate_and_the_bodies_it_speaks_for_act_by_its_verb():
    # ce_006: "Đối với hội nghị hiệp thương lần thứ nhất ở trung ương, đại diện Ủy ban Thường vụ Quốc hội
    # trình bày dự kiến về cơ cấu, ...": after a scope clause, a delegate in lower case
    tasks = tasks_of("ce_006.txt")
    [duty] = having(tasks, "đại diện Ủy ban Thường vụ Quốc hội trình bày")
    assert duty.assignees == ["đại diện Ủy ban Thường vụ Quốc hội"]
    assert duty.action.startswith("trình bày dự kiến về cơ cấu")
    # "a) Đại diện lãnh đạo cơ quan, tổ chức, đơn vị, chỉ huy đơn vị vũ trang nhân dân giới thiệu mục đích ...":
    # bare heads go on with the name before them, a new head is one more
    [duty, _] = having(tasks, "các bước tiến hành để lập danh sách")
    assert duty.assignees == ["Đại diện lãnh đạo cơ quan, tổ chức, đơn vị", "chỉ huy đơn vị vũ trang nhân dân"]
    # "c) Đối với Hội đồng nhân dân cấp tỉnh, thành phần dự hội nghị gồm Thường trực Hội đồng nhân dân, đại diện
    # lãnh đạo các Ban của Hội đồng nhân dân, đại diện lãnh đạo Văn phòng ...": who attends, no duty
    assert not having(tasks, "thành phần dự hội nghị gồm Thường trực")


def test_a_responsibility_after_a_condition_opening_its_item_is_a_duty():
    # ce_014: "Trường hợp nhận được thông báo, thông tin của cơ quan, người có thẩm quyền tiến hành tố tụng thì
    # Trung tâm, Chi nhánh có trách nhiệm kiểm tra diện người được trợ giúp pháp lý, ...": the bare heads are one
    # actor as well as two
    tasks = tasks_of("ce_014.txt")
    [duty] = having(tasks, "Chi nhánh có trách nhiệm kiểm tra diện người")
    assert duty.assignees == ["Trung tâm", "Chi nhánh", "Trung tâm, Chi nhánh"]
    assert duty.action.startswith("có trách nhiệm kiểm tra diện người được trợ giúp pháp lý")
    # "Trường hợp người được giải thích ... thì cơ quan, người có thẩm quyền tiến hành tố tụng có trách nhiệm thông
    # tin cho Trung tâm, Chi nhánh biết ..."
    [duty] = having(tasks, "có trách nhiệm thông tin cho Trung tâm, Chi nhánh biết")
    assert duty.assignees == ["cơ quan, người có thẩm quyền tiến hành tố tụng"]


def test_a_responsibility_after_a_condition_later_in_an_item_is_a_case_of_its_duty():
    # dev: "3. Doanh nghiệp đảm bảo thông tin ... Trường hợp có thay đổi ... thì doanh nghiệp có trách nhiệm đề
    # nghị cấp lại giấy phép ...": the item's duty is the task, its case no task of its own
    tasks = tasks_of("hd_021.txt", "dev")
    assert having(tasks, "Doanh nghiệp đảm bảo")
    assert not having(tasks, "có trách nhiệm đề nghị cấp lại giấy phép")
