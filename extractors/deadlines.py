"""Deadline phrases -> a date or an RFC 5545 RRULE, anchored on the document's date.

`find_deadline` tries its parsers in a fixed order and keeps the first that reads a
phrase (dateparser's "first valid wins"); a recurrence found anywhere in the text
is kept beside a date. The phrase is kept as printed, with its span.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.data import deadline_phrases as P
from extractors.data import holidays as H
from extractors.regexes import alternation as _alt
from models.extraction import Deadline, Span

_F = re.IGNORECASE
_CUE = rf"(?:{_alt(P.DEADLINE_CUES)}|đến)"
_DMY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?"
_DMY_WORDS = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:năm|/)\s*(?P<y2>\d{4}))?"
_YEAR_TAIL = r"(?:\s*(?:/|năm)\s*(?P<y>\d{4}))?"
_RECUR = _alt(P.RECURRENCE_WORDS)

# "trước ngày 20 hằng tháng", "trước ngày 25/12 hàng năm"
_RE_DAY_RECUR = re.compile(
    rf"(?:{_CUE}\s+)?ngày\s+(?P<d>\d{{1,2}})(?:\s*/\s*(?P<m>\d{{1,2}}))?\s+(?:của\s+)?(?P<every>hàng|hằng)\s+(?P<unit>tháng|năm)", _F)
# "chậm nhất đến ngày 07 của tháng cuối kỳ báo cáo"
_RE_CLOSING = re.compile(
    rf"(?:{_CUE}\s+)?ngày\s+(?P<d>\d{{1,2}})\s+(?:của\s+)?tháng\s+cuối\s+(?:kỳ|quý|kì)", _F)
# "trước ngày 15/01/2024", "chậm nhất ngày 30 tháng 11 năm 2025", "trước 17 giờ ngày 03/12/2025":
# a date, then its cue looked up in the few words before it
_RE_DATE = re.compile(rf"(?<!\d)(?:{_DMY_WORDS}|{_DMY})(?!\s*/\s*\d)(?!\d)", _F)
_RE_CUE_BEFORE = re.compile(rf"(?<![\w]){_CUE}\s+(?:{P.TIME_OF_DAY})?(?:{P.WEEKDAY})?(?:ngày\s+)?$", _F)
_CUE_WINDOW = 40
_RE_DAY_OPENER = re.compile(rf"\s*(?:{_alt(P.EVENT_DAY_OPENERS)})\s+", _F)  # "Ngày 05/3/2025, ..."
_RE_SET_OFF = re.compile(r"\s*,")
# "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản"
_DAYS = rf"(?P<n>\d{{1,3}})\s+(?P<unit>{_alt(P.WORKING_DAY_WORDS)}|{_alt(P.CALENDAR_DAY_WORDS)})"  # "05 ngày làm việc"
# ... or "trong thời hạn 03 tháng kể từ ngày ...": months, when the event is named
_PERIOD = rf"(?P<n>\d{{1,3}})\s+(?P<unit>{_alt(P.WORKING_DAY_WORDS)}|{_alt(P.CALENDAR_DAY_WORDS + P.MONTH_WORDS)})"
_RE_RELATIVE = re.compile(
    rf"(?:{_alt(P.RELATIVE_LEADS)})\s+{_PERIOD}"
    rf"\s*,?\s*(?:kể\s+)?từ\s+(?:ngày\s+|khi\s+)?(?P<anchor>[^.;,]{{0,60}})", _F)
# "ký", "ban hành", "ký ban hành": the events that date a document, at the start of a limit's anchor
_RE_OWN_EVENT = re.compile(rf"\s*(?:(?:{_alt(P.FROM_DOCUMENT_DATE[:2])})(?![\w])\s*)+", _F)
_THIS = "này"  # "Kế hoạch này": the text itself
_TYPE_WORDS = 2  # "Quyết định", "Công văn": a type's name, capitalised, for the text itself
# "trong thời hạn 03 ngày làm việc" with no event after it: from the document
_RE_UNANCHORED = re.compile(rf"(?:{_alt(P.UNANCHORED_LEADS)})\s+{_DAYS}(?!\s*,?\s*(?:kể\s+)?từ\s)", _F)
# The effect clause: "có hiệu lực (thi hành) kể từ ngày ký", "... từ ngày 08 tháng 01 năm 2026"
_RE_EFFECT = re.compile(rf"(?:{_alt(P.FROM_EFFECT)})(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+(?:ngày\s+)?"
                        rf"(?:(?P<own>{_alt(P.FROM_DOCUMENT_DATE[:2])})|{_DMY_WORDS}|{_DMY})", _F)
# "trong tháng 12/2025", "hoàn thành trong tháng 6"
_RE_MONTH = re.compile(rf"(?:{_alt(P.MONTH_CUES)})\s+tháng\s+(?P<m>\d{{1,2}})(?!\s*/\s*\d+\s*/){_YEAR_TAIL}", _F)
# "trong Quý III/2024", "Thời gian thực hiện: quý IV năm 2025"
_RE_QUARTER = re.compile(rf"quý\s+(?P<q>IV|I{{1,3}}|[1-4])\b{_YEAR_TAIL}", _F)
# "6 tháng cuối năm 2025", "6 tháng đầu năm"
_RE_HALF = re.compile(rf"(?:6|sáu)\s+tháng\s+(?P<half>{_alt(P.HALF_YEARS)})(?:\s+(?P<y>\d{{4}}))?", _F)
# "Hoàn thành trong năm 2025", "trước hết năm 2025"; "trước năm 2030", by the end of 2029
_RE_YEAR = re.compile(rf"(?:(?P<before>{_alt(P.BEFORE_YEAR_CUES)})|{_alt(P.YEAR_CUES)})\s+năm\s+(?P<y>\d{{4}})", _F)


# A period named with no cue, as a heading names it ("NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2025", "... NĂM 2025")
_RE_NAMED_MONTH = re.compile(r"tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})(?!\d)", _F)
_RE_NAMED_YEAR = re.compile(r"(?<![\w])năm\s+(?P<y>\d{4})(?!\d)", _F)


def _first_chars(words: Iterable[str]) -> str:
    """A look-ahead on the first letters of `words`, so a scan skips most positions."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words}))) + "])"


# Recurrence phrases, matched on the lower-cased text (case folding costs more than
# the match; Vietnamese lower-casing keeps every offset).
_RE_RECUR = re.compile(rf"{_first_chars(('định',) + tuple(P.RECURRENCE_WORDS))}(?:định\s+kỳ\s+)?(?:{_RECUR})")
# "hàng quý, 6 tháng, hàng năm": a half-year period listed beside another period
_RE_SIX_LISTED = re.compile(
    rf"{_first_chars(tuple(P.RECURRENCE_WORDS) + P.SIX_MONTHS)}"
    rf"(?:(?:{_RECUR})\s*,\s*(?:{_alt(P.SIX_MONTHS)})|(?:{_alt(P.SIX_MONTHS)})\s*(?:,|và)\s*(?:{_RECUR}))")
_RE_BARE_PERIODIC = re.compile(rf"\b(?:{_alt(P.BARE_PERIODIC_WORDS)})\b", _F)
# How often, as times in a span ("3 tháng một lần", "mỗi quý một lần"; "01 lần/năm", "hai lần mỗi năm"), matched on
# the lower-cased text; a span followed by a number is a named one, not each ("một lần trong năm 2025")
_COUNT = rf"(?:\d{{1,2}}|{_alt(P.FREQUENCY_COUNTS)})"
_SPAN = rf"(?P<span>{_alt(P.FREQUENCY_SPANS)})(?![\w])(?!\s*\d)"
_RE_EVERY_SPAN = re.compile(
    rf"(?<![\w])(?:(?P<n>{_COUNT})|{P.FREQUENCY_EVERY})\s+{_SPAN}\s*,?\s*(?P<k>{_COUNT})\s+{P.FREQUENCY_TIMES}(?![\w])")
_RE_TIMES_IN_SPAN = re.compile(
    rf"(?<![\w])(?P<k>{_COUNT})\s+{P.FREQUENCY_TIMES}\s*(?:{_alt(P.FREQUENCY_EACH)})\s*{_SPAN}")
_RE_CAPPED = re.compile(rf"(?<![\w])(?:{_alt(P.FREQUENCY_CAPS)})\s*$")
_CAP_REACH = 16  # characters before a frequency where its cap stands
_RE_YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)")  # a date's year as printed


@dataclass(frozen=True)
class Anchor:
    """What a deadline is resolved against: the document's date or year."""

    doc_date: date | None
    doc_year: int | None
    periods: tuple[str, ...] = ()  # the document's report periods, as RRULE parts
    effective: date | None = None  # the day the document takes effect
    standing: bool = False  # a standing rule (a legal text whose number holds its year): a day and month recur

    @property
    def year(self) -> int | None:
        return self.doc_date.year if self.doc_date else self.doc_year


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _roll_forward(d: date | None, anchor: Anchor, year_given: bool) -> date | None:
    """A day and month without year, well before the document date, is next year's."""
    if d and not year_given and anchor.doc_date and d < anchor.doc_date - timedelta(days=90):
        return _safe_date(d.year + 1, d.month, d.day)
    return d


def public_holidays(year: int) -> set[date]:
    """Vietnam's public holidays in one year, from extractors/data/holidays.py."""
    days = {date(year, m, d) for m, d in H.FIXED_HOLIDAYS}
    tet = H.TET_NGUYEN_DAN.get(year)
    if tet:
        days |= {tet + timedelta(days=k) for k in range(-H.TET_DAYS_BEFORE, H.TET_DAYS_AFTER + 1)}
    for table in (H.HUNG_KINGS, H.QUOC_KHANH_EXTRA):
        if year in table:
            days.add(table[year])
    return days


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and d not in public_holidays(d.year)


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after `start` (the start day itself is not counted)."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        n -= is_working_day(d)
    return d


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text


def _recurrences(text: str) -> list[tuple[re.Match[str], str]]:
    """Every recurrence phrase in the text with its rule, in text order (matches on
    the lower-cased text: same offsets)."""
    low = _lower(text)
    hits = [(m, r) for m in _RE_RECUR.finditer(low) if (r := _recurrence_word(m.group(0)))]
    hits += [(m, P.SIX_MONTHS_RULE) for m in _RE_SIX_LISTED.finditer(low)]
    if P.FREQUENCY_TIMES in low:
        hits += [(m, r) for rx in (_RE_EVERY_SPAN, _RE_TIMES_IN_SPAN) for m in rx.finditer(low)
                 if not _RE_CAPPED.search(low, max(0, m.start() - _CAP_REACH), m.start())
                 and (r := _frequency_rule(m))]
    return sorted(hits, key=lambda h: h[0].start())


def _count(written: str | None) -> int:
    """A count as written, in digits or in words; none written is one ("mỗi quý")."""
    if written is None:
        return 1
    return int(written) if written.isdigit() else P.FREQUENCY_COUNTS[re.sub(r"\s+", " ", written)]


def _frequency_rule(m: re.Match[str]) -> str | None:
    """The rule of `k` times in each `n` spans: once, every n spans ("3 tháng một lần": every 3 months); several
    times in months or years, every even share of their months ("hai lần mỗi năm": every 6 months). Several times a
    day or a week, or a share of no whole months ("5 lần/năm"), is no rule an RRULE says: None."""
    freq, units = P.FREQUENCY_SPANS[m["span"]]
    n, k = _count(m.groupdict().get("n")), _count(m["k"])
    if n == 0 or k == 0:
        return None
    if freq in ("DAILY", "WEEKLY"):
        return None if k != 1 else f"FREQ={freq}" + (f";INTERVAL={n}" if n > 1 else "")
    months = n * units * (P.MONTHS_IN_YEAR if freq == "YEARLY" else 1)
    if months % k:
        return None
    months //= k
    if months % P.MONTHS_IN_YEAR == 0:
        years = months // P.MONTHS_IN_YEAR
        return "FREQ=YEARLY" + (f";INTERVAL={years}" if years > 1 else "")
    return "FREQ=MONTHLY" + (f";INTERVAL={months}" if months > 1 else "")


def report_periods(text: str) -> tuple[str, ...]:
    """The report periods a document names anywhere ("hàng quý, 6 tháng, hàng năm")."""
    return tuple(dict.fromkeys(r for _, r in _recurrences(text)))


def states_period(text: str) -> bool:
    """Whether the text says its work recurs ("định kỳ tổng hợp báo cáo ...", "hằng quý ...")."""
    return bool(_recurrences(text)) or bool(_RE_BARE_PERIODIC.search(text))


def every_year(found: Deadline) -> Deadline:
    """A day and month read with no year ("trước ngày 05/7") in work that recurs: that day every year, from the one
    read on, as a standing rule's dates are."""
    if found.kind != "absolute" or found.date is None or _RE_YEAR_WRITTEN.search(found.text):
        return found
    rule = f"FREQ=YEARLY;BYMONTH={found.date.month};BYMONTHDAY={found.date.day}"
    return found.model_copy(update={"recurrence": rule, "kind": "recurring"})


def _recurrence_word(phrase: str) -> str | None:
    """The rule of a recurrence phrase: as written ("định kỳ 6 tháng"), else past its
    "định kỳ" ("định kỳ hằng tháng")."""
    key = re.sub(r"\s+", " ", phrase.lower()).strip()
    return P.RECURRENCE_WORDS.get(key) or P.RECURRENCE_WORDS.get(key.removeprefix("định kỳ "))


def _finest(periods: Iterable[str]) -> str | None:
    """The period whose closing months include all the others' (quarter over year)."""
    known = [p for p in periods if p in P.PERIOD_CLOSING_MONTHS]
    return max(known, key=lambda p: len(P.PERIOD_CLOSING_MONTHS[p]), default=None)


@dataclass(frozen=True)
class _Joined:
    """The span of a cue and the date after it, read as one phrase."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


Parsed = tuple[re.Match[str] | _Joined, date | None, str | None, str]  # phrase, date, rrule, kind


def _day_recur(text: str, a: Anchor) -> Parsed | None:
    m = _RE_DAY_RECUR.search(text)
    if not m:
        return None
    day = int(m["d"])
    if m["unit"].lower() == "tháng":
        return m, None, f"FREQ=MONTHLY;BYMONTHDAY={day}", "recurring"
    month = int(m["m"]) if m["m"] else 12
    return m, None, f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}", "recurring"


def _closing(text: str, a: Anchor) -> Parsed | None:
    m = _RE_CLOSING.search(text)
    if not m:
        return None
    period = _finest(r for _, r in _recurrences(text)) or _finest(a.periods) or "FREQ=MONTHLY;INTERVAL=3"
    months = ",".join(map(str, P.PERIOD_CLOSING_MONTHS[period]))
    return m, None, f"FREQ=YEARLY;BYMONTH={months};BYMONTHDAY={int(m['d'])}", "recurring"


def _absolute(text: str, a: Anchor) -> Parsed | None:
    for m in _RE_DATE.finditer(text):
        day, month, year = (m["d2"], m["m2"], m["y2"]) if m["d2"] else (m["d"], m["m"], m["y"])
        if not 1 <= int(month) <= 12:
            continue
        window = max(0, m.start() - _CUE_WINDOW)
        cue = _RE_CUE_BEFORE.search(text, window, m.start())
        if not cue:
            continue
        d = _roll_forward(_safe_date(int(year) if year else a.year, int(month), int(day)), a, bool(year))
        if not year and a.standing:  # "Nghị định 140/2026/NĐ-CP": "... trước ngày 01 tháng 5" is every year's, from
            rule = f"FREQ=YEARLY;BYMONTH={int(month)};BYMONTHDAY={int(day)}"  # the next one on
            return _Joined(cue.start(), m.end()), d, rule, "recurring"
        return _Joined(cue.start(), m.end()), d, None, "absolute"
    return None


def opening_date(sentence: str) -> date | None:
    """The day a sentence opens with, set off by its comma ("Ngày 05/3/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp ...",
    "Vào ngày 12 tháng 8 năm 2025, ..."): the day of the event it tells of; None when it opens otherwise or the date
    has no year."""
    opener = _RE_DAY_OPENER.match(sentence)
    m = _RE_DATE.match(sentence, opener.end()) if opener else None
    if not m or not _RE_SET_OFF.match(sentence, m.end()):
        return None
    day, month, year = (m["d2"], m["m2"], m["y2"]) if m["d2"] else (m["d"], m["m"], m["y"])
    return _safe_date(int(year), int(month), int(day)) if year and 1 <= int(month) <= 12 else None


def effective_date(text: str, doc_date: date | None) -> date | None:
    """The day a document takes effect, as its effect clause says: its own date ("kể từ
    ngày ký", "kể từ ngày ban hành") or a date printed there; None without such a clause."""
    m = _RE_EFFECT.search(text) if P.FROM_EFFECT[0] in text else None
    if not m:
        return None
    if m["own"]:
        return doc_date
    day, month, year = (m["d2"], m["m2"], m["y2"]) if m["d2"] else (m["d"], m["m"], m["y"])
    return _safe_date(int(year), int(month), int(day)) if year else None


def _relative(text: str, a: Anchor) -> Parsed | None:
    m = _RE_RELATIVE.search(text)
    if not m:
        return None
    anchor_text = m["anchor"].lower()
    start = None
    explicit = re.match(_DMY, anchor_text)
    if explicit and explicit["y"]:
        start = _safe_date(int(explicit["y"]), int(explicit["m"]), int(explicit["d"]))
    elif any(w in anchor_text for w in P.FROM_EFFECT):
        start = a.effective
    elif _own_date(m["anchor"]):
        start = a.doc_date
    if start is None:
        return m, None, None, "relative"
    return m, _days_after(start, m), None, "relative"


def _own_date(anchor: str) -> bool:
    """Whether a limit counts from the document's own date: "kể từ ngày ký", "ngày ký ban
    hành", "ngày ban hành Kế hoạch này", "ngày ký Quyết định"; not the signing or issuing
    of another paper ("kể từ ngày ban hành kế hoạch thanh tra của Bộ", "ngày ký hợp đồng")."""
    m = _RE_OWN_EVENT.match(anchor)
    if m is None:
        return any(w in anchor.lower() for w in P.FROM_DOCUMENT_DATE[2:])
    rest = anchor[m.end():].strip(" ./")
    return not rest or rest.lower().endswith(_THIS) or (rest[:1].isupper() and len(rest.split()) <= _TYPE_WORDS)


def _unanchored(text: str, a: Anchor) -> Parsed | None:
    """ "trong thời hạn 03 ngày làm việc" naming no event: counted from the document's date."""
    m = _RE_UNANCHORED.search(text)
    if not m or a.doc_date is None:
        return None
    return m, _days_after(a.doc_date, m), None, "relative"


def _days_after(start: date, m: re.Match[str]) -> date:
    """`start` plus the match's count of working days (holidays skipped), calendar days or months (the same day of
    the month, or the month's last)."""
    n, unit = int(m["n"]), m["unit"].lower()
    if unit in P.MONTH_WORDS:
        months = start.month - 1 + n
        year, month = start.year + months // 12, months % 12 + 1
        return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
    working = any(w in unit for w in P.WORKING_DAY_WORDS)
    return add_working_days(start, n) if working else start + timedelta(days=n)


def _month(text: str, a: Anchor) -> Parsed | None:
    m = _RE_MONTH.search(text)
    if not m or not 1 <= int(m["m"]) <= 12:
        return None
    year = int(m["y"]) if m["y"] else a.year
    d = _month_end(year, int(m["m"])) if year else None
    return m, _roll_forward(d, a, bool(m["y"])), None, "period"


def _quarter(text: str, a: Anchor) -> Parsed | None:
    m = _RE_QUARTER.search(text)
    if not m:
        return None
    year = int(m["y"]) if m["y"] else a.year
    q = P.QUARTERS[m["q"].lower()]
    return m, _month_end(year, q * 3) if year else None, None, "period"


def _half(text: str, a: Anchor) -> Parsed | None:
    m = _RE_HALF.search(text)
    if not m:
        return None
    year = int(m["y"]) if m["y"] else a.year
    _, last = P.HALF_YEARS[re.sub(r"\s+", " ", m["half"].lower())]
    return m, _month_end(year, last) if year else None, None, "period"


def _year(text: str, a: Anchor) -> Parsed | None:
    m = _RE_YEAR.search(text)
    return (m, date(int(m["y"]) - bool(m["before"]), 12, 31), None, "period") if m else None


def _recurring(text: str, a: Anchor) -> Parsed | None:
    rules = _recurrences(text)
    if rules:
        finest = _finest(r for _, r in rules) or rules[0][1]
        m = next(m for m, r in rules if r == finest)
        return m, None, finest, "recurring"
    m = _RE_BARE_PERIODIC.search(text)
    if m:
        return m, None, _finest(a.periods) or P.DEFAULT_RECURRENCE, "recurring"
    return None


# Parsers in the order they are tried, each with the literal words (lower case) one of
# which its phrase must contain: a cheap pre-scan decides which patterns run.
PARSERS: tuple[tuple[Callable[[str, Anchor], Parsed | None], tuple[str, ...]], ...] = (
    (_day_recur, ("hàng", "hằng")),
    (_closing, ("cuối",)),
    (_absolute, ("/", "tháng", "-", ".")),
    (_relative, ("từ",)),
    (_unanchored, P.UNANCHORED_LEADS),
    (_month, ("tháng",)),
    (_quarter, ("quý",)),
    (_half, ("tháng",)),
    (_year, ("năm",)),
)
_RECURRING_WORDS = ("hàng", "hằng", "định kỳ", "tháng", P.FREQUENCY_TIMES)


def find_deadline(text: str, *, doc_date: date | None = None, doc_year: int | None = None,
                  periods: tuple[str, ...] = (), offset: int = 0, effective: date | None = None,
                  standing: bool = False) -> Deadline | None:
    """The deadline a sentence or list item states, or None.

    `periods` are the document's report periods (see `report_periods`), used when
    the text says "tháng cuối kỳ báo cáo" or "định kỳ" without naming a period;
    `offset` is where `text` starts in the document, for the span; `effective` the day
    the document takes effect (see `effective_date`); `standing` that the document is a
    standing rule, whose dates without a year recur every year.
    """
    anchor = Anchor(doc_date, doc_year, periods, effective, standing)
    low = text.lower()
    recurring = _recurring(text, anchor) if any(w in low for w in _RECURRING_WORDS) else None
    for parse, words in PARSERS:
        hit = parse(text, anchor) if any(w in low for w in words) else None
        if hit:
            m, day, rule, kind = hit
            if rule is None and recurring:
                rule, kind = recurring[2], "recurring"
            return _deadline(text, m, day, rule, kind, offset)
    if recurring:
        m, day, rule, kind = recurring
        return _deadline(text, m, day, rule, kind, offset)
    return None


def _named_month(text: str, a: Anchor) -> Parsed | None:
    m = _RE_NAMED_MONTH.search(text)
    if not m or not 1 <= int(m["m"]) <= 12:
        return None
    return m, _month_end(int(m["y"]), int(m["m"])), None, "period"


def _named_year(text: str, a: Anchor) -> Parsed | None:
    m = _RE_NAMED_YEAR.search(text)
    return (m, date(int(m["y"]), 12, 31), None, "period") if m else None


# The periods a heading may name, finest first: "tháng 02 năm 2025" before its "năm 2025".
NAMED_PERIODS: tuple[Callable[[str, Anchor], Parsed | None], ...] = (_named_month, _quarter, _half, _named_year)


def named_period(heading: str, *, doc_date: date | None = None, doc_year: int | None = None,
                 offset: int = 0) -> Deadline | None:
    """The end of the period a section's heading names with no cue ("NHIỆM VỤ TRỌNG TÂM
    THÁNG 02 NĂM 2025" -> 2025-02-28, "QUÝ II NĂM 2025", "NĂM 2025"): the work it lists is
    due by then. None for a period over before the document's date (work done in it)."""
    anchor = Anchor(doc_date, doc_year)
    for parse in NAMED_PERIODS:
        hit = parse(heading, anchor)
        if hit and hit[1]:
            m, day, _, kind = hit
            if doc_date and day < doc_date:
                return None
            return _deadline(heading, m, day, None, kind, offset)
    return None


COLUMN_CUE = "đến hết"  # what a time column's header says of each of its cells: by then, that day or period included
_RE_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?P<last>(?:19|20)\d\d)(?!\d)")
# "Tháng 11, 12/2013", "tháng 11 - 12/2025": months sharing their year, the period ends with the last
_RE_MONTH_LIST = re.compile(r"(?<!\w)tháng\s+\d{1,2}(?:\s*(?:,|-|–|và)\s*\d{1,2})*\s*(?:,|-|–|và)\s*"
                            r"(?P<month>\d{1,2})\s*/\s*(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def column_deadline(cell: str, *, doc_date: date | None = None, doc_year: int | None = None,
                    offset: int = 0) -> Deadline | None:
    """The deadline in a table's time column ("Thời hạn hoàn thành"): the column is the
    cue, so a bare date, month, quarter or year is the date by which
    ("Tháng 12/2025" -> 2025-12-31, "01/01/2026"); the cell as printed is the phrase."""
    years = _RE_YEAR_RANGE.search(cell)
    if years:  # "Năm 2025-2030", "2026 - 2030": by the end of the last year
        return Deadline(text=" ".join(cell.split()), date=date(int(years["last"]), 12, 31), kind="period",
                        span=Span(start=offset, end=offset + len(cell)))
    months = _RE_MONTH_LIST.search(cell)
    if months and 1 <= int(months["month"]) <= 12:  # "Tháng 11, 12/2013": by the end of the last month
        year, month = int(months["year"]), int(months["month"])
        last = date(year, month, calendar.monthrange(year, month)[1])
        return Deadline(text=" ".join(months.group(0).split()), date=last, kind="period",
                        span=Span(start=offset + months.start(), end=offset + months.end()))
    found = find_deadline(cell, doc_date=doc_date, doc_year=doc_year, offset=offset)
    if found is None:
        cued = find_deadline(f"{COLUMN_CUE} {cell}", doc_date=doc_date, doc_year=doc_year)
        found = cued and cued.model_copy(update={"text": " ".join(cell.split()),
                                                  "span": Span(start=offset, end=offset + len(cell))})
    return found


def _deadline(text: str, m: re.Match[str] | _Joined, day: date | None, rule: str | None, kind: str, offset: int) -> Deadline:
    printed = text[m.start():m.end()]
    return Deadline(text=re.sub(r"\s+", " ", printed).strip(), date=day, recurrence=rule, kind=kind,
                    span=Span(start=offset + m.start(), end=offset + m.end()))
