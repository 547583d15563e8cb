"""Số ký hiệu: the parts of a document's number and the key numbers are compared by.

Decree 30/2020 Phụ lục I, ô số 3: "<serial>/<year>/<type code>-<issuer code>[-<unit>]"
for a state document ("01/2024/QĐ-UBND"), "<serial>/<issuer code>-<unit>" for a công
văn ("4085/UBND-ĐT"); party documents print "<serial>-<type code>/<issuer code>"
("04-NQ/TU", Hướng dẫn 36-HD/VPTW).

    parse("01/2024/QĐ-UBND")  -> serial 01, year 2024, type QĐ, issuer UBND
    key("1313 /UBND– TTHC")    -> "1313/UBND-TTHC"

The header reads its own number with `parse`; citations read numbers out of running
text with their own pattern (extractors/citations) and put the codes they found
together with `parts`. The store, the citation finder and the graph compare numbers
by `key`.
"""
from __future__ import annotations

import re
import unicodedata

from extractors.data.citation_patterns import HOMOGLYPHS
from extractors.data.doc_types import by_code, by_name
from models.extraction import NumberParts

_HOMOGLYPHS = str.maketrans(HOMOGLYPHS)  # Cyrillic letters printed for Latin ones
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_WHITE = re.compile(r"\s+")
_PARTY = re.compile(r"^(?P<serial>\d+[a-z]?)-(?P<type>[^\W\d_]+)/(?P<rest>.+)$")
YEAR = r"(?:19|20)\d\d"  # the year segment of a number: "01/2024/QĐ-UBND"
_YEAR = re.compile(YEAR)
_OLD_TYPE_JOIN = re.compile(r"^([^\W\d_]+)[/.]([^\W_].*)$")


def key(number: str | None) -> str | None:
    """The form numbers are compared by: no white space, look-alike letters and dashes
    made one, upper case, Đ as D ("1313 /UBND- TTHC" == "1313/UBND-TTHC", QĐ == QD)."""
    if not number:
        return None
    s = unicodedata.normalize("NFC", number).translate(_DASHES).translate(_HOMOGLYPHS)
    return _WHITE.sub("", s).upper().replace("Đ", "D") or None


def parts(serial: str | None, year: int | None, codes: list[str], *, typed: bool) -> NumberParts:
    """The parts of a state number from its serial, year and codes after them; `typed`
    when the first code is the type's ("QĐ" of "QĐ-UBND")."""
    type_code, rest = (codes[0], codes[1:]) if typed and codes else (None, codes)
    return NumberParts(serial=serial or None, year=year, type_code=type_code,
                       issuer_code=rest[0] if rest else None, unit_code="-".join(rest[1:]) or None)


def parse(number: str, doc_type: str | None = None) -> NumberParts:
    """Parts of a số ký hiệu as a header prints it: "01/2024/QĐ-UBND" -> 01, 2024, QĐ, UBND;
    "04-NQ/TU" (party) -> 04, NQ, TU; "4085/UBND-ĐT" (công văn) -> issuer UBND, unit ĐT."""
    s = _WHITE.sub("", number).translate(_DASHES)
    party = _PARTY.match(s)
    if party and by_code(party.group("type")):
        issuer, _, unit = party.group("rest").partition("-")
        return NumberParts(serial=party.group("serial"), type_code=party.group("type"),
                           issuer_code=issuer or None, unit_code=unit or None)
    serial, _, rest = s.partition("/")
    segments = [x for x in rest.split("/") if x]
    year = None
    if segments and _YEAR.fullmatch(segments[0]):
        year = int(segments.pop(0))
    codes = [p for p in "/".join(segments).split("-") if p]
    old_style = _OLD_TYPE_JOIN.match(codes[0]) if codes else None
    if old_style and by_code(old_style.group(1)):  # before 2004: "QĐ/BTC", "QĐ.UB" (type, then issuer)
        codes[:1] = [old_style.group(1), old_style.group(2)]
    known = by_name(doc_type) if doc_type else None
    letter = known is not None and known.code is None  # a công văn's symbol opens with its issuer: 5608/CT-CS
    typed = bool(codes) and not letter and by_code(codes[0]) is not None and (len(codes) > 1 or known is not None)
    return parts(serial, year, codes, typed=typed)
