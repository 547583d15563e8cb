"""Split a letter into the parts of Decree 30/2020's layout (Phụ lục I).

header | Kính gửi | body | signature | Nơi nhận, each as a character span.

The text is read line by line. The header is the run of lines at the top that
a header can hold (upper-case agency lines, quốc hiệu, `Số:`, place and date,
`V/v ...`, the type name and its trích yếu); the Kính gửi block follows it; the
body runs to the Nơi nhận block or the signature, whichever comes first.
Headerless copies (starting at `Kính gửi:` or straight at the body) get an
empty header.

Where a list or the signature block ends is decided by reading it (`recipients`,
`signer`, both built on `extractors.lines`): the names and the signer read here are
handed on in the Layout, so that each is read once per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.data import layout_markers as M
from extractors.data.doc_types import type_names
from extractors.lines import (
    Line,
    is_blank,
    is_capital_text,
    is_recipients_marker,
    is_type_line,
    is_upper,
    opening,
    pattern,
    split_lines,
    starts_body,
    wrapped_label,
)
from extractors.recipients import read_addressees, read_list
from extractors.regexes import alternation, phrase
from extractors.signer import find_signature, joint_blocks, read_signer
from models.extraction import Signer, Span


@dataclass(frozen=True)
class Layout:
    header: Span  # everything before the Kính gửi block or the body
    recipients: Span | None  # the Kính gửi block
    body: Span  # the text that carries citations and tasks
    signature: Span | None
    cc: Span | None  # the Nơi nhận block
    number: Span | None = None  # the "Số: ..." field of the header
    place_date: Span | None = None  # "<place>, ngày ... tháng ... năm ..."
    title: Span | None = None  # the type-name line ("QUYẾT ĐỊNH"), when printed
    subject: Span | None = None  # the trích yếu (after the type name, or "V/v ...")
    recipient_list: tuple[str, ...] = ()  # the names of the Kính gửi block, as read to find its end
    cc_list: tuple[str, ...] = ()  # the items of the Nơi nhận block, likewise
    signer: Signer | None = None  # the signature block read
    signers: tuple[Signer, ...] = ()  # every block of the signature, in printed order (joint texts: several)


# --- header spans ----------------------------------------------------------------

_PLACE_PREFIXES = tuple(tuple(p.casefold().split()) for p in M.PLACE_PREFIXES)
_PLACE_ABBREVIATIONS = tuple(p for p in M.PLACE_PREFIXES if p.endswith("."))  # "TP." of "TP. Hồ Chí Minh"
_SEGMENT_BREAK = re.compile(r"\n|\t|\s{3,}|\|")  # line ends and column gaps of flattened headers
_MAX_PLACE_WORDS = 7
_WORD = re.compile(r"\S+")


def _place_word(w: str) -> bool:
    """A capitalised word of a place name ("Hà", "Nội", "Bà-Rịa", "TP.")."""
    core = w.replace("-", "").rstrip(".")
    if w in _PLACE_ABBREVIATIONS or w in ("-", "–"):  # "Bà Rịa - Vũng Tàu"
        return True
    return bool(core) and core.isalpha() and core[0].isupper() and (len(core) == 1 or core[1:].islower())


def _prefix_len(words: list[str]) -> int:
    folded = [w.casefold() for w in words]
    for prefix in _PLACE_PREFIXES:
        if tuple(folded[:len(prefix)]) == prefix:
            return len(prefix)
    return 0


def _is_place(words: list[str]) -> bool:
    k = _prefix_len(words)
    rest = words[k:]
    return bool(rest) and all(_place_word(w) for w in rest)


def _suffix_start(segment: str) -> int | None:
    """Offset in segment of its trailing place name ("Số: 12/UBND Hà Nội" -> "Hà Nội")."""
    spans = [(m.start(), m.group()) for m in _WORD.finditer(segment)]
    n = 0
    while n < len(spans) and _place_word(spans[-1 - n][1]):
        n += 1
    if not n:
        return None
    first = len(spans) - n
    for k in range(1, 3):  # a lower-case prefix word: "Thành phố" + Hồ Chí Minh
        if first - k >= 0 and _prefix_len([w for _, w in spans[first - k:]]) == k:
            return spans[first - k][0]
    return spans[first][0]


def place_start(text: str, comma: int, *, aligned: bool = False) -> int | None:
    """Where the place name before ", ngày" begins: capitalised words that fill whole
    line segments ("Tây" / "Ninh", "Thành" / "phố Hồ Chí Minh"), or the trailing
    capitalised words of the segment holding ", ngày"."""
    lo = max(0, comma - 160)
    bounds = ([0] if lo == 0 else []) + [m.end() for m in _SEGMENT_BREAK.finditer(text, lo, comma)]
    last = bounds[-1] if bounds else lo
    acc = text[last:comma].split()
    best = last if acc and _is_place(acc) else None
    pending: list[str] = [] if best is not None else acc  # words not yet forming a place name
    acc = acc if best is not None else []
    gap = False  # a blank line lies between: only a name's first word crosses it ("Tây" / "" / "Ninh")
    for b, nxt in zip(reversed(bounds[:-1]), reversed(bounds[1:]), strict=True):
        seg = text[b:nxt].split()
        if not seg:
            gap = True
            continue
        cand = seg + pending + acc
        if len(cand) > _MAX_PLACE_WORDS or (gap and (len(seg) > 1 or _prefix_len(cand))):
            break
        if _is_place(cand):
            acc, pending, best, gap = cand, [], b, False
        elif pending:
            break
        else:  # "Thành" / "phố" / "Hồ Chí Minh": a prefix wrapped after its first word
            pending, gap = seg, False
    if best is None:
        if aligned:  # the place must open its line or column
            return None
        off = _suffix_start(text[last:comma])
        return None if off is None else last + off
    return best + (len(text[best:comma]) - len(text[best:comma].lstrip()))


def find_place_date(text: str, start: int, end: int) -> Span | None:
    """The first place-and-date line between start and end. Without the comma
    ("Hà Nội ngày 01 tháng 12 năm 2025", "Hà Nội, ngày 01/12/2025" is fine) the
    place must open its line, so that "... của UBND tỉnh X ngày 14/3/2024" is no date line."""
    for m in pattern("date").finditer(text, start, end):
        p = place_start(text, m.start(), aligned=not m.group().startswith(","))
        if p is not None:
            return Span(start=p, end=m.end())
    return None


_NUMBER_SEGMENT = r"[^\s/-]+"
_NUMBER_JOIN = r"[ \t]*[/-][ \t]*\n?[ \t]*"
_NUMBER_BODY = re.compile(rf"[ \t]*\n?[ \t]*(?:{_NUMBER_SEGMENT})?(?:{_NUMBER_JOIN}{_NUMBER_SEGMENT})+-?")


def _number_span(text: str, start: int, end: int) -> Span | None:
    m = pattern("number").search(text, start, end)
    if not m:
        return None
    tail = _NUMBER_BODY.match(text, m.end(), end)
    stop = tail.end() if tail else m.end()
    return Span(start=m.start(), end=stop)


# --- the walk --------------------------------------------------------------------

_MAX_SUBJECT_LINES = 20


@dataclass
class _Preamble:
    header_end: int  # index of the first line after the header
    title: Span | None = None
    subject: Span | None = None


def _type_width(lines: list[Line], i: int) -> int:
    """1 or 2 when line i (or lines i and i+1, "QUYẾT" / "ĐỊNH") print a type name, else 0."""
    if is_type_line(lines[i].text):
        return 1
    if i + 1 < len(lines) and is_type_line(f"{lines[i].text} {lines[i + 1].text}"):
        return 2
    return 0


@cache
def _type_prefix_pattern() -> re.Pattern[str]:
    names = "|".join(phrase(n.upper()) for n in type_names())
    return re.compile(rf"^[\s#*_]*(?P<type>{names})\s+(?=\S)")


def _type_prefix(line: Line) -> tuple[int, int, int] | None:
    """(type start, type end, trích yếu start) in a line opening with a type name in
    capitals followed by its trích yếu ("TỜ TRÌNH Về Nghị định ...")."""
    m = _type_prefix_pattern().match(line.raw)
    if m is None:
        return None
    return m.start("type"), m.end("type"), m.end()


@cache
def _subject_opener() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(M.SUBJECT_OPENERS + M.SUBJECT_STRIP)})(?=\W|$)")


def _titled_by(lines: list[Line], i: int, rest: str) -> bool:
    """Whether the capitals after the type name on line i are the rest of the title
    ("QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH"), the trích yếu opening the next line
    ("Về việc: ...", "V/v ...")."""
    following = next((ln.text for ln in lines[i + 1:] if not is_blank(ln)), "")
    return is_upper(rest) and bool(_subject_opener().match(following))


def _double_spaced(lines: list[Line]) -> bool:
    """Text extracted with a blank line after every line (some DOCX/PDF exports)."""
    head = lines[:80]
    pairs = sum(1 for a, b in zip(head, head[1:], strict=False) if not is_blank(a) and is_blank(b))
    solid = sum(1 for a in head if not is_blank(a))
    return solid > 5 and pairs / solid > 0.7


def _covered(line: Line, spans: list[Span]) -> bool:
    return any(s.start < line.end + 1 and line.start < s.end for s in spans)


_FORMULA_PIECE_WORDS = 4  # words in a piece of an enacting formula wrapped in a narrow column
_MAX_FORMULA_PIECES = 3


def _body_follows(lines: list[Line], j: int, within: int = 2) -> bool:
    """Whether the body ("Căn cứ ...") opens right after line j, or one line later:
    an enacting formula ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...", maybe wrapped) stands
    right before it. Short capital lines in between are more of the formula, wrapped
    in a narrow column ("TỊCH ỦY BAN NHÂN" / "DÂN" / "TỈNH NINH BÌNH")."""
    solid = [k for k in range(j + 1, min(len(lines), j + 12)) if not is_blank(lines[k])]
    extra, pieces = within - 1, _MAX_FORMULA_PIECES  # formula lines allowed before the body
    for n, k in enumerate(solid):
        head = opening(lines, solid[n:n + 2])
        if starts_body(head):
            return True
        if pattern("enacting").match(head):  # the formula opens further down: line j is no part of it
            return False
        s = lines[k].text
        if pieces and is_capital_text(s) and len(s.split()) <= _FORMULA_PIECE_WORDS:
            pieces -= 1
        elif extra:
            extra -= 1
        else:
            return False
    return False


def _ends_subject(lines: list[Line], j: int, last: int, *, upper: bool, gap: bool) -> bool:
    """Whether line j, after the trích yếu's line `last`, no longer belongs to it."""
    s = lines[j].text
    # a formula cut after its first words ("CHỦ" / "TỊCH ỦY BAN ...", "THỦ" / "TƯỚNG CHÍNH PHỦ điện:")
    head = f"{s} {lines[j + 1].text}" if len(s.split()) <= 2 and j + 1 < len(lines) else s
    if is_recipients_marker(s) or pattern("telegram").search(head) or pattern("number").match(s) \
            or find_place_date(lines[j].raw, 0, len(lines[j].raw)):
        return True
    prev = lines[last].text.split()
    # the trích yếu's line ends mid-phrase: "SỞ TÀI CHÍNH," / "ỦY BAN ...", "6 tháng đầu năm," / "" / "một số ..."
    joined = bool(prev) and (prev[-1].endswith(",") or prev[-1].upper() in M.CONNECTORS)
    if not upper:  # a sentence-case trích yếu: wrapped lines, up to a gap unless a phrase runs across it
        return is_capital_text(s) or starts_body(s) or (gap and not (joined and s[:1].islower()))
    wordless = not any(c.isalpha() for c in s)  # "23/7/2025" wrapped out of a capitalised line
    return gap or not (is_upper(s) or wordless) or bool(pattern("heading").match(s)) \
        or (bool(pattern("enacting").match(head)) and not joined and _body_follows(lines, j))


def _subject_lines(lines: list[Line], i: int, *, double: bool, head: str | None = None) -> tuple[int, int]:
    """The trích yếu starting at line i (after blank lines): [first, end) line indexes.
    A capitalised trích yếu ends where capitals do, or at an enacting formula
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."); a sentence-case one at a gap or the body."""
    n = len(lines)
    while i < n and is_blank(lines[i]):
        i += 1
    if i >= n:
        return i, i
    upper = is_upper(head if head is not None else lines[i].text)
    last, blanks = i, 0
    spacing = 2 if double else 1  # a double-spaced export puts a blank line after every line
    for j in range(i + 1, min(n, i + _MAX_SUBJECT_LINES * spacing)):
        if is_blank(lines[j]):
            blanks += 1
            continue
        if _ends_subject(lines, j, last, upper=upper, gap=blanks >= spacing):
            break
        last, blanks = j, 0
    return i, last + 1


_OPENER_INSIDE = re.compile(r"(?:^|\s)(?=[Vv]/[vV]\b)")
_LOOKAHEAD = 4  # non-blank lines searched for more header after an unknown line


def _header_ahead(lines: list[Line], i: int, spans: list[Span]) -> bool:
    """Whether header fields (Số, place-date, V/v, type name) follow line i closely,
    so that an unrecognised line between them belongs to the header."""
    seen = 0
    for k in range(i + 1, len(lines)):
        if is_blank(lines[k]):
            continue
        s = lines[k].text
        if is_recipients_marker(s) or starts_body(s) or seen >= _LOOKAHEAD:
            return False
        if _covered(lines[k], spans) or pattern("opener").match(s) or _type_width(lines, k):
            return True
        seen += 1
    return False


def _preamble(text: str, lines: list[Line], double: bool) -> tuple[_Preamble, Span | None, Span | None]:
    limit = min(len(text), 6000)
    marks = [Span(start=m.start(), end=m.end()) for m in pattern("motto").finditer(text, 0, limit)]
    number = _number_span(text, 0, limit)
    place_date = find_place_date(text, 0, limit)
    spans = marks + [s for s in (number, place_date) if s]
    pre = _Preamble(header_end=0)
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        s = line.text
        if is_blank(line) or pattern("draft").match(s):
            i += 1
            continue
        if is_recipients_marker(s) or wrapped_label(lines, i, M.RECIPIENTS_LABELS):
            break
        opener = _OPENER_INSIDE.search(line.raw)
        if opener and (pattern("opener").match(s) or _covered(line, spans)):  # "Số: 12/UBND-VP V/v ..." too
            a, b = _subject_lines(lines, i, double=double)
            if pre.subject is None:
                pre.subject = Span(start=line.start + opener.end(), end=lines[b - 1].end)
            i = pre.header_end = max(b, i + 1)
            continue
        if _covered(line, spans):
            i += 1
            pre.header_end = i
            continue
        width = _type_width(lines, i) if pre.title is None else 0
        if width:
            pre.title = Span(start=line.start, end=lines[i + width - 1].end)
            a, b = _subject_lines(lines, i + width, double=double)
            if b > a:
                pre.subject = Span(start=lines[a].start, end=lines[b - 1].end)
            pre.header_end = max(b, i + width)
            break
        # After the header, or opening a letter without one: a line in capitals that starts
        # with its type name ("BÁO CÁO VỀ TÌNH HÌNH ..."), a title and not a body's name.
        inline = _type_prefix(line) if pre.title is None and (pre.header_end or is_upper(s)) else None
        if inline and _titled_by(lines, i, line.raw[inline[2]:]):  # "QUYẾT ĐỊNH CỦA UBND TỈNH" / "Về việc ..."
            pre.title = Span(start=line.start + inline[0], end=line.start + inline[1])
            a, b = _subject_lines(lines, i + 1, double=double)
            pre.subject = Span(start=lines[a].start, end=lines[b - 1].end) if b > a else None
            pre.header_end = max(b, i + 1)
            break
        if inline:  # "TỜ TRÌNH Về Nghị định ...": the type name and the trích yếu on one line
            pre.title = Span(start=line.start + inline[0], end=line.start + inline[1])
            a, b = _subject_lines(lines, i, double=double, head=line.raw[inline[2]:])
            pre.subject = Span(start=line.start + inline[2], end=lines[b - 1].end)
            pre.header_end = b
            break
        if (is_upper(s) and not pattern("heading").match(s)) or \
                (pre.header_end and not starts_body(s) and _header_ahead(lines, i, spans)):
            i += 1
            pre.header_end = i
            continue
        break
    if number and number.start >= _line_start(lines, pre.header_end, text):
        number = None
    if place_date and place_date.start >= _line_start(lines, pre.header_end, text):
        place_date = None
    return pre, number, place_date


def _line_start(lines: list[Line], i: int, text: str) -> int:
    return lines[i].start if i < len(lines) else len(text)


# --- recipients, cc, signature --------------------------------------------------


def _telegram_sender(lines: list[Line], k: int) -> int:
    """The line of a công điện's "... điện:" when the sender's name wraps onto it
    ("THỦ TƯỚNG" / "CHÍNH PHỦ điện:"); k otherwise."""
    for j in range(k, min(k + 3, len(lines))):
        if pattern("telegram").search(lines[j].text):
            return j
        if not is_upper(lines[j].text):
            break
    return k


def _find_cc(lines: list[Line], from_line: int) -> int | None:
    """Index of the line holding the Nơi nhận label ("Nơi" / "nhận:" wrapped too)."""
    for k in range(from_line, len(lines)):
        s = lines[k].text
        if pattern("cc").match(s):
            return k
        if wrapped_label(lines, k, M.CC_LABELS):
            return k
    return None


def segment(text: str) -> Layout:
    """Split one document's text into the parts of Decree 30/2020's layout."""
    lines = split_lines(text)
    double = _double_spaced(lines)
    pre, number, place_date = _preamble(text, lines, double)
    header = Span(start=0, end=lines[pre.header_end - 1].end if pre.header_end else 0)

    recipients, recipient_list = None, []
    body_from = k = pre.header_end
    while k < len(lines) and is_blank(lines[k]):
        k += 1
    k = _telegram_sender(lines, k)
    if k < len(lines) and (is_recipients_marker(lines[k].text) or wrapped_label(lines, k, M.RECIPIENTS_LABELS)):
        recipient_list, end = read_addressees(lines, k)
        telegram = pattern("telegram").search(lines[k].raw)
        start = lines[k].start + telegram.start() if telegram else lines[k].start
        recipients = Span(start=start, end=lines[end - 1].end)
        body_from = end

    cc_line = _find_cc(lines, body_from)
    cc = cc_end = None
    cc_list: list[str] = []
    if cc_line is not None:
        cc_list, cc_end = read_list(lines, cc_line, cc=True)
        cc = Span(start=lines[cc_line].start, end=lines[cc_end - 1].end)

    sig = signer = None
    signers: list[Signer] = []
    found = find_signature(lines, body_from, cc_line, cc_end)
    if found is not None:
        for a, b in joint_blocks(lines, found):  # a joint text's blocks, side by side
            block = Span(start=lines[a].start, end=lines[b - 1].end)
            signers.append(read_signer(lines[a:b], block))
            if (a, b) == found:
                signer = signers[-1]
        sig = Span(start=signers[0].span.start, end=signers[-1].span.end)
    body_start = _line_start(lines, body_from, text)
    stops = [s.start for s in (cc, sig) if s is not None and s.start >= body_start]
    body = Span(start=body_start, end=min(stops) if stops else len(text))

    return Layout(header=header, recipients=recipients, body=body, signature=sig, cc=cc,
                  number=number, place_date=place_date, title=pre.title, subject=pre.subject,
                  recipient_list=tuple(recipient_list), cc_list=tuple(cc_list), signer=signer,
                  signers=tuple(signers))
