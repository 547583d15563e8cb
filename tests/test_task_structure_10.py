"""Tasks read from the document's structure, ninth round of issue 15: one test per class
of misses on the scanned signed letters read through OCR (`fixtures/task_tuning_set_9/`),
each on a real document, with ones where a non-duty stays out. A scan is read once per
test session (tests/real_documents.py: the loader's OCR costs seconds).
"""
from __future__ import annotations

from datetime import date

from extractors.deadlines import named_period
from extractors.tasks.reading import read_duty

from real_documents import having, tasks_of


def test_a_reports_forward_section_whose_scan_lost_the_numerals_stop_holds_its_tasks():
    # pd_005, Báo cáo 23/BC-UBND of UBND tỉnh Quảng Ngãi (January 2025): the scan reads "II NHIỆM VỤ TRỌNG TÂM THÁNG
    # 02 NĂM 2025" with no stop after the numeral; its four items are the province's own tasks for February
    tasks = tasks_of("pd_005.pdf")
    for words in ("Ban hành các kế hoạch: Truyền thông và kiểm tra", "Theo dõi tiếp nhận, xử lý PAKN",
                  "Triển khai thực hiện các nhiệm vụ của địa phương được giao"):
        [duty] = having(tasks, words)
        assert duty.deadline is not None and duty.deadline.date == date(2025, 2, 28)
        assert duty.deadline.text == "THÁNG 02 NĂM 2025"


def test_a_reports_results_section_stays_out():
    # pd_005, section "I. KẾT QUẢ THỰC HIỆN": work done in January is narrated, no task
    tasks = tasks_of("pd_005.pdf")
    assert not having(tasks, "thực hiện đánh giá tác động và thấm định 02 TTHC")
    assert not having(tasks, "Số PAKN được tiếp")


def test_a_heading_names_a_period_its_items_are_due_by():
    assert named_period("NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2025", doc_date=date(2025, 1, 23)).date == date(2025, 2, 28)
    assert named_period("Nhiệm vụ quý II năm 2025", doc_date=date(2025, 3, 20)).date == date(2025, 6, 30)
    assert named_period("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", doc_date=date(2024, 12, 15)).date == date(2025, 12, 31)
    # a period over at the report's date names work done in it
    assert named_period("Nhiệm vụ tháng 01 năm 2025", doc_date=date(2025, 2, 5)) is None


def test_a_role_label_designates_the_body_its_value_names():
    # pd_014, Quyết định 1009/QĐ-TTg, Điều 1 mục 8 "Tổ chức thực hiện": "- Cơ quan thẩm định: Bộ Xây dựng." and
    # "- Cơ quan trình duyệt: Ủy ban nhân dân tỉnh Lạng Sơn.": the body after the colon plays the role
    tasks = tasks_of("pd_014.pdf")
    [duty] = having(tasks, "Cơ quan thẩm định: Bộ Xây dựng.")
    assert duty.assignees == ["Bộ Xây dựng"] and duty.action == "thẩm định"
    [duty] = having(tasks, "Cơ quan trình duyệt: Ủy ban nhân dân tỉnh Lạng Sơn.")
    assert duty.assignees == ["Ủy ban nhân dân tỉnh Lạng Sơn"]
    assert not any(t.assignees == ["Cơ quan"] for t in tasks)


def test_a_role_label_whose_value_names_no_body_designates_nobody():
    # the value of "Cơ quan thẩm định:" is not a name when it opens with no capital: it designates no body
    duty = read_duty("Cơ quan thẩm định: căn cứ các quy định hiện hành về quy hoạch xây dựng.")
    assert duty is None or not any("căn cứ" in a for a in duty.assignees)
