"""Deadline phrases from real corpus lines -> dates and RRULEs."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr

from extractors.deadlines import add_working_days, column_deadline, find_deadline, is_working_day, report_periods
from extractors.pipeline import extract_text
from real_documents import central_tasks, having

QUARTER_HALF_YEAR = ("FREQ=MONTHLY;INTERVAL=3", "FREQ=MONTHLY;INTERVAL=6", "FREQ=YEARLY")

# (line as printed, document date, expected date, expected kind)
DATED = [
    ("Thời gian thực hiện hoàn thành xong trước ngày 05 tháng 12\nnăm 2025.", date(2025, 11, 25), date(2025, 12, 5), "absolute"),
    ("gửi về Bộ Nội vụ trước ngày 26/11/2025 để tổng hợp", date(2025, 11, 21), date(2025, 11, 26), "absolute"),
    ("chậm nhất ngày 30 tháng 11 năm 2025", None, date(2025, 11, 30), "absolute"),
    ("trước ngày 15/01/2024", None, date(2024, 1, 15), "absolute"),
    ('triển khai ngay "Chiến dịch Quang Trung" vào\nngày 01/12/2025 để huy động', date(2025, 11, 30), date(2025, 12, 1), "absolute"),
    ("Thời gian hoàn thành trong tháng 12 năm 2025.", date(2025, 11, 25), date(2025, 12, 31), "period"),
    ("trong tháng 12/2025", None, date(2025, 12, 31), "period"),
    ("tham mưu UBND xã sơ kết vào tháng 6/2026.", date(2025, 12, 5), date(2026, 6, 30), "period"),  # done in June
    ("c) Thời gian thực hiện: Hoàn\nthành trong năm 2025.", date(2025, 11, 17), date(2025, 12, 31), "period"),
    ("dự kiến tổ chức trong Quý III/2024", None, date(2024, 9, 30), "period"),
    ("6 tháng cuối năm", date(2024, 5, 2), date(2024, 12, 31), "period"),
    ("trước ngày 20/12 (năm thiếu)", date(2025, 11, 3), date(2025, 12, 20), "absolute"),
    ("trước ngày 05/01 năm sau", date(2025, 12, 10), date(2026, 1, 5), "absolute"),
    ("trong thời hạn 05 ngày làm việc kể từ ngày ký", date(2025, 11, 25), date(2025, 12, 2), "relative"),
    ("trong thời hạn 10 ngày kể từ ngày 01/12/2025", None, date(2025, 12, 11), "relative"),
]


@pytest.mark.parametrize("line, doc_date, expected, kind", DATED)
def test_dated_deadlines(line, doc_date, expected, kind):
    found = find_deadline(line, doc_date=doc_date, doc_year=doc_date.year if doc_date else None)
    assert found is not None
    assert (found.date, found.kind) == (expected, kind)
    assert found.text in " ".join(line.split())


# (line, expected RRULE)
RECURRING = [
    ("tổng hợp báo cáo Ủy ban nhân dân\ntỉnh trước ngày 25/12 hàng năm.", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25"),
    ("báo cáo UBND Thành phố kết quả thực hiện thông qua Sở Khoa\nhọc và Công nghệ trước ngày 15 hằng tháng.", "FREQ=MONTHLY;BYMONTHDAY=15"),
    ("- Thực hiện báo cáo định kỳ 6 tháng, hàng năm", "FREQ=MONTHLY;INTERVAL=6"),
    ("định kỳ hàng quý, 6 tháng, hàng năm xây dựng báo cáo", "FREQ=MONTHLY;INTERVAL=3"),
    ("Báo cáo tình hình hằng tháng", "FREQ=MONTHLY"),
    # "định kỳ" belongs to these phrases as written: the six-month and quarterly rules, not a bare "định kỳ"
    ("Đơn vị báo cáo kết quả định kỳ 6 tháng.", "FREQ=MONTHLY;INTERVAL=6"),
    ("Các xã báo cáo định kỳ quý về Sở Nội vụ.", "FREQ=MONTHLY;INTERVAL=3"),
]


# How often, said as times in a span; lines of the corpus and of the central texts
FREQUENCIES = [
    ("1. Họp Ban Chỉ đạo định kỳ: 06 tháng một lần.", "FREQ=MONTHLY;INTERVAL=6"),  # dev hd_033
    ("Việc báo cáo kết quả triển khai được thực hiện 02 lần/năm: lần 1 từ 01/01 đến 31/10", "FREQ=MONTHLY;INTERVAL=6"),
    ("được rà soát, cập nhật định kỳ 03 năm một lần hoặc khi có thay đổi lớn", "FREQ=YEARLY;INTERVAL=3"),  # ext_58
    ("Hội thi cấp tỉnh tổ chức định kỳ ba năm một lần;", "FREQ=YEARLY;INTERVAL=3"),  # ext_122
    ("kiểm tra tại tất cả các phường - xã, thị trấn tối thiểu một lần/năm.", "FREQ=YEARLY"),  # ext_99
    ("Báo cáo kết quả về Sở Nội vụ mỗi quý một lần.", "FREQ=MONTHLY;INTERVAL=3"),
    ("Tổ chức giao ban hai lần mỗi năm.", "FREQ=MONTHLY;INTERVAL=6"),
    ("Kiểm tra thiết bị mỗi tuần một lần.", "FREQ=WEEKLY"),
    ("Báo cáo tình hình 12 tháng một lần.", "FREQ=YEARLY"),
]


@pytest.mark.parametrize("line, rule", RECURRING + FREQUENCIES)
def test_recurring_deadlines(line, rule):
    found = find_deadline(line, doc_year=2025)
    assert found is not None and found.kind == "recurring", found
    assert found.recurrence == rule
    rrulestr(found.recurrence, dtstart=datetime(2025, 1, 1))  # a valid RFC 5545 rule


@pytest.mark.parametrize("line", [
    # a cap on how often is a limit, not work that recurs (ext_33)
    "Chế độ trợ cấp quy định tại Điểm a và Điểm b khoản này được thực hiện không quá hai lần trong một năm.",
    "Mỗi đối tượng được hỗ trợ tối đa 01 lần/năm.",
    "Tổ chức kiểm tra 5 lần/năm.",  # every 2.4 months: no rule says it
    "Họp 2 lần/tuần.",  # twice a week: no rule says it
])
def test_a_cap_or_an_uneven_count_is_no_recurrence(line):
    found = find_deadline(line, doc_year=2025)
    assert found is None or found.recurrence is None, found


def test_once_in_a_named_year_is_that_year():
    found = find_deadline("Kiểm tra một lần trong năm 2025.", doc_year=2025)
    assert found is not None and (found.kind, found.date, found.recurrence) == ("period", date(2025, 12, 31), None)


def test_a_letters_duties_recur_as_often_as_it_says():
    """ext_114 (a Hà Nội instruction on house support): "Báo cáo tình hình ... 3 tháng một lần; báo cáo kết quả ...
    trong năm 2014"; ext_99: "... phải thực hiện kiểm tra ... tối thiểu một lần/năm"."""
    [report] = having(central_tasks("ext_114.txt"), "3 tháng một lần")
    assert report.deadline is not None and report.deadline.recurrence == "FREQ=MONTHLY;INTERVAL=3"
    [check] = having(central_tasks("ext_99.txt"), "một lần/năm")
    assert check.deadline is not None and check.deadline.recurrence == "FREQ=YEARLY"
    assert check.assignees == ["Phòng Lao động - Thương binh và Xã hội quận - huyện"]


def test_no_deadline_in_a_citation():
    assert find_deadline("Thực hiện Công văn số 1313/UBND-TTHC ngày 14/3/2024 của UBND tỉnh", doc_year=2024) is None


CLOSING = ("Báo cáo CCHC phải do Thủ trưởng các cơ quan, đơn vị, địa phương ký ban hành và gửi về UBND huyện "
           "(qua Phòng Nội vụ) chậm nhất đến ngày 07 của tháng cuối kỳ báo cáo.")


@pytest.mark.parametrize("periods, expected", [
    (QUARTER_HALF_YEAR, [(3, 7), (6, 7), (9, 7), (12, 7)]),  # quarterly (6-month and yearly fall on its dates)
    (("FREQ=MONTHLY;INTERVAL=6", "FREQ=YEARLY"), [(6, 7), (12, 7)]),
    (("FREQ=YEARLY",), [(12, 7)]),
])
def test_report_due_on_the_7th_of_the_closing_month(periods, expected):
    """Seed 000: reports due on the 7th of the last month of each report period, for 2024."""
    found = find_deadline(CLOSING, doc_year=2024, periods=periods)
    assert found and found.text == "chậm nhất đến ngày 07 của tháng cuối kỳ"
    dates = rrulestr(found.recurrence, dtstart=datetime(2024, 1, 1)).between(
        datetime(2024, 1, 1), datetime(2024, 12, 31, 23, 59), inc=True)
    assert [(d.month, d.day) for d in dates] == expected


def test_report_periods_of_a_document():
    text = "các cơ quan, đơn vị, địa phương định kỳ hàng quý, 6 tháng, hàng năm xây dựng báo cáo"
    assert report_periods(text) == QUARTER_HALF_YEAR


@pytest.mark.parametrize("start, n, expected", [
    (date(2025, 11, 25), 5, date(2025, 12, 2)),  # a weekend in between
    (date(2025, 1, 24), 5, date(2025, 2, 6)),  # Tết Ất Tỵ (mùng 1 = 29/01/2025)
    (date(2024, 4, 26), 3, date(2024, 5, 3)),  # 30/4 and 1/5
    (date(2024, 8, 30), 1, date(2024, 9, 4)),  # Quốc khánh 2/9 and 3/9
])
def test_working_days_skip_weekends_and_holidays(start, n, expected):
    assert add_working_days(start, n) == expected


def test_tet_and_hung_kings_are_holidays():
    assert not is_working_day(date(2024, 2, 12))  # mùng 3 Tết Giáp Thìn
    assert not is_working_day(date(2025, 4, 7))  # Giỗ Tổ Hùng Vương 2025
    assert is_working_day(date(2025, 4, 8))


def test_a_limit_counts_from_the_documents_date_only_when_it_names_the_text_itself():
    # central (ce_012): "chậm nhất sau 05 ngày làm việc kể từ ngày ban hành kế hoạch thanh tra của Bộ": another paper
    found = find_deadline("ban hành kế hoạch thanh tra chậm nhất sau 05 ngày làm việc kể từ ngày ban hành kế hoạch"
                          " thanh tra của Bộ.", doc_date=date(2025, 10, 15))
    assert found is not None and found.kind == "relative" and found.date is None
    found = find_deadline("báo cáo trong thời hạn 05 ngày làm việc kể từ ngày ban hành Kế hoạch này.",
                          doc_date=date(2025, 10, 15))
    assert found is not None and found.date is not None


SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def test_a_deadlines_span_shows_its_own_words() -> None:
    # ce_012, Điều 19: "... chậm nhất vào ngày 20 tháng 11 hằng năm. Bộ trưởng Bộ Công an
    # cho ý kiến ... chậm nhất vào ngày 30 tháng 11 hằng năm.": the second sentence's date
    # was placed on the first's words (found by its first word "chậm")
    spans = 0
    for path in [*sorted((SHARED / "seeds").glob("*.txt")), *sorted((SHARED / "dev").glob("*.txt")),
                 *sorted((SHARED / "central").glob("*.txt"))]:
        text = path.read_text(encoding="utf-8")
        for task in extract_text(text).tasks:
            d = task.deadline
            if d is not None and d.span is not None:
                spans += 1
                shown = " ".join(text[d.span.start:d.span.end].split()).casefold()
                assert shown == " ".join(d.text.split()).casefold(), (path.name, d.text, shown)
    assert spans > 50  # 72 when written


def test_a_time_columns_months_sharing_their_year_end_with_the_last():
    # a plan's time field (Kế hoạch 252/KH-BCĐQG1237): "Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm." is due by the
    # end of December, not of November, nor yearly
    found = column_deadline("Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm.", doc_year=2013)
    assert found is not None and found.date == date(2013, 12, 31)
    found = column_deadline("Tháng 11 - 12/2025", doc_year=2025)
    assert found is not None and found.date == date(2025, 12, 31)


def test_months_from_a_named_event_count_to_the_same_day():
    # Nghị quyết 17/2026/NQ-CP (in effect from its date, 29/4/2026): "Trong thời hạn 03 tháng kể từ ngày Nghị quyết này
    # có hiệu lực thi hành, ..."
    found = find_deadline("Trong thời hạn 03 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành, các cơ quan bàn "
                          "giao hồ sơ.", doc_date=date(2026, 4, 29), effective=date(2026, 4, 29))
    assert found is not None and found.date == date(2026, 7, 29)
    found = find_deadline("sau 6 tháng kể từ ngày 31/8/2025", doc_date=date(2025, 6, 1))
    assert found is not None and found.date == date(2026, 2, 28)  # the month's last day when it has no 31st
