"""Header fields: type, số ký hiệu, place and date, issuer, trích yếu.

Reads the spans `extractors.layout.segment` found (Decree 30/2020 Phụ lục I,
ô số 1-5). Where the header is missing, the type and the issuer are inferred
from the body and the signature ("Chủ tịch UBND huyện yêu cầu ...",
"TM. ỦY BAN NHÂN DÂN"), and the field names go into `inferred`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from extractors import numbers
from extractors.bodies import complete_locality, joint_on_one_line, make_body, split_bodies, split_joint
from extractors.data import agencies as A
from extractors.data import layout_markers as M
from extractors.data.doc_types import by_code, by_name, type_names
from extractors.data.tones import fold_name
from extractors.layout import Layout
from extractors.lines import clean, is_capital_text, pattern, split_lines
from extractors.regexes import alternation, phrase
from models.extraction import Body, NumberParts, Span


@dataclass
class HeaderFields:
    doc_type: str | None = None
    number: str | None = None
    number_parts: NumberParts | None = None
    issued_date: date | None = None
    issued_year: int | None = None
    place: str | None = None
    issuer: Body | None = None
    subject: str | None = None
    issuers: list[Body] = field(default_factory=list)  # a joint text's bodies, in header order
    inferred: list[str] = field(default_factory=list)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    heads = alternation(A.BODY_HEADS + tuple(A.HEAD_ABBREVIATIONS))
    name_word = rf"(?!(?:{'|'.join(A.NOT_NAME_WORDS)})\b)[\w&-]+,?"
    return {
        "label": re.compile(rf"^\W*(?:(?:{alternation(type_names())})\s+)?{M.NUMBER_LABEL}\s*:?\s*", re.I),
        "subject_strip": re.compile(rf"^(?:{alternation(M.SUBJECT_STRIP)}|{M.SUBJECT_STRIP_READ})\s*[:.]?\s*", re.I),
        "self": re.compile(
            rf"(?:(?<=\n\n)|(?<=[.;,:]\s)|(?<=[.;,:]\s\s)|(?<=[.;,:]\n))\s*"
            rf"(?:(?:{alternation(A.HOLDER_TITLES)})\s+)?"
            rf"(?P<body>(?:{heads})(?:\s+{name_word}){{0,8}}?)\s+(?:{alternation(A.SELF_REFERENCE_VERBS)})\b"),
        "this_letter": re.compile(rf"\b(?:{alternation(M.LETTER_SELF_REFERENCES)})\b"),
        "source": re.compile(rf"^\W*(?:{alternation(M.SOURCE_LABELS)})\s*:\s*(?P<body>(?:{heads})\b.*?)\W*$",
                             re.M | re.I),
        "column_gap": re.compile(M.COLUMN_GAP),
        "adopted": re.compile(rf"\b(?:{alternation(M.ADOPTION_VERBS)})\s+ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+"
                              rf"(?P<m>\d{{1,2}})\s+năm\s+(?P<y>\d{{4}})"),
    }


# --- số ký hiệu ----------------------------------------------------------------------

def _number(text: str, span: Span | None) -> tuple[str | None, str | None]:
    """(number as printed without spaces or None when blank, the symbol part)."""
    if span is None:
        return None, None
    raw = _patterns()["label"].sub("", text[span.start:span.end].strip())
    compact = "".join(raw.split()).strip(".,;")
    if not compact or not any(c in M.NUMBER_SEPARATORS for c in compact):
        return None, None
    if compact.startswith(("/", "-")):
        return None, compact
    return compact, compact


# --- place and date ------------------------------------------------------------------

def _adopted(text: str, layout: Layout) -> date | None:
    """The adoption date a text without a place-and-date line states in its closing
    clause, just before the signature: "... thông qua ngày 30 tháng 11 năm 2024"."""
    end = layout.signature.start if layout.signature else len(text)
    m = None
    for m in _patterns()["adopted"].finditer(text, max(layout.body.start, end - _ADOPTION_REACH), end):
        pass
    if m is None:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


_ADOPTION_REACH = 600  # characters before the signature searched for the adoption clause


def _place_date(text: str, span: Span | None) -> tuple[str | None, date | None, int | None]:
    if span is None:
        return None, None, None
    m = pattern("date").search(text, span.start, span.end)
    if m is None:
        return None, None, None
    place = " ".join(text[span.start:m.start()].split()) or None
    year = int(m.group("y"))
    day, month = ("".join(filter(str.isdecimal, m.group(k))) for k in ("d", "m"))
    legible = all(c.isdecimal() or c in M.DATE_BLANK_CHARS for c in m.group("d"))  # not "4|", "W{†"
    issued = None
    if day and month and legible:
        try:
            issued = date(year, int(month), int(day))
        except ValueError:
            issued = None
    return place, issued, year


# --- type and subject ----------------------------------------------------------------

def _subject(text: str, layout: Layout) -> str | None:
    span = layout.subject
    if span is None:
        return None
    raw = text[span.start:span.end]
    for other in (layout.place_date, layout.number):  # header columns flattened onto the trích yếu's lines
        if other and span.start <= other.start < span.end:
            raw = raw[:other.start - span.start] + " " + raw[min(other.end, span.end) - span.start:]
    joined = " ".join(clean(s) for s in raw.split("\n"))
    joined = _patterns()["subject_strip"].sub("", " ".join(joined.split()))
    return joined.strip(" .;:") or None


def _doc_type(text: str, layout: Layout, parts: NumberParts | None) -> tuple[str | None, bool]:
    """(type name, inferred?)."""
    if layout.title is not None:
        t = by_name(" ".join(clean(text[layout.title.start:layout.title.end]).split()).rstrip(":"))
        if t:
            return t.name, False
    if layout.subject is not None and pattern("opener").match(clean(text[layout.subject.start:layout.subject.end])):
        return "Công văn", False
    if parts and parts.type_code and by_code(parts.type_code):
        return by_code(parts.type_code).name, False
    if layout.recipients is not None or _patterns()["this_letter"].search(text):
        return "Công văn", True  # Decree 30/2020 Art. 7: a letter without a type name
    return None, False


# --- issuer --------------------------------------------------------------------------

_RE_TRAILING_RULE = re.compile(r"\s+[-_=]{3,}$")


def _agency_lines(text: str, layout: Layout) -> list[str]:
    """The capital lines of the header's agency column (cơ quan chủ quản, cơ quan ban
    hành): the header without its other fields, whatever order the columns came in."""
    region = text[:layout.header.end]
    fields = sorted((s for s in (layout.number, layout.place_date, layout.title, layout.subject) if s),
                    key=lambda s: s.start, reverse=True)
    for span in fields:
        if span.start < len(region):
            region = region[:span.start] + "\n" + region[span.end:]
    region = pattern("motto").sub("\n", region)
    out = []
    for line in split_lines(region):
        for part in _patterns()["column_gap"].split(line.raw):
            s = _RE_TRAILING_RULE.sub("", clean(part))  # "CHÍNH PHỦ -------": the rule under the name, on its line
            if s and is_capital_text(s) and not pattern("decoration").match(s) and not pattern("draft").match(s):
                out.append(s)
    return out


def _inferred_issuer(text: str, layout: Layout, place: str | None) -> tuple[str, Span] | None:
    """The body a headerless letter speaks for: its first self-reference in the body
    ("Chủ tịch UBND huyện yêu cầu", "Sở Nội vụ đề nghị"), completed by the place line."""
    for m in _patterns()["self"].finditer(text, layout.body.start, layout.body.end):
        body = " ".join(m.group("body").split())
        words = body.casefold().split()
        if len(words) < 2 or "các" in words or any(c.isdigit() for c in body):
            continue
        return complete_locality(body, place), Span(start=m.start("body"), end=m.end("body"))
    return None


def read_header(text: str, layout: Layout) -> HeaderFields:
    out = HeaderFields()
    out.number, symbol = _number(text, layout.number)
    out.place, out.issued_date, out.issued_year = _place_date(text, layout.place_date)
    if layout.place_date is None and (adopted := _adopted(text, layout)):
        out.issued_date, out.issued_year = adopted, adopted.year
        out.inferred.append("issued_date")
    out.subject = _subject(text, layout)
    parts = None
    if symbol:
        parts = numbers.parse(symbol)
    out.doc_type, type_inferred = _doc_type(text, layout, parts)
    if type_inferred:
        out.inferred.append("doc_type")
    if symbol:
        out.number_parts = numbers.parse(symbol, out.doc_type)
    context = text  # names a province when a district name is shared by several
    agency = _agency_lines(text, layout)
    joint = _joint_count(out.doc_type, out.number_parts, agency)
    if joint is not None:  # co-issuers: the first leads, none is the other's parent
        names = split_joint(agency, joint or None, text)
        out.issuers = [make_body(n, context=context) for n in names]
        for body, name in zip(out.issuers, names):
            body.span = _find_span(text, name, layout.header.end)
        out.issuer = out.issuers[0] if out.issuers else None
        return out
    bodies = split_bodies(agency)
    if bodies:
        parent = bodies[-2] if len(bodies) > 1 else None
        out.issuer = make_body(bodies[-1], parent=parent, context=context)
        out.issuer.span = _find_span(text, bodies[-1], layout.header.end)
    else:
        found = _inferred_issuer(text, layout, out.place)
        if found:
            out.issuer = make_body(found[0], context=context)
            out.issuer.span = found[1]
            out.inferred.append("issuer")
        else:
            signer = layout.signer
            source = _source(text, layout)
            if signer and signer.authority == "TM." and signer.on_behalf_of:  # "TM. ỦY BAN NHÂN DÂN"
                out.issuer = make_body(signer.on_behalf_of, context=context)
                out.inferred.append("issuer")
            elif source:  # "Nguồn: VỤ KINH TẾ CÔNG NGHIỆP"
                out.issuer = make_body(text[source.start:source.end], context=context)
                out.issuer.span = source
                out.inferred.append("issuer")
    return out


def _joint_count(doc_type: str | None, parts: NumberParts | None, agency: list[str]) -> int | None:
    """For a joint text (its type "... liên tịch", its number's type code "...LT", or
    co-issuers printed on one line with dashes): how many bodies its number's codes name
    (0 when they do not say); None for a text of one issuer."""
    joint_type = bool(doc_type and fold_name(doc_type).endswith(_JOINT_WORD))
    joint_code = bool(parts and parts.type_code and parts.type_code.upper().endswith(_JOINT_CODE))
    if not (joint_type or joint_code or any(joint_on_one_line(s) for s in agency)):
        return None
    if parts is None or not joint_code:
        return 0
    return len([c for c in (parts.issuer_code, *(parts.unit_code or "").split("-")) if c])


# Decree 30/2020 Phụ lục III and Law 80/2015: joint texts are "... liên tịch", coded "...LT".
_JOINT_WORD = fold_name("liên tịch")
_JOINT_CODE = "LT"
_SOURCE_TAIL = 400  # characters at the end of a text searched for its "Nguồn:" line


def _source(text: str, layout: Layout) -> Span | None:
    """The body a text without a header names as its source on its last lines."""
    m = None
    for m in _patterns()["source"].finditer(text, max(layout.body.start, len(text) - _SOURCE_TAIL)):
        pass
    return Span(start=m.start("body"), end=m.end("body")) if m else None


def _find_span(text: str, name: str, end: int) -> Span | None:
    m = re.search(phrase(name), text[:end])
    return Span(start=m.start(), end=m.end()) if m else None
