"""Tasks read from the document's structure, twenty-ninth round of issue 15: a name cut mid-clause. A subject read on
past its name into a clause and cut at a word that links it to more ("và", "hoặc", "mà", "không", "theo hướng") is no
body's name, and the words after it are no one's duty: a rule on a thing, a sanction, a quality asked of a member. Each
on the real document where one speaks, with the duties beside it that stay.
"""
from __future__ import annotations

from extractors.assignees import cut_mid_clause
from real_documents import central_tasks, having, tasks_of


def test_a_name_cut_at_a_word_that_links_it_to_more_is_no_name():
    assert cut_mid_clause("Ban chỉ đạo 814 cùng cấp trực tiếp quản lý, điều hành và")
    assert cut_mid_clause("Cơ quan, tổ chức, cá nhân lợi dụng chính sách ... tùy theo tính chất, mức độ vi phạm mà")
    assert cut_mid_clause("Tổ chức, cá nhân triển khai thử nghiệm, thí điểm và mở rộng ứng dụng trí tuệ nhân tạo theo hướng")
    # what stays: "và" inside a name, a name that ends on a body
    assert not cut_mid_clause("Sở Văn hóa, Thể thao và Du lịch")
    assert not cut_mid_clause("Cơ quan thuế và cơ quan hải quan")
    assert not cut_mid_clause("Các Sở Xây dựng nêu trên")


def test_a_regulation_on_a_thing_is_no_duty_of_the_words_before_it():
    # "3. Doanh nghiệp thành lập mới đáp ứng điều kiện ... là doanh nghiệp trực tiếp phục vụ quốc phòng, an ninh và
    # không phải thực hiện công nhận ...": what such a company need not do (central: a 2023 decree)
    tasks = central_tasks("ext_03.txt")
    assert not having(tasks, "phải thực hiện công nhận doanh nghiệp")
    # "... thì tùy theo tính chất, mức độ vi phạm mà phải bồi thường, bị xử lý kỷ luật ...": a sanction
    assert not having(central_tasks("ext_08.txt"), "phải bồi thường")


def test_a_boards_duty_in_a_2006_regulation_stays_where_its_name_is_whole():
    # legacy: "Ban chỉ đạo 814 cùng cấp trực tiếp quản lý, điều hành và chịu trách nhiệm đối với hoạt động của đội":
    # the board's management of the team, stated, not a duty read from a cut name
    tasks = tasks_of("hd_058.doc", "legacy")
    assert not [t for t in tasks if any(a.endswith(" và") for a in t.assignees)]
    [plan] = having(tasks, "Lập kế hoạch hoạt động hàng tháng")  # the regulation's duties are still read
    assert plan.assignees == ["Đội trưởng"]
