"""Vietnamese public holidays, for counting working days (ngày làm việc).

Source of the list: Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112
"Nghỉ lễ, tết": Tết Dương lịch (01/01), Tết Âm lịch (05 ngày), Ngày Chiến thắng
(30/4), Ngày Quốc tế lao động (01/5), Quốc khánh (02/9 and one day before or
after it), Giỗ Tổ Hùng Vương (10/3 âm lịch). Saturdays and Sundays are the weekly
rest days of state bodies (Nghị định 45/2013/NĐ-CP, Thông tư 16/2014/TT-BNV).
"""
from __future__ import annotations

from datetime import date

# Solar holidays: (month, day). Source: Bộ luật Lao động 2019, Điều 112 khoản 1.
FIXED_HOLIDAYS: tuple[tuple[int, int], ...] = (
    (1, 1),  # Tết Dương lịch, điểm a
    (4, 30),  # Ngày Chiến thắng, điểm d
    (5, 1),  # Ngày Quốc tế lao động, điểm đ
    (9, 2),  # Quốc khánh, điểm e
)

# Mùng 1 Tết Nguyên đán (first day of the lunar year) 2020-2030, from published
# Vietnamese lunar calendar tables (âm lịch Việt Nam, UTC+7; it differs from the
# Chinese calendar only in 1985 and 2007 within this era). The exact days off each
# year are set by the government's yearly notice; see TET_DAYS_* below.
TET_NGUYEN_DAN: dict[int, date] = {
    2020: date(2020, 1, 25),  # Canh Tý
    2021: date(2021, 2, 12),  # Tân Sửu
    2022: date(2022, 2, 1),  # Nhâm Dần
    2023: date(2023, 1, 22),  # Quý Mão
    2024: date(2024, 2, 10),  # Giáp Thìn
    2025: date(2025, 1, 29),  # Ất Tỵ
    2026: date(2026, 2, 17),  # Bính Ngọ
    2027: date(2027, 2, 6),  # Đinh Mùi
    2028: date(2028, 1, 26),  # Mậu Thân
    2029: date(2029, 2, 13),  # Kỷ Dậu
    2030: date(2030, 2, 3),  # Canh Tuất
}

# The five Tết days the Labour Code grants, counted from mùng 1: the government's
# yearly notice usually puts them at the last day of the old year plus mùng 1-4
# (e.g. Thông báo 5646/TB-LĐTBXH for 2024: 08/02-14/02 with weekends).
TET_DAYS_BEFORE = 1
TET_DAYS_AFTER = 3

# Giỗ Tổ Hùng Vương, 10 tháng 3 âm lịch, 2020-2030 (same tables as above; the
# 2027-2030 entries are to be checked against the yearly notice when it is issued).
HUNG_KINGS: dict[int, date] = {
    2020: date(2020, 4, 2),
    2021: date(2021, 4, 21),
    2022: date(2022, 4, 10),
    2023: date(2023, 4, 29),
    2024: date(2024, 4, 18),
    2025: date(2025, 4, 7),
    2026: date(2026, 4, 26),
    2027: date(2027, 4, 16),
    2028: date(2028, 4, 4),
    2029: date(2029, 4, 23),
    2030: date(2030, 4, 12),
}

# The day added to Quốc khánh (01/9 or 03/9) is chosen each year; 2025 used 01/9
# (Thông báo của Bộ Nội vụ), earlier years mostly the day adjacent to a weekend.
QUOC_KHANH_EXTRA: dict[int, date] = {
    2021: date(2021, 9, 3),
    2022: date(2022, 9, 1),
    2023: date(2023, 9, 1),
    2024: date(2024, 9, 3),
    2025: date(2025, 9, 1),
}
