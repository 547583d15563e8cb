"""Tasks read from the document's structure, twenty-sixth round of issue 15: who holds duties by the position of the
words that give them. Past its basis or its time, a sentence's subject named in lower case with a determiner opens the
clause ("Căn cứ mức trần tại Nghị quyết, các cơ sở giáo dục xây dựng dự toán ..."), not where its verb states what it
attains ("..., các hộ xây dựng được nhà ở mới ..."). A lead-in whose subject has duties, obligations or
responsibilities below ("Giảng viên đồng cơ hữu có các nghĩa vụ sau đây:") gives its items that subject, a name the
lexicon does not know included; one that quotes another text's list in part ("... có các nhiệm vụ, quyền hạn sau
đây: …") names no one who acts here. In an article on who implements the text, a clause's heading among headings that
name bodies is a body by its position ("3. Thống kê tỉnh, thành phố" over "a) Tham mưu ..."), though the lexicon does
not read it. Each on the real document, with the shapes beside it that stay as they were.
"""
from __future__ import annotations

from real_documents import central_tasks, having, tasks_of


def test_a_subject_in_lower_case_past_a_basis_takes_its_duty():
    # Hà Nội resolution on school fees: "Căn cứ mức trần tại Nghị quyết, các cơ sở giáo dục xây dựng dự toán chi phí để
    # xác định mức thu cụ thể, ..."
    [budget] = having(tasks_of("bk_f1e9ca38ca65.txt"), "xây dựng dự toán chi phí để xác định mức thu cụ thể")
    assert budget.assignees == ["các cơ sở giáo dục"]
    # Decree on clinical pharmacy: "b) Chậm nhất đến ngày 01 tháng 01 năm 2031, các cơ sở khám bệnh, chữa bệnh phải bảo
    # đảm số lượng người làm công tác dược lâm sàng với tỉ lệ ít nhất 01 người cho mỗi 100 giường bệnh nội trú ..."
    [staff] = having(central_tasks("ext_02.txt"), "01 người cho mỗi 100 giường bệnh nội trú")
    assert staff.assignees == ["các cơ sở khám bệnh, chữa bệnh"]
    assert staff.deadline is not None and str(staff.deadline.date) == "2031-01-01"


def test_what_a_subject_attains_past_an_opener_is_no_duty():
    # Decision on housing for people with merit: "3. Sau khi được hỗ trợ, các hộ xây dựng được nhà ở mới hoặc sửa chữa,
    # nâng cấp nhà ở đã có, đảm bảo diện tích sử dụng tối thiểu 30 m2 ...": the condition the support is for
    assert not having(central_tasks("ext_23.txt"), "xây dựng được nhà ở mới")


def test_a_subject_with_obligations_below_gives_them_to_its_items():
    # Decree on co-employed lecturers: "2. Giảng viên đồng cơ hữu có các nghĩa vụ sau đây:" / "a) Thực hiện các nghĩa vụ
    # của nhà giáo ..." / "b) Thực hiện đầy đủ các nhiệm vụ giảng dạy ..."
    tasks = central_tasks("ext_105.txt")
    for opening in ("Thực hiện các nghĩa vụ của nhà giáo", "Thực hiện đầy đủ các nhiệm vụ giảng dạy"):
        [item] = having(tasks, opening)
        assert item.assignees == ["Giảng viên đồng cơ hữu"], opening
    # the rights above them stay rights: "1. Giảng viên đồng cơ hữu có các quyền sau đây:" / "b) Được giảng dạy, ..."
    assert not having(tasks, "Được giảng dạy, giáo dục phù hợp chuyên môn đào tạo")


def test_a_list_quoted_in_part_names_no_one():
    # Cục Thuế letter quoting the Law on Tax Administration: "1. Người ra quyết định thanh tra thuế có các nhiệm vụ, quyền
    # hạn sau đây:" / "…" / "đ) Quyết định xử lý theo thẩm quyền ...": the law's words, no duty of the letter
    tasks = tasks_of("bk_416ea29602e7.txt")
    assert not having(tasks, "có các nhiệm vụ, quyền hạn sau đây")
    assert all(t.assignees != ["Người ra quyết định thanh tra thuế"] for t in tasks)
    # what the letter asks stays its own: "... đề nghị Thuế thành phố Hải Phòng căn cứ Luật Quản lý thuế ..."
    [ask] = having(tasks, "căn cứ Luật Quản lý thuế, pháp luật về thanh tra")
    assert ask.assignees == ["Thuế thành phố Hải Phòng"]


def test_a_heading_among_bodies_in_the_implementing_article_is_a_body():
    # Thông tư on the income criterion of new rural communes, "Điều 9. Tổ chức thực hiện" / "2. Cục Thống kê" / ... /
    # "3. Thống kê tỉnh, thành phố" / "a) Tham mưu cho Ủy ban nhân dân cấp tỉnh ..." / "b) Công bố kết quả ..."
    tasks = central_tasks("ext_108.txt")
    for opening in ("Tham mưu cho Ủy ban nhân dân cấp tỉnh về chuyên môn nghiệp vụ", "Công bố kết quả chỉ tiêu tốc độ"):
        [item] = having(tasks, opening)
        assert item.assignees == ["Thống kê tỉnh, thành phố"], opening
    # Decree on boarding pupils: "6. Trường phổ thông nội trú xã biên giới" / "a) Chịu trách nhiệm lập danh sách ..."
    [lists] = having(central_tasks("ext_130.txt"), "Chịu trách nhiệm lập danh sách học sinh hưởng chính sách")
    assert lists.assignees == ["Trường phổ thông nội trú xã biên giới"]


def test_a_heading_outside_the_implementing_article_is_read_as_before():
    # the same Thông tư's criteria: "5. Cơ quan chịu trách nhiệm thu thập, tổng hợp" / "a) Cơ quan chủ trì: Bộ Tài chính
    # (Cục Thống kê, Thống kê tỉnh, thành phố);": a label naming the lead body, no duty of a body the heading names
    tasks = central_tasks("ext_108.txt")
    assert not any(t.assignees == ["Cơ quan chịu trách nhiệm thu thập, tổng hợp"] for t in tasks)
