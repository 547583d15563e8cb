"""Tasks read from the document's structure, seventh round of issue 15: one test per
class of misses on the central-government tuning set (`fixtures/task_tuning_set_7/`),
each on a real excerpt, with ones where a non-duty stays out.
"""
from __future__ import annotations

from extractors.assignees import read_names

from real_documents import having, tasks_of

# bk_b241b75dc4e6, Nghị quyết 385/NQ-CP, Điều 5
EXECUTION = ("Bộ trưởng các Bộ: Xây dựng, Ngoại giao, Tư pháp, Quốc phòng, Công an, Tài chính, Công Thương và "
             "Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Nghị quyết này./")
MINISTERS = ["Bộ trưởng Bộ Xây dựng", "Bộ trưởng Bộ Ngoại giao", "Bộ trưởng Bộ Tư pháp", "Bộ trưởng Bộ Quốc phòng",
             "Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Công Thương"]


def test_an_article_that_opens_with_a_body_and_its_action_states_its_duty():
    # bk_b241b75dc4e6: "Điều 4. Bộ Ngoại giao hoàn tất các thủ tục đối ngoại theo quy định."
    [duty] = having(tasks_of("bk_b241b75dc4e6.txt"), "hoàn tất các thủ tục đối ngoại")
    assert duty.assignees == ["Bộ Ngoại giao"]
    # bk_6fed96be8a84: "Điều 2. Bộ trưởng Bộ Tài chính tiếp thu, giải trình đầy đủ ý kiến Thành viên Chính phủ, ...
    # Trên cơ sở đó, giao Bộ trưởng Bộ Tài chính thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký ..."
    tasks = tasks_of("bk_6fed96be8a84.txt")
    [duty] = having(tasks, "giải trình đầy đủ ý kiến Thành viên Chính phủ")
    assert duty.assignees == ["Bộ trưởng Bộ Tài chính"]
    assert having(tasks, "thay mặt Chính phủ ký Báo cáo")
    # "Điều 1. Thông qua Báo cáo tiếp thu, giải trình ...": the Government's own approval, no one's duty
    assert not having(tasks, "Thông qua Báo cáo tiếp thu")


def test_an_authorisation_assigns_whom_it_names():
    # bk_b241b75dc4e6: "Điều 2. Ủy quyền cho Lãnh đạo Bộ Xây dựng thay mặt Chính phủ nước Cộng hòa xã hội chủ
    # nghĩa Việt Nam ký Hiệp định ...": the name ends where "thay mặt" says for whom it acts
    [duty] = having(tasks_of("bk_b241b75dc4e6.txt"), "thay mặt Chính phủ nước Cộng hòa")
    assert duty.assignees == ["Lãnh đạo Bộ Xây dựng"]


def test_an_authorisation_a_passive_describes_assigns_no_one():
    # bk_e7792cccbca7: "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính ... được Ủy ban nhân
    # dân tỉnh ủy quyền cho Giám đốc Sở Y tế giải quyết ...": what the procedures are
    assert not having(tasks_of("bk_e7792cccbca7.txt"), "ủy quyền cho Giám đốc Sở Y tế")


def test_the_ministries_listed_after_a_ministers_colon_expand_to_their_ministers():
    # bk_b241b75dc4e6: the list wraps after the colon ("Điều 5. Bộ trưởng các Bộ:" / "Xây dựng, Ngoại giao, ..."),
    # and its first member reads like a verb ("Xây dựng")
    [duty] = having(tasks_of("bk_b241b75dc4e6.txt"), "chịu trách nhiệm thi hành Nghị quyết này")
    assert [a for a in duty.assignees if a in MINISTERS] == MINISTERS
    assert duty.assignees[-1] == "Thủ trưởng các cơ quan, đơn vị liên quan"
    assert duty.action.startswith("chịu trách nhiệm thi hành")


def test_the_ministers_named_by_their_title_expand_alike():
    # the same formula with its title in the plural ("Các Bộ trưởng: ..."), as Nghị định 30/2020 also writes it
    run = read_names(EXECUTION.replace("Bộ trưởng các Bộ:", "Các Bộ trưởng:"))
    assert run is not None and [n for n in run.names if n in MINISTERS] == MINISTERS


def test_a_role_the_text_defines_is_the_subject_of_its_clauses():
    # bk_b3bb1db5fda1, Thông tư 109/2025/TT-BTC: "Điều 2. Người nộp lệ phí", "Điều 3. Tổ chức thu lệ phí" define
    # the roles; "2. Tổ chức thu lệ phí nộp 100% số tiền lệ phí thu được ... Tổ chức thu lệ phí khai, thu, nộp
    # lệ phí theo quy định của pháp luật về quản lý thuế."
    tasks = tasks_of("bk_b3bb1db5fda1.txt")
    [remit] = having(tasks, "nộp 100% số tiền lệ phí")
    [declare] = having(tasks, "khai, thu, nộp lệ phí theo quy định")
    assert remit.assignees == declare.assignees == ["Tổ chức thu lệ phí"]
    # "1. Người nộp lệ phí thực hiện nộp lệ phí ... bằng một trong các hình thức sau:": the items under the payer's
    # lead-in ("a) Nộp lệ phí theo hình thức không dùng tiền mặt ...") are the ways to pay, no tasks
    assert not having(tasks, "Nộp lệ phí theo hình thức không dùng tiền mặt")
    # bk_39db3d8c3cc4, another fee circular: "Điều 3. Tổ chức thu phí" / "2. Tổ chức thu phí nộp 100% ..."
    [remit] = having(tasks_of("bk_39db3d8c3cc4.txt"), "nộp 100% số tiền phí")
    assert remit.assignees == ["Tổ chức thu phí"]


def test_what_a_role_is_or_may_do_or_pay_is_no_duty():
    # bk_b3bb1db5fda1: "Người nộp lệ phí theo quy định tại Thông tư này là cá nhân ..." (a definition); "Mức thu lệ
    # phí ... như sau: 1. Cấp Chứng chỉ ...: 300.000 đồng/Chứng chỉ." (the amount); "... thì không phải nộp lệ
    # phí cấp lại ..." (an exemption); "Nguồn chi phí ... được ngân sách nhà nước bố trí ..." (what it is given)
    tasks = tasks_of("bk_b3bb1db5fda1.txt")
    for words in ("là cá nhân khi làm thủ tục", "300.000 đồng", "không phải nộp lệ phí", "Nguồn chi phí trang trải"):
        assert not having(tasks, words), words


def test_a_body_the_text_defines_is_the_subject_of_its_clauses():
    # bk_71ce6a1744e0: "Điều 2. Đại học Công nghiệp Hà Nội là đơn vị sự nghiệp công lập ..." defines the body;
    # "1. Đại học Công nghiệp Hà Nội thực hiện tổ chức lại cơ cấu tổ chức ..." is its duty
    tasks = tasks_of("bk_71ce6a1744e0.txt")
    [duty] = having(tasks, "thực hiện tổ chức lại cơ cấu tổ chức")
    assert duty.assignees == ["Đại học Công nghiệp Hà Nội"]
    assert not having(tasks, "là đơn vị sự nghiệp công lập")  # the definition itself


def test_bodies_qualified_by_what_they_receive_hold_the_duty_their_clause_gives():
    # bk_b3bb1db5fda1: "Trong thời hạn 24 giờ tính từ thời điểm nhận được tiền lệ phí, cơ quan, tổ chức nhận tiền
    # phải chuyển toàn bộ tiền lệ phí thu được vào tài khoản ...": "tổ chức" a noun before "phải", not a verb
    [duty] = having(tasks_of("bk_b3bb1db5fda1.txt"), "phải chuyển toàn bộ tiền lệ phí")
    assert duty.assignees == ["cơ quan, tổ chức nhận tiền"]
