"""The header and the signature in the case the layout prints them, whatever case the text came in.

Decree 30/2020 (Phụ lục I) and the older rules before it print the header's bodies,
the national title, the type name and the signature's authority and title lines in
capitals; the header stages read those lines by that shape. Text whose capitals were
drawn by a font the reader did not see (TCVN3 `.VnTimeH`, read by antiword or as plain
text) or that was retyped in small letters ("ủy ban nhân dân tỉnh an giang") loses it.

`case_view(text)` gives the same text, character for character at the same offsets,
with those lines upper-cased where their place and shape say what they are:
- in the header (the lines before the body opens), one column cell at a time: a cell
  opening with a body's head word (`ủy ban nhân dân`, `bộ`, `sở` ...) or abbreviation,
  or with its first word wrapped alone ("ủy" / "ban nhân dân"), co-issuers joined by
  dashes, or the letter's first cell whatever its head ("chủ tịch nước") unless it opens
  with a type name; the short cells after it that carry on its name (`tỉnh an giang`);
  the national title, also split over two lines; the type name on a line of its own,
  or opening the older title line "quyết định của bộ trưởng bộ tài chính"; after the
  title, only the enacting body above the body, in small letters; the place of the
  place-and-date line capitalised word by word ("Hà nội" -> "Hà Nội");
- after the header: the lines of each signature block above a signer's name, from its
  authority (`tm.`, `kt.` ...) or office title down to the name.
Lines already in capitals, and every other line, stay as they are.
"""
from __future__ import annotations

import re
from functools import cache

from extractors import agency_names
from extractors.bodies import joint_on_one_line
from extractors.data import agencies as A
from extractors.data import layout_markers as M
from extractors.data.doc_types import by_name, type_names
from extractors.data.tones import fold_name
from extractors.lines import is_type_line
from extractors.regexes import alternation, labelled

# The header is searched this many lines deep at most; a body name carries on over at
# most this many short lines ("ủy ban nhân dân" / "tỉnh an giang"), each this short.
_HEADER_LINES = 30
_NAME_LINES = 3
_NAME_LINE_WORDS = 8
_AGENCY_LINE_WORDS = 14
# Lines of a signature block above the name ("tm. ủy ban nhân dân" / "kt. chủ tịch" /
# "phó chủ tịch"), and the lines of signature space between them and the name.
_TITLE_LINES = 4
_SIGN_GAP = 14
_NAME_SPACES = 12  # spaces in a name line: two words of a prefix, five of a name, doubled spaces between
_NAME_CHARS = 80  # a name line's longest: five syllables after a prefix ("Thiếu tướng"), spaces and marks around


# What opens the body, but not a trích yếu's "Về việc" under the type name.
_BODY_OPENERS = tuple(o for o in M.BODY_OPENERS + M.SECTION_HEADS if o not in M.SUBJECT_STRIP)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    blank = re.escape(M.DATE_BLANK_CHARS)
    return {
        "date_line": re.compile(rf"^(?P<place>[^\W\d_][^,\d]{{0,40}}?),?\s+ngày[{blank}\d]*(?:tháng|/)", re.I),
        "body_opener": re.compile(rf"^\W*(?:{alternation(_BODY_OPENERS + M.RECIPIENTS_LABELS)})\b", re.I),
        "authority": re.compile(rf"^\W*(?:(?:{'|'.join(M.AUTHORITIES)})\s*\.|"
                                rf"(?:{'|'.join(map(re.escape, M.AUTHORITY_VARIANTS))})\.?\s)", re.I),
        "title_word": re.compile(rf"\b(?:{alternation(M.SIGNER_TITLE_WORDS)})\b", re.I),
        "type_head": re.compile(rf"^\W*(?:{alternation(type_names())})\b", re.I),
        "type_of": re.compile(rf"^\s*(?P<type>{alternation(type_names())})\s+(?:của|liên tịch)\b", re.I),
        "name_prefix": re.compile(rf"^(?:{alternation(M.NAME_PREFIXES)})\s+"),
        "bullet": re.compile(rf"^\s*(?:{alternation(M.LIST_BULLETS)})\s"),
        "sign_mark": re.compile(rf"^\s*(?:{alternation(M.SIGN_MARKS)})\s*$", re.I),
        "cc": re.compile(rf"^\W*(?:{labelled(M.CC_LABELS)})", re.I),
        "subject_opener": re.compile(rf"^\W*(?:{alternation(M.SUBJECT_OPENERS + M.SUBJECT_STRIP)})\b", re.I),
        "digit_or_date": re.compile(r"\d|\bngày\b", re.I),
    }


_TITLES = frozenset(fold_name(t) for t in M.NATIONAL_TITLE + M.PARTY_TITLE)
_WORD = re.compile(r"\w+")
_COLUMN_GAP = re.compile(M.COLUMN_GAP)
_PLACE_PREFIXES = tuple(fold_name(p) for p in M.PLACE_PREFIXES)  # "Thành phố Hồ Chí Minh" as printed
_MOTTOS = frozenset(tuple(re.findall(r"\w+", fold_name(m))) for m in M.MOTTO)
_ABBREVIATIONS = frozenset(fold_name(a) for a in A.ABBREVIATIONS)


def _has_small_letters(s: str) -> bool:
    return any(c.islower() for c in s)


def _upper(line: str) -> str:
    up = line.upper()
    return up if len(up) == len(line) else line  # offsets must not move


def _opens_body(folded: list[str]) -> bool:
    return bool(folded) and (agency_names.match_head(folded, 0) is not None or folded[0] in _ABBREVIATIONS)


def _carries_name(line: str, folded: str) -> bool:
    """A short line (`folded`: fold_name of it) that carries on a body's name: a unit word
    and a place ("tỉnh an giang"), or words with no digit and no sentence punctuation.
    The caller has already set aside the national title, the motto and type names."""
    words = folded.split()
    if not words or len(words) > _NAME_LINE_WORDS or _patterns()["digit_or_date"].search(line):
        return False
    return bool(agency_names.match_locality(words, 0)) or not re.search(r"[:;.,]\s*$|/", line)


def _header_end(lines: list[str]) -> int:
    for i, line in enumerate(lines[:_HEADER_LINES]):
        if _patterns()["body_opener"].match(line):
            return i
    return min(len(lines), _HEADER_LINES)


def _title_case_place(line: str) -> str:
    """"Hà nội, ngày ..." -> "Hà Nội, ngày ...": a place that opens with a capital."""
    m = _patterns()["date_line"].match(line)
    if m is None or not m.group("place")[:1].isupper() or not _has_small_letters(m.group("place")) \
            or fold_name(m.group("place")).startswith(_PLACE_PREFIXES):
        return line
    place = re.sub(r"(?<![^\W\d_])([^\W\d_])", lambda w: w.group(1).upper(), m.group("place"))
    return place + line[m.end("place"):] if len(place) == len(m.group("place")) else line


def _agency_line(cell: str, folded: str, *, first: bool = False, next_cell: str = "") -> bool:
    """A cell of the agency column: one body's name ("ủy ban nhân dân tỉnh an giang"), its
    first word wrapped ("ủy" / "ban nhân dân"), or a joint text's bodies joined by dashes
    ("bộ tư pháp - bộ công an - ..."); the letter's first cell whatever its head word
    ("chủ tịch nước"), unless it opens with a type name (a report's title)."""
    if _patterns()["digit_or_date"].search(cell) or re.search(r"[:;.,]\s*$", cell) \
            or _patterns()["type_head"].match(cell):  # "Báo cáo về ...": a title ("Báo" heads a newspaper's name)
        return False
    words = _WORD.findall(folded)
    if first and len(words) <= _NAME_LINE_WORDS and not _patterns()["body_opener"].match(next_cell or folded):
        return True  # "Kính" / "gửi: ..." is no body's name
    if _opens_body(folded.split()) and len(words) <= _AGENCY_LINE_WORDS:
        return True
    if len(words) == 1 and next_cell and _opens_body(next_cell.split()):
        return True
    return joint_on_one_line(cell)


def _next_text_line(lines: list[str], i: int) -> int:
    k = i + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k


def _cells(lines: list[str], end: int) -> list[tuple[int, int, int]]:
    """(line, start, end) of each column cell of the header's lines: a line laid out in
    two columns ("ủy ban nhân dân   cộng hòa xã hội ...") gives two, left first."""
    out = []
    for i in range(end):
        pos = 0
        for gap in [*_COLUMN_GAP.finditer(lines[i]), None]:
            stop = gap.start() if gap else len(lines[i])
            if any(c.isalpha() for c in lines[i][pos:stop]):
                out.append((i, pos, stop))
            pos = gap.end() if gap else pos
    return out


def _header(lines: list[str], end: int) -> None:
    """Before the type name: the agency column, the national title, the place line.
    After it (the trích yếu's lines), only the enacting body on the line before the
    body ("ỦY BAN NHÂN DÂN TỈNH AN GIANG" above "Căn cứ ...")."""
    cells = _cells(lines, end)
    texts = [lines[i][a:b] for i, a, b in cells]
    out = list(texts)
    name_lines = 0
    after_title = False
    for n, cell in enumerate(texts):
        folded = fold_name(cell)
        words = _WORD.findall(folded)
        motto = tuple(words) in _MOTTOS
        if not _has_small_letters(cell):
            after_title = after_title or is_type_line(cell.strip()) or _patterns()["type_of"].match(cell) is not None
            if _opens_body(folded.split()) and not after_title:
                name_lines = _NAME_LINES
            elif not motto and folded not in _TITLES:
                name_lines = max(0, name_lines - 1)
            continue
        if after_title:  # the enacting body, in small letters only: "Ban hành Quy chế ..." is a trích yếu
            last = cells[n][0] == max(i for i, _, _ in cells) and _next_text_line(lines, cells[n][0]) >= end
            if not any(c.isupper() for c in cell) and _agency_line(cell, folded) and last:
                out[n] = _upper(cell)
            continue
        joined = f"{folded} {fold_name(texts[n + 1])}" if n + 1 < len(texts) else ""
        if folded in _TITLES or joined in _TITLES:
            out[n] = _upper(cell)  # the other column's line: a body's name may go on after it
            if joined in _TITLES:
                out[n + 1] = _upper(texts[n + 1])  # "cộng" / "hòa xã hội chủ nghĩa việt nam"
        elif motto:
            continue
        elif by_name(cell.strip().rstrip(":").strip()) is not None or _patterns()["type_of"].match(cell):
            out[n], name_lines, after_title = _upper(cell), 0, True
        elif _patterns()["subject_opener"].match(cell):
            after_title = True
        elif _agency_line(cell, folded, first=n == 0, next_cell=joined):
            out[n], name_lines = _upper(cell), _NAME_LINES
        elif name_lines and _carries_name(cell, folded):
            out[n], name_lines = _upper(cell), name_lines - 1
        else:
            out[n], name_lines = _title_case_place(cell), 0
    for (i, a, b), before, after in zip(cells, texts, out):
        if before != after:
            lines[i] = lines[i][:a] + after + lines[i][b:]


def _signature(lines: list[str], start: int) -> None:
    """The lines of each signature block above a signer's name: up to a few short lines,
    the first opening with an authority (TM., KT. ...) or an office title (chủ tịch ...),
    then blank lines or a sign mark ("(Đã ký)"), then the name."""
    for i in range(start, len(lines)):
        if not _name_like(lines[i]) or (len(lines[i].split()) == 1 and not (
                i + 1 < len(lines) and _name_like(lines[i + 1]))):  # "Bùi" / "Xuân Cường": a wrapped name
            continue
        k = i - 1
        while k >= start and i - k <= _SIGN_GAP and (not lines[k].strip() or _patterns()["sign_mark"].match(lines[k])):
            k -= 1
        block: list[int] = []
        while k >= start and len(block) <= _TITLE_LINES and lines[k].strip() and _block_line(lines[k]):
            block.append(k)
            k -= 1
            while k >= start and not lines[k].strip() and k > block[-1] - 3:
                k -= 1  # a double-spaced block: "TM. ỦY BAN NHÂN DÂN" / "" / "CHỦ TỊCH"
        while block and not (_patterns()["authority"].match(lines[block[-1]])
                             or _patterns()["title_word"].search(lines[block[-1]])):
            block.pop()  # the block opens with its authority or title
        for b in block:
            lines[b] = _upper(lines[b])


def _block_line(line: str) -> bool:
    return len(line.split()) <= _AGENCY_LINE_WORDS // 2 + 2 and not _name_like(line) \
        and not _patterns()["digit_or_date"].search(line) and not re.search(r"[;,]\s*$", line) \
        and not _patterns()["cc"].match(line) and not _patterns()["bullet"].match(line) \
        and not _patterns()["body_opener"].match(line)


def _name_like(line: str) -> bool:
    """A person's name, or its first word wrapped ("Võ Thanh Tòng", "Bùi"): every word
    capitalised, the rest of it small."""
    if len(line) > _NAME_CHARS:
        return False  # a body line, most of them: no regex to run
    bare = line.strip().strip("*_")
    if not bare[:1].isupper() or bare.count(" ") > _NAME_SPACES:
        return False  # a wrapped line's continuation, or a sentence: a name opens with a capital and is short
    words = _patterns()["name_prefix"].sub("", bare).split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() and w[1:].islower() for w in words)


def case_view(text: str) -> str:
    """`text` with its header and signature lines in the case the layout prints them."""
    lines = text.split("\n")
    end = _header_end(lines)
    _header(lines, end)
    _signature(lines, end)
    return "\n".join(lines)
