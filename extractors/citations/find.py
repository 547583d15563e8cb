"""Find: where the text prints a document number, a short mention or a law's title."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from extractors import numbers
from extractors.citations import patterns as R
from extractors.data import citation_patterns as P
from extractors.data import doc_types
from models.extraction import NumberParts


@dataclass(frozen=True)
class FoundNumber:
    """A số ký hiệu as printed at text[start:end]."""

    start: int
    end: int
    number: str  # white space removed, look-alike letters mapped to Latin
    parts: NumberParts
    code_type: str | None  # the type its type code (or issuer code) names
    state: bool  # a state number (untyped ones are công văn); False for party numbers


@dataclass(frozen=True)
class FoundMention:
    """A type word with a bare serial ("Kết luận số 04", "Đề án 06")."""

    start: int
    end: int
    type_word: str
    serial: str
    with_number_word: bool  # "số" printed before the serial


@dataclass(frozen=True)
class FoundNamed:
    """A law, code or ordinance named by its title, without a number."""

    start: int
    end: int  # end of the title
    type_word: str


@cache
def type_name(word: str) -> str:
    """The canonical type name for a type word as printed in any case."""
    known = doc_types.by_name(word)
    name = known.name if known else _EXTRA_NAMES[" ".join(word.split()).casefold()]
    return P.TYPE_WORD_VARIANTS.get(name, name)


@cache
def code_type(code: str) -> str | None:
    """The type a code of a cited number names ("QĐ", "ND", "Ctr"), or None."""
    if code in P.EXTRA_TYPE_CODES:
        return P.EXTRA_TYPE_CODES[code]
    known = doc_types.by_code(code)
    return known.name if known else None


_EXTRA_NAMES = {w.casefold(): w for w in P.EXTRA_TYPE_WORDS}


def find_numbers(text: str, *, own_number: str | None) -> list[FoundNumber]:
    """Every document number in the text except the document's own."""
    if "/" not in text:  # cheap pre-scan: every số ký hiệu holds a slash
        return []
    if own_number is None:  # the header reader found none: take the header's "Số:" line
        printed = R.OWN_NUMBER.search(text, 0, P.OWN_NUMBER_REACH)
        own_number = printed.group()[printed.group().index(":") + 1:] if printed else None
    own = numbers.key(own_number) if own_number else None
    found = []
    pos = 0
    while scan := R.NUMBER_PRESCAN.search(text, pos):
        start = scan.start()
        m = None if _glued(text, start) else R.NUMBER.match(text, start)
        if m is None:
            pos = _after_digits(text, start)
            continue
        pos = m.end()
        number = R.WHITE.sub("", m.group()).translate(R.HOMOGLYPHS)
        if own and numbers.key(number) == own:
            continue
        if _own_line(text, start) or R.NOT_A_DOCUMENT_BEFORE.search(text, max(0, start - 20), start):
            continue  # the "Số:" line of an unparsed header; a form or appendix number ("Mẫu số 09/PLIII")
        found.append(_number(m, number))
    return found


def _own_line(text: str, start: int) -> bool:
    """The number follows the "Số:" of an unparsed header (the colon is looked for first)."""
    floor = max(0, start - 30)
    return text.rfind(":", floor, start) >= 0 and R.OWN_NUMBER_LINE.search(text, floor, start) is not None


def _glued(text: str, start: int) -> bool:
    """The digits continue a longer token (a date, a decimal, a path): no number starts here."""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalnum() or before == "_":
        return True
    return before in P.NOT_BEFORE_NUMBER and not text.endswith(P.ENGLISH_NUMBER_MARK, 0, start)


def _after_digits(text: str, start: int) -> int:
    """Where the digit run starting at `start` ends (the pre-scan resumes there)."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return max(end, start + 1)


def _number(m: re.Match[str], number: str) -> FoundNumber:
    serial, year_printed, printed = m.group("serial", "year", "codes")
    pserial, ptype, pcodes = m.group("pserial", "ptype", "pcodes")
    if pserial:
        codes = _codes(pcodes)
        type_code = _codes(ptype)[0]
        parts = numbers.parts(pserial, None, [type_code, *codes], typed=True)
        return FoundNumber(m.start(), m.end(), number, parts, code_type(type_code), state=False)
    year_at_end = R.TRAILING_YEAR.search(printed)
    codes = _codes(printed[:year_at_end.start()] if year_at_end else printed)
    year_printed = year_printed or (year_at_end.group().strip(" /\n\t") if year_at_end else None)
    year = int(year_printed) if year_printed else None
    named = code_type(codes[0])
    parts = numbers.parts(serial, year, codes, typed=bool(named))
    return FoundNumber(m.start(), m.end(), number, parts, named or _issuer_code_type(parts.issuer_code), state=True)


def _codes(printed: str) -> list[str]:
    return R.CODE_SPLIT.split(printed.translate(R.HOMOGLYPHS).strip())


@cache
def _issuer_code_type(code: str | None) -> str | None:
    for pattern, name in R.ISSUER_CODE_TYPES:
        if code and pattern.match(code):
            return name
    return None


class Taken:
    """Spans already cited, given in the order of their starts: does one hold a position?"""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = list(spans)
        self._starts = [a for a, _ in pairs]
        self._reach = list(accumulate((b for _, b in pairs), max))  # furthest end so far

    def holds(self, pos: int) -> bool:
        last = bisect_right(self._starts, pos) - 1  # the last span starting at or before pos
        return last >= 0 and self._reach[last] > pos


def find_mentions(text: str, taken: Taken) -> list[FoundMention]:
    """Type words followed by a bare serial, outside the spans already taken. Digits
    after "số" or a type word's last syllable are found first; the type word is looked
    for only before those."""
    found = []
    for start in _serial_starts(text):
        m = R.SHORT_SERIAL.match(text, start)
        if m is None:
            continue
        words = text[max(0, start - 12):start].split()
        if not words or words[-1].casefold() not in R.SHORT_HEAD_LAST or taken.holds(start):
            continue
        head = R.SHORT_HEAD.search(text, max(0, start - 48), start)
        if head is None or R.UNIT_AFTER.match(text, m.end()):
            continue
        with_word = bool(head.group("so"))
        if not with_word and R.YEAR_LIKE.match(m.group("serial")):
            continue  # "Kế hoạch 2025": a year, not a serial
        found.append(FoundMention(head.start(), m.end(), type_name(head.group("type")), m.group("serial"), with_word))
    return found


def _serial_starts(text: str) -> list[int]:
    """Where a digit run starts after white space after a head's last word, in order."""
    last = len(text) - 1
    return [last - m.start() for m in reversed(list(R.REVERSED_SERIAL_AFTER_HEAD.finditer(text[::-1])))]


def find_named(text: str, taken: Taken) -> list[FoundNamed]:
    """Laws named by their title ("Luật Ban hành văn bản quy phạm pháp luật")."""
    found = []
    for word in P.NAMED_TYPE_WORDS:  # literal search: far cheaper than a regex alternation
        start = text.find(word)
        while start >= 0:
            m = R.NAMED.match(text, start)
            if m and not taken.holds(start) and (end := _title_end(text, m.end())) is not None:
                found.append(FoundNamed(start, end, type_name(m.group("type"))))
            start = text.find(word, start + len(word))
    return sorted(found, key=lambda f: f.start)


def _title_end(text: str, pos: int) -> int | None:
    """End of a title starting at pos; None when it is no title or a number follows."""
    end = None
    for words, t in enumerate(R.NAME_TOKEN.finditer(text, pos, min(len(text), pos + 300))):
        word = t.group()
        core = word.rstrip(",;.:)”\"")
        if words == 0 and not core[:1].isupper():
            return None
        if not core or word.startswith(("(", "“", "\"")) or any(c.isdigit() for c in core):
            break
        if core == "số" and words:
            return None  # "Luật Đất đai số 31/2024/QH15": a numbered citation
        if core.casefold() in P.BODY_STOP_WORDS or core == "của":
            break
        if core == "và" and R.TYPE_WORD.match(text, t.end() + 1):
            break  # "Luật Đất đai và Luật Nhà ở": the next title starts
        end = t.start() + len(core)
        if words + 1 >= P.NAME_MAX_WORDS:
            break
        if core != word:
            following = text[t.end():t.end() + 12].split()
            if not (word.endswith(",") and following and following[0] in P.NAME_COMMA_JOIN):
                break
    return end
