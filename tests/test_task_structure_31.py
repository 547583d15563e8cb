"""Tasks read from the document's structure, thirty-first round of issue 15.

- A plan section's field heading may name its roles alone or in any order after the kind of body ("2. Chủ trì thực
  hiện", "2. Cơ quan chủ trì, thực hiện"): the bodies listed under it do the section's items, as under "2. Cơ quan
  chủ trì, phối hợp"; a heading of roles that names no lead's or partner's role ("Thực hiện") is no field.
- "Đồng thời ..." in an item goes on with the duty before it: one task, unless that duty has a deadline of its own,
  which the further duty does not share.
Each on the real document where one speaks, with what stays beside it.
"""
from __future__ import annotations

from extractors.pipeline import extract_text
from real_documents import central_tasks, having, tasks_of

_BAN_CHI_DAO = "ext_26.txt"  # a Ban Chỉ đạo's plan on the search for fallen soldiers' remains (central)


def test_a_field_heading_of_roles_alone_names_the_sections_leads():
    # "IV. THÀNH LẬP, KIỆN TOÀN TỔ CHỨC ..." / "1. Nội dung, biện pháp" / "a) Thành lập ..." / "2. Chủ trì thực hiện" /
    # "- Ban Chỉ đạo quốc gia." / "- Bộ Quốc phòng." / "- Tư lệnh các quân khu; Chủ tịch Ủy ban nhân dân ..."
    tasks = central_tasks(_BAN_CHI_DAO)
    [found] = having(tasks, "Thành lập và thường xuyên kiện toàn Ban Chỉ đạo")
    assert found.assignees == ["Ban Chỉ đạo quốc gia", "Bộ Quốc phòng", "Tư lệnh các quân khu",
                               "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    # its time field dates the items: "3. Thời gian thực hiện: Tháng 11, 12/2013 ..."
    assert found.deadline is not None
    # "2. Cơ quan chủ trì, thực hiện" / "a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." ...
    [search] = having(tasks, "Đẩy nhanh tiến độ tìm kiếm, quy tập hài cốt liệt sĩ ở Lào")
    assert {"Ban Chỉ đạo quốc gia", "Bộ Quốc phòng"} <= set(search.assignees)
    # the field headings and the names listed under them are no tasks
    assert not having(tasks, "Chủ trì thực hiện")
    assert not [t for t in tasks if t.action.strip(" .") in ("Ban Chỉ đạo quốc gia", "Bộ Quốc phòng")]


def test_a_heading_of_roles_naming_no_lead_is_no_field():
    text = """KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2026
I. TUYÊN TRUYỀN
1. Nội dung
a) Xây dựng chuyên mục cải cách hành chính trên Cổng thông tin điện tử tỉnh;
2. Thực hiện
- Sở Nội vụ.
3. Chủ trì thực hiện
- Sở Văn hóa, Thể thao và Du lịch.
"""
    [task] = having(extract_text(text).tasks, "Xây dựng chuyên mục cải cách hành chính")
    assert task.assignees == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_a_further_duty_opened_by_dong_thoi_goes_on_with_the_one_before():
    # "2. Tập trung thực hiện “nhiệm vụ kép” ... Đồng thời, thực hiện ngay các biện pháp hỗ trợ ...": one item, one
    # duty (central: a 2020 Government resolution on the epidemic's economy)
    tasks = central_tasks("ext_73.txt")
    assert having(tasks, "Tập trung thực hiện “nhiệm vụ kép”")
    assert not [t for t in tasks if t.action.startswith("Đồng thời")]
    # "... hoàn thành nghiệm thu ... trong tháng 11 năm 2025. Đồng thời tiếp tục phối hợp với các nhà thầu làm tốt
    # công tác đào tạo ...": the duty before has its own month; the further one is a task of its own, undated (bulk)
    tasks = tasks_of("bk_ad0066b8d39e.txt")
    [dated] = having(tasks, "hoàn thành nghiệm thu các hạng mục còn lại")
    [further] = having(tasks, "làm tốt công tác đào tạo cán bộ phục vụ vận hành")
    assert dated is not further
    assert dated.deadline is not None and further.deadline is None
    assert further.assignees == ["Chủ đầu tư"]


def test_a_stressed_time_opener_sets_off_the_subject_after_it():
    # "1. Ngay sau khi nhận được lệnh cấm đi khỏi nơi cư trú ..., Trưởng Công an cấp xã phân công cán bộ để quản lý
    # ...": "ngay" stresses the time clause; the name after its comma acts (central: a Ministry of Public Security
    # circular)
    [task] = having(central_tasks("ext_46.txt"), "phân công cán bộ để quản lý, theo dõi và kiểm tra")
    assert task.assignees == ["Trưởng Công an cấp xã"]
    assert task.action.startswith("phân công cán bộ")
