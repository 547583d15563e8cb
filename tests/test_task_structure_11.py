"""Tasks read from the document's structure, tenth and eleventh rounds of issue 15: one
test per class of misses on a central regulation's standing duties
(`fixtures/task_tuning_set_10/`, ce_016, Thông tư 66/2024/TT-BCA on driver training,
testing and licences in the police), each on the real document, with ones where
criteria, entitlements and a longer name a role opens stay out.
"""
from __future__ import annotations

from real_documents import having, tasks_of


def test_a_procedure_step_after_its_time_limit_is_its_bodys_duty_whatever_its_verb():
    # Điều 10.4c: "Trong thời hạn 03 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, Cục trưởng Cục Cảnh sát giao
    # thông đổi Quyết định công nhận năng lực đào tạo lái xe; ..."
    tasks = tasks_of("ce_016.txt")
    [duty] = having(tasks, "Cục trưởng Cục Cảnh sát giao thông đổi Quyết định công nhận năng lực đào tạo")
    assert duty.assignees == ["Cục trưởng Cục Cảnh sát giao thông"]
    assert duty.action.startswith("đổi Quyết định")
    # Điều 10.6b, after its label and a "thì"-less time clause: "Trình tự giải quyết: Trong thời hạn 05 ngày làm
    # việc, kể từ ngày ..., Cục trưởng Cục Cảnh sát giao thông ra quyết định thu hồi và thông báo cho cơ sở ..."
    [duty] = having(tasks, "ra quyết định thu hồi và thông báo cho cơ sở đào tạo lái xe.")
    assert duty.assignees == ["Cục trưởng Cục Cảnh sát giao thông"]
    # Điều 23.8b: the step after the consequence's "thì": "... thuộc trường hợp bị thu hồi thì Cục trưởng Cục Cảnh
    # sát giao thông ra quyết định thu hồi và thông báo cho trung tâm sát hạch lái xe để thực hiện."
    [duty] = having(tasks, "ra quyết định thu hồi và thông báo cho trung tâm sát hạch lái xe")
    assert duty.assignees == ["Cục trưởng Cục Cảnh sát giao thông"]


def test_a_responsibility_article_names_its_role_unknown_to_the_lexicon():
    # "Điều 15. Trách nhiệm của cơ sở đào tạo lái xe" over "3. Chịu trách nhiệm kiểm tra đối với học viên ...";
    # "Điều 30. Trách nhiệm của cán bộ, chiến sĩ dự sát hạch lái xe" over "2. Xuất trình Chứng minh ..."
    tasks = tasks_of("ce_016.txt")
    [duty] = having(tasks, "Chịu trách nhiệm kiểm tra đối với học viên về đối tượng")
    assert duty.assignees == ["cơ sở đào tạo lái xe"]
    [duty] = having(tasks, "Xuất trình Chứng minh Công an nhân dân")
    assert duty.assignees == ["cán bộ, chiến sĩ dự sát hạch lái xe"]


def test_criteria_papers_and_entitlements_stay_out():
    # Điều 10.3b "Hồ sơ đề nghị cấp gồm: ...", 10.4a "... được đổi khi bị sai thông tin hoặc bị hỏng;", Điều 11's
    # criteria, Điều 19's programme
    tasks = tasks_of("ce_016.txt")
    assert not having(tasks, "Văn bản đề nghị cấp Quyết định công nhận năng lực đào tạo lái xe")
    assert not having(tasks, "được đổi khi bị sai thông tin")
    assert not having(tasks, "Phòng học pháp luật giao thông đường bộ")
    assert not having(tasks, "gồm thời gian, nội dung và phân bổ thời gian các môn học")


def test_a_role_its_responsibility_article_names_acts_after_an_opening_clause():
    # "Điều 15. Trách nhiệm của cơ sở đào tạo lái xe" makes the role the document's; Điều 22.1b: "Trước thời gian dự
    # kiến khai giảng khóa học ít nhất 10 ngày, cơ sở đào tạo lái xe xây dựng kế hoạch đào tạo, ...", 22.2d:
    # "Kết thúc khóa học, cơ sở đào tạo lái xe tổ chức ôn luyện ...", Điều 41.1: "Cơ sở đào tạo lái xe tiếp nhận ..."
    tasks = tasks_of("ce_016.txt")
    [duty] = having(tasks, "cơ sở đào tạo lái xe xây dựng kế hoạch đào tạo")
    assert duty.assignees == ["cơ sở đào tạo lái xe"]
    assert duty.action.startswith("xây dựng kế hoạch đào tạo")
    [duty] = having(tasks, "tổ chức ôn luyện và kiểm tra cấp Chứng chỉ tốt nghiệp")
    assert duty.assignees == ["cơ sở đào tạo lái xe"]
    [duty] = having(tasks, "tiếp nhận hồ sơ dự học bồi dưỡng")
    assert duty.assignees == ["Cơ sở đào tạo lái xe"]


def test_a_name_read_into_a_role_runs_to_the_roles_end():
    # Điều 43.4b: "..., Người đứng đầu cơ sở đào tạo lái xe ra Quyết định thu hồi Chứng chỉ, ...": not "Người đứng
    # đầu cơ sở" doing "đào tạo lái xe ra ..."
    tasks = tasks_of("ce_016.txt")
    [duty] = having(tasks, "ra Quyết định thu hồi Chứng chỉ, thông báo cho cán bộ, chiến sĩ")
    assert duty.assignees == ["Người đứng đầu cơ sở đào tạo lái xe"]
    assert duty.action.startswith("ra Quyết định thu hồi Chứng chỉ")


def test_a_longer_name_a_role_opens_is_no_duty_of_the_role():
    # Điều 12.2a, a vehicle's criterion: "Cơ sở đào tạo lái xe ô tô phải trang bị xe ô tô loại chuyển số cơ khí ..."
    tasks = tasks_of("ce_016.txt")
    assert not having(tasks, "phải trang bị xe ô tô loại chuyển số cơ khí")
