"""Tasks read from the document's structure, eighth round of issue 15: one test per
class of misses on the tuning set of People's Council resolutions and tax and customs
letters (`fixtures/task_tuning_set_8/`), each on a real document, with one where a
non-duty stays out.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.tasks import addressed
from extractors.tasks.reading import acting_clause
from models.extraction import Span, Task

from real_documents import having, tasks_of


def test_a_bare_head_in_a_letter_to_one_company_is_that_company():
    # bk_9ca435f010e5, Cục Hải quan to "Kính gửi: Công ty TNHH Tokokosen": "Đề nghị Công ty căn cứ các quy định nêu
    # trên để thực hiện."
    [duty] = having(tasks_of("bk_9ca435f010e5.txt"), "Đề nghị Công ty căn cứ các quy định nêu trên")
    assert duty.assignees == ["Công ty TNHH Tokokosen", "Công ty"]  # the word as written kept too (round 27)
    # bk_cf07a5ebd65d, Cục Thuế to Công ty TNHH CORNERSTONE VINA: the request runs on through its basis
    [duty] = having(tasks_of("bk_cf07a5ebd65d.txt"), "nghiên cứu ý kiến Cục Thống kê")
    assert duty.assignees == ["Công ty TNHH CORNERSTONE VINA", "Công ty"]


def test_a_bare_head_that_heads_no_or_several_recipients_stays_as_written():
    task = Task(assignees=["Công ty"], action="căn cứ các quy định nêu trên để thực hiện.",
                text="Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện.", span=Span(start=0, end=58))
    assert addressed([task], ["Cục Thuế tỉnh Quảng Trị"])[0].assignees == ["Công ty"]
    two = ["Công ty TNHH Tokokosen", "Công ty TNHH Wilmar Marketing CLV"]
    assert addressed([task], two)[0].assignees == ["Công ty"]
    named = task.model_copy(update={"assignees": ["Công ty TNHH Tokokosen"]})
    assert addressed([named], two)[0].assignees == ["Công ty TNHH Tokokosen"]


def test_a_basis_joined_to_its_action_by_de_leaves_the_action_to_the_items_assignee():
    # bk_98b67fb117d0, Nghị quyết 51/2025/NQ-HĐND, Điều 4 khoản 1: "Giao Ủy ban nhân dân Thành phố tổ chức triển
    # khai thực hiện Nghị quyết. Căn cứ quy mô, điều kiện tự nhiên và đặc thù của mỗi xã, phường để quyết định số
    # lượng nhân viên chăn nuôi thú y cụ thể cho từng đơn vị ...": a second duty of the same body
    tasks = tasks_of("bk_98b67fb117d0.txt")
    [duty] = having(tasks, "quyết định số lượng nhân viên chăn nuôi thú y")
    assert duty.assignees == ["Ủy ban nhân dân Thành phố"]
    assert duty.action.startswith("quyết định số lượng nhân viên chăn nuôi thú y cụ thể")
    assert having(tasks, "Giao Ủy ban nhân dân Thành phố tổ chức triển khai")
    # bk_2edf5927c71b: "- Căn cứ mục tiêu, nhiệm vụ nêu trong Chương trình để xây dựng dự toán kinh phí cụ thể, ..."
    [duty] = having(tasks_of("bk_2edf5927c71b.txt"), "để xây dựng dự toán kinh phí cụ thể")
    assert duty.action.startswith("xây dựng dự toán kinh phí cụ thể")


def test_a_basis_that_cites_a_text_before_de_opens_no_action():
    # the recital's own shape ("Căn cứ Luật ... số 72/2025/QH15 để ..."): a cited text grounds no action of its own
    assert acting_clause("Căn cứ Nghị định số 126/2024/NĐ-CP để thực hiện.") is None
    assert acting_clause("Căn cứ quy mô của mỗi xã, phường để quyết định số lượng nhân viên.") == \
        "quyết định số lượng nhân viên."


def test_a_recital_after_a_basis_is_no_duty():
    # bk_8983091b5c65, Nghị quyết 72/2025/NQ-HĐND: "... theo Kết luận số 183-KL/TW ngày 01 tháng 8 năm 2025 của Bộ
    # Chính trị, Ban Bí thư; Xét Tờ trình số 421/TTr-UBND ... của Ủy ban nhân dân Thành phố đề nghị ban hành ...":
    # the name after the comma ends at the semicolon, where the next recital opens ("Xét")
    tasks = tasks_of("bk_8983091b5c65.txt")
    assert not having(tasks, "Xét Tờ trình số 421/TTr-UBND")
    assert not having(tasks, "trình số 421/TTr-UBND")
    assert having(tasks, "Giao Ủy ban nhân dân Thành phố tổ chức triển khai")
    run = read_names("Ban Bí thư; Xét Tờ trình số 421/TTr-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố")
    assert run is not None and run.names == ("Ban Bí thư",)
