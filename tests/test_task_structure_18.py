"""Tasks read from the document's structure, eighteenth round of issue 15: a procedure's step
after a time limit written as a span of days ("Trong 02 ngày làm việc, ..."); the actors of the
event a limit counts from, which are not its subject; a Nơi nhận label as OCR reads it off a
scan, which ends the body. Each on the real document, with the shape beside it that stays as
it was.
"""
from __future__ import annotations

from extractors.lines import pattern
from extractors.pipeline import extract_text
from extractors.tasks.reading import read_duty
from real_documents import FIXTURES, central_tasks, having


def test_a_step_after_a_span_of_days_is_its_bodys_duty():
    # Quyết định 08/2022/QĐ-TTg, Điều 7 and Điều 11: "5. Trong 02 ngày làm việc, kể từ ngày nhận được đầy đủ hồ
    # sơ, Ủy ban nhân dân cấp huyện thẩm định trình Ủy ban nhân dân cấp tỉnh." The limit opens with "Trong" and a
    # count of days, not "Trong thời hạn"; the step was read as no duty at all
    tasks = central_tasks("ext_37.txt")
    steps = having(tasks, "Ủy ban nhân dân cấp huyện thẩm định trình")
    assert [t.assignees for t in steps] == [["Ủy ban nhân dân cấp huyện"]] * 2  # one in each procedure
    assert all(t.deadline is not None and t.deadline.kind == "relative" for t in steps)
    [approval] = having(tasks, "Ủy ban nhân dân cấp tỉnh ban hành quyết định phê duyệt danh sách")[:1]
    assert approval.assignees == ["Ủy ban nhân dân cấp tỉnh"]


def test_a_span_of_days_is_no_name():
    # the shape alone: a span of days, then a clause whose subject is a body's own name; a span of days with
    # no name after it stays no duty
    duty = read_duty("Trong 10 ngày, kể từ ngày nhận đủ hồ sơ, Sở Nội vụ thẩm định trình Ủy ban nhân dân tỉnh.")
    assert duty is not None and duty.assignees == ("Sở Nội vụ",)
    assert read_duty("Trong 10 ngày, kể từ ngày nhận đủ hồ sơ, việc thẩm định phải hoàn thành.") is None


def test_the_actors_of_the_event_a_limit_counts_from_are_not_its_subject():
    # Nghị định 53/2016/NĐ-CP as amended: "Trong vòng 15 ngày kể từ ngày Hội đồng quản trị, Hội đồng thành viên
    # hoặc Đại hội đồng cổ đông thông qua mức tiền lương ..., người đại diện vốn thì gửi báo cáo ...": the boards
    # after "kể từ ngày" act in the event; the limit's subject is the one before "thì"
    [report] = having(central_tasks("ext_77.txt"), "kể từ ngày Hội đồng quản trị, Hội đồng thành viên")
    assert report.assignees == ["Người đại diện vốn"]


def test_a_cc_label_misread_off_a_scan_is_the_cc_label():
    # OCR reads "Nơi nhận:" as "Noi nhận:" (Tổng cục Thuế's letter 4800/TCT-TTr) or "Nai nhận:" (a scanned
    # Quyết định of the corpus): with its colon, a label whose marked letters came out as others
    for label in ("Nơi nhận:", "Noi nhận:", "Nai nhận: - Như trên;", "Nơi nhan:", "Nơi nhận"):
        assert pattern("cc").match(label), label
    assert pattern("recipients").match("Kinh gửi: Sở Tài chính")
    for line in ("Noi nhan các hồ sơ", "Nai nhận hồ sơ", "Kinh gửi các đơn vị"):  # no colon: any words
        assert not pattern("cc").match(line) and not pattern("recipients").match(line), line


def test_the_list_after_a_misread_cc_label_is_the_cc_list_not_duties():
    # the letter's copy list after "Noi nhận:" was read as four more duties of the Cục trưởng ("Luu: VT; TTr (3b).")
    extraction = extract_text((FIXTURES / "central_texts" / "ext_82.txt").read_text(encoding="utf-8"))
    assert extraction.cc[:3] == ["Như trên", "Lanh dao B6 Tai chinh (dé b/c)", "Lãnh đạo Tổng cục Thuế (dé chi đạo)"]
    assert not [t for t in extraction.tasks if "Luu: VT" in t.text or "Lanh dao" in t.text]
