"""Deadline phrases of Vietnamese administrative writing, as regex building blocks.

Compiled by extractors/deadlines.py. Each entry says where the wording comes from:
the corpus (seeds, dev, bulk: phrases that recur across issuers) or the rules that
govern the documents (Nghị định 30/2020/NĐ-CP on document form, Nghị định
09/2019/NĐ-CP on the reporting regime, Bộ luật Dân sự 2015 Điều 144-148 on how
time limits are counted).
"""
from __future__ import annotations

# Words that introduce a deadline before a date ("trước ngày 15/01/2024",
# "chậm nhất ngày 30 tháng 11 năm 2025", "hoàn thành xong trước ngày ...",
# "vào ngày 01/12/2025", "hạn cuối ngày ..."). Source: corpus, all sets.
DEADLINE_CUES: tuple[str, ...] = (
    "chậm nhất đến",
    "chậm nhất trước",
    "chậm nhất là",
    "chậm nhất vào",
    "chậm nhất",
    "trước",
    "hạn chót",
    "hạn cuối",
    "thời hạn",
    "hoàn thành",
    "xong",
    "vào",
    "trong",
    "đến hết",
    "không quá",
    "muộn nhất",
    # "quyết định bảng giá đất, công bố và áp dụng từ ngày 01 tháng 01 năm 2026": the day by which
    # the duty's result must be in force. Source: bulk (Nghị quyết on land prices).
    "áp dụng từ",
)

# Time of day that may stand between the cue and the date ("trước 17 giờ ngày
# 03/12/2025", "trước 16h00 ngày ..."). Source: corpus (công điện, công văn).
TIME_OF_DAY = r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?,?\s*)"

# The day of the week that may stand between the cue and the date ("trước Thứ Tư ngày
# 26/11/2025", "trước thứ Sáu, ngày 28/11"). Source: bulk (công văn, giấy mời).
WEEKDAY = r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật),?\s*)"

# Roman and Arabic quarter numerals: "Quý III/2024", "quý 4 năm 2025".
QUARTERS: dict[str, int] = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Half-year and year periods -> (start month, end month). Source: corpus ("6
# tháng cuối năm", "6 tháng đầu năm", "trong năm 2025", "năm 2025").
HALF_YEARS: dict[str, tuple[int, int]] = {
    "đầu năm": (1, 6),  # 6 tháng đầu năm
    "cuối năm": (7, 12),  # 6 tháng cuối năm
}

# Recurrence words -> RFC 5545 rule parts. Source: Nghị định 09/2019/NĐ-CP Điều 12
# (báo cáo định kỳ: hằng năm, 6 tháng, hằng quý, hằng tháng) and corpus wording.
RECURRENCE_WORDS: dict[str, str] = {
    "hàng ngày": "FREQ=DAILY",
    "hằng ngày": "FREQ=DAILY",
    "hàng tuần": "FREQ=WEEKLY",
    "hằng tuần": "FREQ=WEEKLY",
    "hàng tháng": "FREQ=MONTHLY",
    "hằng tháng": "FREQ=MONTHLY",
    "hàng quý": "FREQ=MONTHLY;INTERVAL=3",
    "hằng quý": "FREQ=MONTHLY;INTERVAL=3",
    "định kỳ quý": "FREQ=MONTHLY;INTERVAL=3",
    "định kỳ 6 tháng": "FREQ=MONTHLY;INTERVAL=6",
    "định kỳ sáu tháng": "FREQ=MONTHLY;INTERVAL=6",
    "hàng năm": "FREQ=YEARLY",
    "hằng năm": "FREQ=YEARLY",
}

# How often work recurs, said as a count of times in a span of time: "3 tháng một lần", "định kỳ 03 tháng
# một lần" (every 3 months), "mỗi quý một lần", "01 lần/năm", "tối thiểu một lần/năm" (once in each span), "hai
# lần mỗi năm" (twice a year: every 6 months). Source: central texts (a ministry's instruction on house-support
# reports, a city's instruction on checks of policy for people of merit), and the RFC 5545 rule each span is.
FREQUENCY_SPANS: dict[str, tuple[str, int]] = {  # span -> (FREQ, months or units it holds)
    "ngày": ("DAILY", 1),
    "tuần": ("WEEKLY", 1),
    "tháng": ("MONTHLY", 1),
    "quý": ("MONTHLY", 3),
    "năm": ("YEARLY", 1),
}
FREQUENCY_COUNTS: dict[str, int] = {  # counts written in words; digits are read as numbers
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "mười hai": 12,
}
FREQUENCY_TIMES = "lần"  # "một lần": one time
FREQUENCY_EVERY = "mỗi"  # "mỗi quý một lần": each span, one of it
FREQUENCY_EACH: tuple[str, ...] = ("mỗi", "một", "trong một", "trên", "/")  # "lần/năm", "lần mỗi năm"
MONTHS_IN_YEAR = 12
# A cap on how often ("không quá hai lần trong một năm", "tối đa 02 lần/học kỳ"): a limit on what may be done, not
# work that recurs. Source: central texts (a decree on support paid at most twice a year, a circular on school meals).
FREQUENCY_CAPS: tuple[str, ...] = ("không quá", "tối đa", "nhiều nhất")

# Words before "tháng M/YYYY" that make the month a deadline, its last day ("trong tháng 12/2025", "hoàn thành
# trước tháng 6/2026", "sơ kết vào tháng 6/2026": done in that month). Source: corpus, plans' time lines.
MONTH_CUES: tuple[str, ...] = ("trong", "hết", "cuối", "trước", "vào")
# "Hoàn thành trong năm 2025", "hết năm 2025", "cuối năm 2025": by the year's end; "trước năm 2030", before the
# year starts: by the end of the year before it (as the readers of the national air-quality plan date it).
YEAR_CUES: tuple[str, ...] = ("trong", "hết", "cuối")
BEFORE_YEAR_CUES: tuple[str, ...] = ("trước",)

# "6 tháng" alone is a period ("6 tháng cuối năm"), and recurs only inside a list of
# report periods ("hàng quý, 6 tháng, hàng năm"; "định kỳ 6 tháng, hàng năm").
# Source: seeds and dev (report-regime paragraphs).
SIX_MONTHS = ("6 tháng", "sáu tháng")
SIX_MONTHS_RULE = "FREQ=MONTHLY;INTERVAL=6"

# Report periods -> the months that close them, for "ngày 07 của tháng cuối kỳ
# báo cáo" (Nghị định 09/2019/NĐ-CP Điều 12 khoản 2: kỳ báo cáo quý, 6 tháng, năm).
PERIOD_CLOSING_MONTHS: dict[str, tuple[int, ...]] = {
    "FREQ=MONTHLY": tuple(range(1, 13)),
    "FREQ=MONTHLY;INTERVAL=3": (3, 6, 9, 12),
    "FREQ=MONTHLY;INTERVAL=6": (6, 12),
    "FREQ=YEARLY": (12,),
}

# A recurring duty with no period named ("Định kỳ, báo cáo ...") falls back to the
# document's own report periods, else yearly: every periodic regime of Nghị định
# 09/2019/NĐ-CP includes a yearly report.
DEFAULT_RECURRENCE = "FREQ=YEARLY"
BARE_PERIODIC_WORDS: tuple[str, ...] = ("định kỳ",)  # corpus: "Định kỳ báo cáo", "báo cáo định kỳ"

# Relative time limits: "trong thời hạn 05 ngày làm việc kể từ ngày nhận được",
# "trong vòng 10 ngày", "sau 15 ngày kể từ ngày ký". Source: corpus and Bộ luật Dân
# sự 2015 Điều 147 (a limit in days starts the day after the event).
RELATIVE_LEADS: tuple[str, ...] = ("trong thời hạn", "trong vòng", "trong", "sau", "chậm nhất", "không quá")
WORKING_DAY_WORDS: tuple[str, ...] = ("ngày làm việc",)
CALENDAR_DAY_WORDS: tuple[str, ...] = ("ngày",)
# ... and months, from an event named ("Trong thời hạn 03 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành, ...").
# Source: central (Nghị quyết 17/2026/NQ-CP).
MONTH_WORDS: tuple[str, ...] = ("tháng",)
# A limit with no event named ("Giao Sở X ..., trong thời hạn 03 ngày làm việc xây dựng ...")
# counts from the document. Source: bulk (Quyết định công bố thủ tục hành chính).
UNANCHORED_LEADS: tuple[str, ...] = ("trong thời hạn",)
# "kể từ ngày Quyết định có hiệu lực thi hành": the day the document takes effect, as its
# effect clause says ("Quyết định có hiệu lực thi hành kể từ ngày ký"). Source: bulk.
FROM_EFFECT: tuple[str, ...] = ("có hiệu lực",)
# What a relative limit counts from; "kể từ ngày ký / ban hành" is the document date.
FROM_DOCUMENT_DATE: tuple[str, ...] = ("ký", "ban hành", "văn bản này", "công văn này", "kế hoạch này", "quyết định này")
# What opens a sentence that tells of an event by its day ("Ngày 05/3/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp
# ...", "Vào ngày 12/8/2025, ..."): before the document's own date, a look back. Source: bulk (thông báo kết luận).
EVENT_DAY_OPENERS: tuple[str, ...] = ("ngày", "vào ngày", "hôm nay, ngày", "sáng ngày", "chiều ngày", "tối ngày")
