"""Parse: around a found number, read type word, date, issuing body and trích yếu."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractors.citations import patterns as R
from extractors.citations.find import FoundMention, FoundNamed, FoundNumber, type_name
from extractors.data import citation_patterns as P
from models.extraction import Body, NumberParts, Span

HEAD_REACH = 120  # characters before a number searched for its type word and date


@dataclass
class Draft:
    """A citation being built; `tail` ends its number, date and issuer."""

    start: int
    tail: int
    doc_type: str | None = None
    number: str | None = None
    date: dt.date | None = None
    issuer: Body | None = None
    subject: str | None = None
    parts: NumberParts | None = None
    shared_type: str | None = None  # the type word a following list member inherits
    refers_to: int | None = None
    relation: str = "reference"
    mention_serial: str | None = None  # a short mention's bare serial ("Kết luận số 04")
    standalone: bool = False  # a mention that names a document even when it repeats none


def parse_number(text: str, found: FoundNumber, prev: Draft | None, doc_date: dt.date | None) -> Draft:
    """Type, date, issuer and subject of the document whose number was found."""
    floor = max(prev.tail if prev else 0, found.start - HEAD_REACH)
    head = _head(text, floor, found.start)
    start = head.start() if head else found.start
    head_type = type_name(head.group()) if head else None
    if head_type in P.GENERIC_TYPE_WORDS:
        head_type = None
    inherited = None
    in_list = head is None and prev is not None and R.LIST_GAP.fullmatch(text, prev.tail, found.start)
    if in_list:
        inherited = prev.shared_type
    draft = Draft(start=start, tail=found.end, number=found.number, parts=found.parts)
    draft.doc_type = (head_type or found.code_type or inherited
                      or (P.UNTYPED_NUMBER_TYPE if found.state else None))
    draft.shared_type = head_type or inherited
    _read_tail(text, draft, doc_date)
    if draft.date is None:
        _date_before(text, draft, floor, doc_date)
    if draft.issuer is None:
        draft.issuer = _body_before(text, floor, start)
    if draft.issuer is None and in_list and prev.issuer and prev.issuer.span and prev.issuer.span.end <= prev.start:
        draft.issuer = prev.issuer  # "UBND thị xã giao tại các Quyết định: số 8353/..., số 14147/..."
    return draft


def parse_mention(text: str, found: FoundMention) -> Draft:
    capital = text[found.start].isupper() and found.type_word not in P.GENERIC_TYPE_WORDS
    return Draft(start=found.start, tail=found.end, doc_type=found.type_word,
                 mention_serial=found.serial, standalone=capital)


def parse_named(text: str, found: FoundNamed, doc_date: dt.date | None) -> Draft:
    draft = Draft(start=found.start, tail=found.end, doc_type=found.type_word)
    m = R.DATE_AFTER.match(text, found.end)
    if m and (day := _date(m, doc_date)):
        draft.date, draft.tail = day, m.end()
    elif y := R.YEAR_AFTER.match(text, found.end):
        draft.tail = y.end()
    return draft


def text_of(text: str, draft: Draft) -> str:
    return text[draft.start:draft.tail]


def span_of(draft: Draft) -> Span:
    return Span(start=draft.start, end=draft.tail)


def _head(text: str, floor: int, end: int) -> re.Match[str] | None:
    """The type word naming the number at `end` ("Quyết định số", "Luật Đất đai số"):
    the last one in text[floor:end], if what follows it is a head's tail. No type word
    spans a tail breaker and no tail holds one, so only the text after the last
    breaker is searched (the same last type word, or None either way)."""
    brk = R.HEAD_TAIL_BREAK.match(text, floor, end)
    m = None
    for m in R.TYPE_WORD.finditer(text, brk.end() if brk else floor, end):
        pass
    if m is None:
        return None
    tail = R.HEAD_TAIL if m.group()[0].isupper() else R.HEAD_DIRECT
    return m if tail.fullmatch(text, m.end(), end) else None


def _read_tail(text: str, draft: Draft, doc_date: dt.date | None) -> None:
    """Date, issuer and subject after the number, in the orders Vietnamese prints them."""
    pos = draft.tail
    m = R.DATE_AFTER.match(text, pos)
    if m and (day := _date(m, doc_date)):
        draft.date, pos = day, m.end()
    of = R.OF.match(text, pos)
    if of and (body := _body(text, of.end())) and not R.VERB_THEN_TYPE.match(text, body.span.end):
        draft.issuer, pos = body, body.span.end
        if draft.date is None and (m := R.DATE_AFTER.match(text, pos)) and (day := _date(m, doc_date)):
            draft.date, pos = day, m.end()
    draft.tail = pos
    lead = R.SUBJECT_LEAD.match(text, pos)
    if lead:
        draft.subject = _subject(text, lead.end())


def _date_before(text: str, draft: Draft, floor: int, doc_date: dt.date | None) -> None:
    """ "Ngày 15/12/2023, UBND tỉnh Quảng Ngãi có Công văn số 6409/UBND-nKGVX"."""
    dates = list(R.DATE_BEFORE.finditer(text, floor, draft.start))
    if not dates:
        return
    m = dates[-1]
    prep = (m.group("prep") or "").strip().casefold()
    gap = R.DATE_BEFORE_GAP.match(text[m.end():draft.start])
    if prep in P.DATE_BEFORE_NOT_AFTER or not gap or not (day := _date(m, doc_date)):
        return
    draft.date = day
    if draft.issuer is None and gap.group("body"):
        offset = m.end() + gap.start("body")
        body = _body(text, offset)
        if body and body.span.end >= offset + len(gap.group("body").rstrip()) - 1:
            draft.issuer = body
        elif body is None or "(" in gap.group("body"):
            name = " ".join(R.PARENTHESIS.sub("", gap.group("body")).split())
            draft.issuer = Body(name=name, span=Span(start=offset, end=offset + len(gap.group("body"))))


def _body_before(text: str, floor: int, start: int) -> Body | None:
    """ "Sở Xây dựng tại Công văn số ...": a body printed just before the type word."""
    m = R.BODY_BEFORE.search(text[floor:start])
    if m is None:
        return None
    body = _body(text, floor + m.start("body"))
    return body if body and body.span.end == floor + m.end("body") else None


def _date(m: re.Match[str], doc_date: dt.date | None) -> dt.date | None:
    """A valid calendar date not after the citing document's own date."""
    day, month, year = m.group("d"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2")
    try:
        value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    if doc_date and value > doc_date:
        return None  # a cited document cannot be younger than the one citing it
    return value


def _body(text: str, pos: int) -> Body | None:
    """An issuing body's name as printed after "của", up to the next phrase."""
    tokens = R.BODY_TOKEN.finditer(text, pos, min(len(text), pos + 240))
    words: list[str] = []
    end = pos
    nxt_token = next(tokens, None)
    for _ in range(P.BODY_MAX_WORDS):
        t, nxt_token = nxt_token, next(tokens, None)  # the next token, read once
        if t is None:
            break
        word = t.group()
        core = word.rstrip(",;.:)”\"*")
        nxt = nxt_token.group() if nxt_token else ""
        if not core or word.startswith(("(", "“", "\"")) or _has_digit(core):
            break
        if not words and not core[:1].isupper():
            return None
        if core in P.BODY_STOP_WORDS or (core in _STOP_PHRASE_FIRST
                                         and f"{core} {nxt.rstrip(',;.:')}" in P.BODY_STOP_PHRASES):
            break
        if core == "và" and (not nxt[:1].isupper() or (nxt_token and R.TYPE_WORD.match(text, nxt_token.start()))):
            break  # "của Huyện ủy và Công văn số ...": the next citation starts
        words.append(core)
        end = t.start() + len(core)
        if core.endswith(_COMPLETE_LAST) and " ".join(words).endswith(P.BODY_COMPLETE_ENDINGS):
            break
        if core != word:
            if not (word.endswith(",") and text.startswith(P.BODY_COMMA_CONTINUATIONS, t.end() + 1)):
                break
            words[-1] += ","
    while words and words[-1] in ("-", "và"):
        words.pop()
    if not words:
        return None
    return Body(name=" ".join(words), span=Span(start=pos, end=end))


# Cheap tests first: a stop phrase opens with one of these words, a complete name
# ends with one of these.
_STOP_PHRASE_FIRST = frozenset(phrase.split()[0] for phrase in P.BODY_STOP_PHRASES)
_COMPLETE_LAST = tuple(name.split()[-1] for name in P.BODY_COMPLETE_ENDINGS)


def _has_digit(word: str) -> bool:
    return not word.isalpha() and any(c.isdigit() for c in word)


def _subject(text: str, pos: int) -> str | None:
    limit = min(len(text), pos + P.SUBJECT_MAX_CHARS)
    stop = R.SUBJECT_END.search(text, pos, limit)
    subject = " ".join(text[pos:stop.start() if stop else limit].split())
    return subject or None


_RE_LEGISLATURE = re.compile(P.CENTRAL_ISSUER_CODE_PATTERN)


def issuer_from_code(parts: NumberParts | None) -> Body | None:
    """The body a central issuer code names ("CV/BTCTW" -> Ban Tổ chức Trung ương,
    "NQ/QH15" -> Quốc hội), for a citation whose text prints none; local codes (UBND,
    SNV ...) name a body of every province, so none."""
    code = (parts.issuer_code or "").upper().replace("Đ", "D") if parts else ""
    name = P.CENTRAL_ISSUER_NAMES.get(code)
    if name is None and _RE_LEGISLATURE.fullmatch(code):
        name = P.LEGISLATURE_NAMES[code.rstrip("0123456789")]
    return Body(name=name, canonical=name, level="trung ương") if name else None
