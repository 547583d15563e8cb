"""What a citation says about the document it cites, read with its citing document's facts."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sqlalchemy import Row, null
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from corpus.identity import issuers_compatible
from extractors.agency_names import LEVEL_WORDS
from extractors.data.tones import fold_name
from extractors.data.citation_patterns import (
    CENTRAL_ISSUER_CODE_PATTERN,
    CENTRAL_ISSUER_CODES,
    LOCAL_ISSUER_CODE_PATTERN,
)
from models.tables import CitationRow, Document

@dataclass(frozen=True)
class Mention:
    """One citation's facts about the document it cites."""

    citation: Row  # the citation's columns (_MENTION_COLUMNS)
    year: int | None
    date: dt.date | None
    issuer: str | None  # issuer key; a generic one completed from the citing document
    province: str | None  # the citing document's province, when the body is local and unplaced
    order: tuple  # canonical: most specific first, then by content, never by arrival

    def contradicts(self, *, year: int | None, issuer: str | None, province: str | None,
                    date: dt.date | None = None) -> bool:
        if self.year and year and self.year != year:
            return True
        if self.date and date and self.date != date:
            return True
        if self.province and province and self.province != province:
            return True
        return not issuers_compatible(self.issuer, issuer)


@dataclass(frozen=True)
class Facts:
    """What a stored document (or a citing one) is known by, read without its text."""

    id: int
    key: str  # number key
    year: int | None
    date: dt.date | None
    issuer: str | None  # issuer key
    province: str | None  # folded, from the header's issuer
    order: str  # content hash (or source name): the same whatever the arrival order


def read_facts(session: Session, *where) -> list[Facts]:
    province = Document.extraction["issuer"]["province"].as_string()
    rows = session.exec(select(Document.id, Document.number_key, Document.year, Document.issued_date,
                               Document.issuer_key, province, Document.content_hash, Document.source)
                        .where(*where).order_by(Document.id))
    return [Facts(i, n or "", y, d, k, fold_name(p) if p else None, h or src or "")
            for i, n, y, d, k, p, h, src in rows]


def _complete(issuer: str | None, source: Facts) -> str | None:
    """ "ủy ban nhân dân tỉnh" in a document of "... tỉnh quảng trị" -> "... tỉnh quảng trị"."""
    if not issuer:
        return issuer
    for level in LEVEL_WORDS:
        if issuer == level or issuer.endswith(" " + level):
            place = re.search(rf"(?:^| ){level} (.+)$", source.issuer or "")
            if place:
                return f"{issuer} {place.group(1)}"
            if level in ("tỉnh", "thành phố") and source.province:
                return f"{issuer} {source.province}"
            return issuer
    return issuer


def _unplaced(issuer: str | None) -> bool:
    """No place in the body's name: "sở nội vụ", "ủy ban nhân dân tỉnh"."""
    return not issuer or not _PLACED.search(issuer)


_PLACED = re.compile(rf"(?:^| )(?:{'|'.join(LEVEL_WORDS)}) \S")


def _codes(key: str) -> set[str]:
    return set(re.split(r"[/-]", key)[1:])


@lru_cache(maxsize=4096)
def _is_local(key: str) -> bool:
    """The number names a body that every province has (".../QĐ-UBND", ".../TTr-SNV")."""
    return any(_LOCAL.fullmatch(c) for c in _codes(key))


@lru_cache(maxsize=4096)
def _is_central(key: str) -> bool:
    """The number names a central body (".../NĐ-CP", ".../TT-BTC", ".../QH15"): that code
    alone identifies the issuer, whatever body name the citing text prints."""
    codes = _codes(key)
    return not _is_local(key) and (bool(codes & CENTRAL_ISSUER_CODES) or any(_CENTRAL.fullmatch(c) for c in codes))


_LOCAL = re.compile(LOCAL_ISSUER_CODE_PATTERN)
_CENTRAL = re.compile(CENTRAL_ISSUER_CODE_PATTERN)
# Office titles alone ("Bộ trưởng" cut from "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
# name no body.
OFFICE_TITLES = frozenset({"bộ trưởng", "thủ trưởng", "chủ tịch", "giám đốc", "thủ tướng", "chủ nhiệm",
                           "tổng giám đốc", "cục trưởng", "chánh văn phòng"})


_MENTION_COLUMNS = (CitationRow.id, CitationRow.number_key, CitationRow.number, CitationRow.doc_type, CitationRow.issuer,
                    CitationRow.issuer_key, CitationRow.year, CitationRow.cited_date, CitationRow.position, CitationRow.source_id,
                    CitationRow.target_id, CitationRow.resolution)


def read_mentions(session: Session, keys: list[str]) -> list[Mention]:
    """Every citation of `keys` with its citing document's facts, read as plain rows
    (a decree cited by tens of thousands stays cheap: a central body's number needs
    neither the citing body nor its province)."""
    source = aliased(Document)
    central = [k for k in keys if _is_central(k)]
    others = [k for k in keys if not _is_central(k)]
    rows = []
    for chosen, province in ((central, null()), (others, source.extraction["issuer"]["province"].as_string())):
        if chosen:
            rows += session.exec(select(*_MENTION_COLUMNS, source.issuer_key, province, source.content_hash,
                                        source.source)
                                 .join(source, source.id == CitationRow.source_id)
                                 .where(col(CitationRow.number_key).in_(chosen))).all()
    folded = cache(fold_name)  # few provinces over many rows
    out = []
    for c in rows:
        is_central, is_local = _is_central(c.number_key), _is_local(c.number_key)
        province = c[-3] and folded(c[-3])
        facts = Facts(c.source_id, "", None, None, c[-4], province or None, c[-2] or c[-1] or "")
        issuer = None if is_central or c.issuer_key in OFFICE_TITLES else _complete(c.issuer_key, facts)
        local_province = facts.province if is_local and _unplaced(issuer) else None
        specific = sum(x is not None for x in (c.year, issuer, local_province))
        order = (-specific, -len(issuer or ""), issuer or "", c.year or 0, str(c.cited_date or ""),
                 facts.order, c.position)
        out.append(Mention(c, c.year, c.cited_date, issuer, local_province, order))
    return sorted(out, key=lambda m: m.order)
