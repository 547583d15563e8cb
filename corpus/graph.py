"""The reference graph: citations resolved to stored documents or to stub nodes.

A document's identity is (issuing body, number, year): Decree 30/2020 restarts
numbering every year for every body, so several provinces issue a 2828/QĐ-UBND.
Resolution is recomputed per number key from every citation and document that
carry the key, in an order that does not depend on when documents arrived:

- a citation links to a stored document when exactly one stored document with its
  number is not contradicted by it: by the year, the date, the issuing body (a
  generic "UBND tỉnh" is read in the citing document's province), and, for a local
  body's number (.../QĐ-UBND) printed without its body, by the citing document's
  province. Several such documents: the citation stays ambiguous, never guessed.
- otherwise it links to a stub node. Citations that agree share one stub, built
  from the most specific citations first; a citation fitting several stubs stays
  ambiguous. A stored document that arrives later takes its stub's place.
- conflicting facts do not split or merge silently: each citation keeps the date
  it prints, a stub takes a date only when its citations agree, and `conflicts`
  lists every node cited with different dates.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from xml.sax.saxutils import escape

from sqlalchemy import Row, delete, func, insert, null, or_, update
from sqlalchemy.orm import aliased, defer
from sqlmodel import Session, col, select

from corpus.identity import body_key, fold_tones, issuers_compatible, number_key
from extractors.data.citation_patterns import (
    CENTRAL_ISSUER_CODE_PATTERN,
    CENTRAL_ISSUER_CODES,
    LOCAL_ISSUER_CODE_PATTERN,
)
from models.extraction import Extraction
from models.tables import Citation, CitationLink, Document

# Words naming an administrative level at the end of a generic body name
# ("UBND tỉnh", "Chủ tịch UBND huyện"): Law 65/2025/QH15 on local government
# (tỉnh, thành phố, xã, phường) and the pre-2025 levels still cited (huyện, quận, thị xã).
LEVEL_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "đặc khu")
MAX_DEPTH = 10  # deepest transitive chain a query may ask for
FEW_PAIRS = 2000  # (cited, citing) pairs read in one go before counting in the database


# --- what a citation says, read in its citing document -----------------------------

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
class _Facts:
    """What a stored document (or a citing one) is known by, read without its text."""

    id: int
    key: str  # number key
    year: int | None
    date: dt.date | None
    issuer: str | None  # issuer key
    province: str | None  # folded, from the header's issuer
    order: str  # content hash (or source name): the same whatever the arrival order


def _facts(session: Session, *where) -> list[_Facts]:
    province = Document.extraction["issuer"]["province"].as_string()
    rows = session.exec(select(Document.id, Document.number_key, Document.year, Document.issued_date,
                               Document.issuer_key, province, Document.content_hash, Document.source)
                        .where(*where).order_by(Document.id))
    return [_Facts(i, n or "", y, d, k, fold_tones(p) if p else None, h or src or "")
            for i, n, y, d, k, p, h, src in rows]


def _complete(issuer: str | None, source: _Facts) -> str | None:
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


_MENTION_COLUMNS = (Citation.id, Citation.number_key, Citation.number, Citation.doc_type, Citation.issuer,
                    Citation.issuer_key, Citation.year, Citation.cited_date, Citation.position, Citation.source_id,
                    Citation.target_id, Citation.resolution)


def _mentions(session: Session, keys: list[str]) -> list[Mention]:
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
                                 .join(source, source.id == Citation.source_id)
                                 .where(col(Citation.number_key).in_(chosen))).all()
    folded: dict[str, str] = {}
    out = []
    for c in rows:
        is_central, is_local = _is_central(c.number_key), _is_local(c.number_key)
        province = c[-3] and folded.setdefault(c[-3], fold_tones(c[-3]))
        facts = _Facts(c.source_id, "", None, None, c[-4], province or None, c[-2] or c[-1] or "")
        issuer = None if is_central or c.issuer_key in OFFICE_TITLES else _complete(c.issuer_key, facts)
        local_province = facts.province if is_local and _unplaced(issuer) else None
        specific = sum(x is not None for x in (c.year, issuer, local_province))
        order = (-specific, -len(issuer or ""), issuer or "", c.year or 0, str(c.cited_date or ""),
                 facts.order, c.position)
        out.append(Mention(c, c.year, c.cited_date, issuer, local_province, order))
    return sorted(out, key=lambda m: m.order)


# --- resolution ----------------------------------------------------------------------

@dataclass
class _Cluster:
    """Citations of one not-yet-stored document."""

    year: int | None
    issuer: str | None
    province: str | None
    mentions: list[Mention] = field(default_factory=list)

    def fits(self, m: Mention) -> bool:
        return not m.contradicts(year=self.year, issuer=self.issuer, province=self.province)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.year = self.year or m.year
        self.province = self.province or m.province
        if m.issuer and len(m.issuer) > len(self.issuer or ""):
            self.issuer = m.issuer


def _cluster(mentions: Iterable[Mention]) -> tuple[list[_Cluster], list[Mention]]:
    """Group mentions into stub identities; those fitting several stay ambiguous."""
    clusters: list[_Cluster] = []
    ambiguous = []
    for m in mentions:
        fitting = [c for c in clusters if c.fits(m)]
        if len(fitting) > 1:
            ambiguous.append(m)
            continue
        if not fitting:
            fitting = [_Cluster(m.year, m.issuer, m.province)]
            clusters.append(fitting[0])
        fitting[0].add(m)
    return clusters, ambiguous


def _stored_fits(m: Mention, doc: _Facts) -> bool:
    """A stored document fits unless the citation contradicts it; a local body's
    document is placed in its province only when its number is local too."""
    return doc.id != m.citation.source_id and not m.contradicts(
        year=doc.year, issuer=doc.issuer, province=doc.province if m.province else None, date=doc.date)


def resolve_number(session: Session, key: str) -> None:
    """Re-link every citation of `key`; create, reuse or drop stubs as needed."""
    resolve_numbers(session, [key])


def resolve_numbers(session: Session, keys: Iterable[str | None]) -> None:
    """`resolve_number` for several keys, reading each table once and writing only the
    citations and stubs that change (as plain rows: a run resolving thousands of keys
    builds no ORM object per stub)."""
    keys = sorted({k for k in keys if k})
    if not keys:
        return
    session.flush()
    with session.no_autoflush:
        stored: dict[str, list[_Facts]] = defaultdict(list)
        for f in _facts(session, col(Document.number_key).in_(keys), Document.stub == False):
            stored[f.key].append(f)
        stubs: dict[str, list[Row]] = defaultdict(list)
        for s in session.exec(select(*_STUB_COLUMNS).where(col(Document.number_key).in_(keys),
                                                           Document.stub == True).order_by(Document.id)):
            stubs[s.number_key].append(s)
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for m in _mentions(session, keys):
            mentions[m.citation.number_key].append(m)
    links: dict[int, tuple[int | None, str]] = {}
    placed: list[tuple[_StubPlan, _Cluster]] = []
    unused: list[int] = []
    for key in keys:
        placed += _resolve_key(key, stored[key], stubs[key], mentions[key], links, unused)
    _write_stubs(session, [plan for plan, _ in placed])
    for plan, cluster in placed:
        for m in cluster.mentions:
            links[m.citation.id] = (plan.id, "stub")
    current = {m.citation.id: (m.citation.target_id, m.citation.resolution) for ms in mentions.values() for m in ms}
    changed = [{"id": i, "target_id": t, "resolution": r} for i, (t, r) in links.items() if current[i] != (t, r)]
    if changed:
        session.execute(update(Citation), changed)
        for obj in list(session.identity_map.values()):  # loaded Citation objects now hold old targets
            if isinstance(obj, Citation):
                session.expire(obj)
    if unused:  # no citation points at them any more (the ORM statement lets loaded ones go too)
        session.execute(delete(Document).where(col(Document.id).in_(unused)))


_STUB_COLUMNS = (Document.id, Document.number_key, Document.number, Document.doc_type, Document.issued_date,
                 Document.year, Document.issuer, Document.issuer_key)
_STUB_FACTS = ("number", "doc_type", "issued_date", "year", "issuer", "issuer_key")


@dataclass
class _StubPlan:
    """A stub's facts as its cluster of citations gives them; `id` is None until inserted."""

    id: int | None
    number_key: str
    facts: dict
    changed: bool  # an existing stub whose facts differ from its row


def _resolve_key(key: str, stored: list[_Facts], stubs: list[Row], mentions: list[Mention],
                 links: dict[int, tuple[int | None, str]], unused: list[int]) -> list[tuple[_StubPlan, _Cluster]]:
    unresolved = []
    for m in mentions:
        fitting = [d for d in stored if _stored_fits(m, d)]
        if len(fitting) == 1:
            links[m.citation.id] = (fitting[0].id, "resolved")
        elif fitting:
            links[m.citation.id] = (None, "ambiguous")
        else:
            unresolved.append(m)
    clusters, ambiguous = _cluster(unresolved)
    for m in ambiguous:
        links[m.citation.id] = (None, "ambiguous")
    free = list(stubs)
    placed = [(_stub_plan(free, key, cluster), cluster) for cluster in clusters]
    unused += [s.id for s in free]
    return placed


def _stub_plan(free: list[Row], key: str, cluster: _Cluster) -> _StubPlan:
    """The existing stub this cluster is (same identity first), or a new one; its facts
    are recomputed from the cluster's citations."""
    same = [s for s in free if (s.year, s.issuer_key) == (cluster.year, cluster.issuer)]
    near = same or [s for s in free if (not s.year or not cluster.year or s.year == cluster.year)
                    and issuers_compatible(s.issuer_key, cluster.issuer)]
    cits = [m.citation for m in cluster.mentions]
    dates = {c.cited_date for c in cits if c.cited_date}
    named = [m for m in cluster.mentions if m.citation.issuer]
    facts = {
        "number": _most_common(c.number for c in cits),
        "doc_type": _most_common(c.doc_type for c in cits),
        "issued_date": dates.pop() if len(dates) == 1 else None,
        "year": cluster.year,
        "issuer": max(named, key=lambda m: (len(m.issuer or ""), m.order)).citation.issuer if named else None,
        "issuer_key": cluster.issuer,
    }
    if not near:
        return _StubPlan(None, key, facts, changed=False)
    row = near[0]
    free.remove(row)
    return _StubPlan(row.id, key, facts, changed=any(getattr(row, f) != facts[f] for f in _STUB_FACTS))


def _write_stubs(session: Session, plans: list[_StubPlan]) -> None:
    """Update the stubs whose facts changed (an ORM statement: loaded stubs take the new
    facts) and insert the new ones, each in one statement."""
    updates = [{"id": p.id, **p.facts} for p in plans if p.id is not None and p.changed]
    if updates:
        session.execute(update(Document), updates)
    new = [p for p in plans if p.id is None]
    if new:
        rows = [{"stub": True, "number_key": p.number_key, **p.facts} for p in new]
        returning = insert(Document.__table__).returning(Document.__table__.c.id, sort_by_parameter_order=True)
        ids = session.connection().execute(returning, rows).scalars()
        for plan, new_id in zip(new, ids, strict=True):
            plan.id = new_id


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def stub_taken_over_by(session: Session, ex: Extraction) -> Document | None:
    """The stub a newly stored document replaces, if exactly one agrees with it."""
    key = number_key(ex.number)
    if not key:
        return None
    year = ex.issued_date.year if ex.issued_date else ex.issued_year
    issuer = body_key(ex.issuer)
    stubs = session.exec(select(Document).where(Document.number_key == key, Document.stub == True)).all()
    fitting = [s for s in stubs if (not year or not s.year or s.year == year)
               and (not ex.issued_date or not s.issued_date or s.issued_date == ex.issued_date)
               and issuers_compatible(issuer, s.issuer_key)]
    return fitting[0] if len(fitting) == 1 else None


def save_links(session: Session, doc_id: int, ex: Extraction) -> None:
    """Store the relations the document states between two documents it cites."""
    if not ex.citation_links:
        return
    by_position = dict(session.exec(select(Citation.position, Citation.id).where(Citation.source_id == doc_id)).all())
    session.connection().execute(insert(CitationLink.__table__), [
        {"source_citation_id": by_position[k.source], "target_citation_id": by_position[k.target],
         "relation": k.relation} for k in ex.citation_links])


# --- queries -------------------------------------------------------------------------

def node_key(doc: Document | Row) -> str:
    """A node's identity independent of database ids: number, year and body."""
    return f"{doc.number_key or ''}|{doc.year or ''}|{doc.issuer_key or ''}"


def _doc_ref(doc: Document | Row) -> dict:
    return {
        "id": doc.id, "source": doc.source, "number": doc.number, "issuer": doc.issuer,
        "issued_date": doc.issued_date.isoformat() if doc.issued_date else None,
        "doc_type": doc.doc_type, "subject": doc.subject, "stub": doc.stub,
    }


_REF_COLUMNS = (Document.id, Document.source, Document.number, Document.issuer, Document.issued_date,
                Document.doc_type, Document.subject, Document.stub, Document.number_key, Document.year,
                Document.issuer_key)


def _docs(session: Session, ids: Iterable[int | None]) -> dict[int, Row]:
    """Documents by id as plain rows of the columns a node's label needs (no text)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {r.id: r for r in session.exec(select(*_REF_COLUMNS).where(col(Document.id).in_(wanted)))}


def _citing(c: Citation | Row, source: Row) -> dict:
    return {**_doc_ref(source), "relation": c.relation, "text": c.text,
            "cited_date": c.cited_date.isoformat() if c.cited_date else None}


def _first_citations(session: Session, *where, limit: int | None) -> dict[int | None, tuple[list[Row], int]]:
    """Per cited node: the first citation of each citing document, at most `limit`
    citing documents (oldest first), and how many there are. A document citing another
    twice is listed once. Read from the index on (number, target, source): a node
    cited by tens of thousands is counted and cut without reading them all."""
    first = func.min(Citation.id)
    pairs = list(session.exec(select(Citation.target_id, first, Citation.source_id).where(*where)
                              .group_by(Citation.target_id, Citation.source_id).limit(FEW_PAIRS + 1)).all())
    if len(pairs) <= FEW_PAIRS:  # the usual case: one read gives the lists and the totals
        totals = Counter(target for target, _, _ in pairs)
        pairs.sort(key=lambda p: p[2])
        seen: Counter[int | None] = Counter()
        listed = []
        for pair in pairs:
            seen[pair[0]] += 1
            if limit is None or seen[pair[0]] <= limit:
                listed.append(pair)
        pairs = listed
    else:
        totals = Counter(dict(session.exec(select(Citation.target_id, func.count(func.distinct(Citation.source_id)))
                                           .where(*where).group_by(Citation.target_id)).all()))
        pairs = []
        for target in totals:
            pairs += [(target, i, s) for i, s in session.exec(
                select(first, Citation.source_id).where(*where, _target_in([target]))
                .group_by(Citation.source_id).order_by(Citation.source_id).limit(limit))]
    columns = (Citation.id, Citation.source_id, Citation.relation, Citation.text, Citation.cited_date)
    cits = {c.id: c for c in session.exec(select(*columns).where(col(Citation.id).in_([p[1] for p in pairs])))} \
        if pairs else {}
    out: dict[int | None, tuple[list[Row], int]] = {t: ([], n) for t, n in totals.items()}
    for target, first_id, _ in sorted(pairs, key=lambda p: (p[2], p[1])):
        out[target][0].append(cits[first_id])
    return out


def _target_in(targets: list[int | None]):
    stored = col(Citation.target_id).in_([t for t in targets if t is not None])
    return or_(stored, col(Citation.target_id).is_(None)) if None in targets else stored


def cited_by(session: Session, number: str, *, limit: int | None = None) -> dict:
    """Stored and stub documents carrying `number`, each with the documents citing it
    (the first `limit` of them, and their total)."""
    key = number_key(number)
    light = select(Document).options(defer(Document.text), defer(Document.extraction))
    targets = session.exec(light.where(Document.number_key == key).order_by(Document.id)).all()
    citing = _first_citations(session, Citation.number_key == key, limit=limit)
    sources = _docs(session, (c.source_id for cits, _ in citing.values() for c in cits))
    ambiguous, ambiguous_total = citing.get(None, ([], 0))
    return {
        "number": number,
        "targets": [{**_doc_ref(t), "cited_by": [_citing(c, sources[c.source_id]) for c in citing.get(t.id, ([], 0))[0]],
                     "cited_by_total": citing.get(t.id, ([], 0))[1]} for t in targets],
        "ambiguous": [_citing(c, sources[c.source_id]) for c in ambiguous],
        "ambiguous_total": ambiguous_total,
    }


def cited_by_document(session: Session, doc: Document, *, limit: int | None = None) -> dict:
    """The documents citing `doc` (stored or stub): the first `limit` and their total."""
    cits, total = _first_citations(session, Citation.target_id == doc.id, limit=limit).get(doc.id, ([], 0))
    sources = _docs(session, (c.source_id for c in cits))
    return {"document": _doc_ref(doc), "cited_by": [_citing(c, sources[c.source_id]) for c in cits],
            "cited_by_total": total}


def cites(session: Session, doc: Document) -> dict:
    """What `doc` cites, in text order: each citation with its resolution and target."""
    cits = session.exec(select(Citation).where(Citation.source_id == doc.id).order_by(Citation.position)).all()
    targets = _docs(session, (c.target_id for c in cits))
    return {"document": _doc_ref(doc), "cites": [{
        "position": c.position, "number": c.number, "doc_type": c.doc_type, "issuer": c.issuer,
        "cited_date": c.cited_date.isoformat() if c.cited_date else None, "relation": c.relation,
        "text": c.text, "resolution": c.resolution,
        "target": _doc_ref(targets[c.target_id]) if c.target_id in targets else None,
    } for c in cits]}


def chain(session: Session, doc: Document, *, direction: str = "both", depth: int = 3) -> dict:
    """The transitive chain from `doc`: what it cites (levels 1, 2 ...), what cites it
    (levels -1, -2 ...), or both, up to `depth` steps; each node once, at its nearest level."""
    if direction not in ("cites", "cited-by", "both"):
        raise ValueError(f"direction must be cites, cited-by or both, not {direction!r}")
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be between 1 and {MAX_DEPTH}")
    level = {doc.id: 0}
    edges: dict[tuple[int, int], str] = {}
    ways = [(True, 1)] * (direction != "cited-by") + [(False, -1)] * (direction != "cites")
    for outward, sign in ways:
        frontier = {doc.id}
        for step in range(1, depth + 1):
            near = Citation.source_id if outward else Citation.target_id
            cits = session.exec(select(Citation).where(col(near).in_(frontier),
                                                       col(Citation.target_id).is_not(None))).all()
            frontier = set()
            for c in cits:
                edges.setdefault((c.source_id, c.target_id), c.relation)
                far = c.target_id if outward else c.source_id
                if far not in level:
                    level[far] = sign * step
                    frontier.add(far)
            if not frontier:
                break
    nodes = _docs(session, level)
    return {
        "document": _doc_ref(doc), "direction": direction, "depth": depth,
        "nodes": [{**_doc_ref(nodes[i]), "level": lv} for i, lv in sorted(level.items(), key=lambda x: (x[1], x[0]))],
        "edges": [{"source": s, "target": t, "relation": r} for (s, t), r in sorted(edges.items())
                  if s in level and t in level],
    }


def conflicts(session: Session) -> list[dict]:
    """Nodes cited with different dates (or with a date that is not the stored one)."""
    rows = session.exec(select(Citation.target_id, Citation.cited_date, Citation.source_id).where(
        col(Citation.target_id).is_not(None), col(Citation.cited_date).is_not(None))).all()
    dates: dict[int, dict[dt.date, set[int]]] = defaultdict(lambda: defaultdict(set))
    for target, day, source in rows:
        dates[target][day].add(source)
    targets = _docs(session, dates)
    out = []
    for target_id in sorted(dates):
        doc = targets[target_id]
        seen = set(dates[target_id]) | ({doc.issued_date} if doc.issued_date and not doc.stub else set())
        if len(seen) > 1:
            out.append({"document": _doc_ref(doc), "dates": {
                day.isoformat(): sorted(dates[target_id].get(day, ())) for day in sorted(seen)}})
    return out


# --- export --------------------------------------------------------------------------

def graph_data(session: Session) -> dict:
    """Every node (stored and stub documents) and edge: citations (citing -> cited) and
    the relations texts state between two cited documents."""
    docs = session.exec(select(*_REF_COLUMNS).order_by(Document.id)).all()  # rows: no text
    nodes = [{**_doc_ref(d), "key": node_key(d)} for d in docs]
    counts: Counter[tuple[int, int, str]] = Counter(
        (s, t, r) for s, t, r in session.exec(select(Citation.source_id, Citation.target_id, Citation.relation)
                                               .where(col(Citation.target_id).is_not(None))))
    edges = [{"source": s, "target": t, "kind": "cites", "relation": r, "count": n}
             for (s, t, r), n in sorted(counts.items())]
    source_cit = Citation.__table__.alias("s")
    target_cit = Citation.__table__.alias("t")
    stated = session.exec(
        select(source_cit.c.target_id, target_cit.c.target_id, CitationLink.relation, source_cit.c.source_id)
        .join(source_cit, source_cit.c.id == CitationLink.source_citation_id)
        .join(target_cit, target_cit.c.id == CitationLink.target_citation_id)).all()
    linked = {tuple(row) for row in stated if row[0] is not None and row[1] is not None}
    edges += [{"source": s, "target": t, "kind": "stated", "relation": r, "stated_in": by}
              for s, t, r, by in sorted(linked)]
    return {"nodes": nodes, "edges": edges}


_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
_NODE_FIELDS = ("key", "number", "issuer", "issued_date", "doc_type", "subject", "source", "stub")
_EDGE_FIELDS = ("kind", "relation", "count", "stated_in")
_TYPES = {"stub": "boolean", "count": "int", "stated_in": "int"}


def graphml_lines(data: dict) -> Iterator[str]:
    """The graph as GraphML (Gephi, Cytoscape, yEd), written line by line."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield f'<graphml xmlns="{_GRAPHML}">\n'
    for domain, names in (("node", _NODE_FIELDS), ("edge", _EDGE_FIELDS)):
        for name in names:
            yield (f'<key id="{domain[0]}_{name}" for="{domain}" attr.name="{name}" '
                   f'attr.type="{_TYPES.get(name, "string")}"/>\n')
    yield '<graph id="citations" edgedefault="directed">\n'
    for node in data["nodes"]:
        yield f'<node id="d{node["id"]}">{_data("n", _NODE_FIELDS, node)}</node>\n'
    for i, edge in enumerate(data["edges"]):
        yield (f'<edge id="e{i}" source="d{edge["source"]}" target="d{edge["target"]}">'
               f'{_data("e", _EDGE_FIELDS, edge)}</edge>\n')
    yield "</graph>\n</graphml>\n"


def graphml(data: dict) -> str:
    return "".join(graphml_lines(data))


def _data(prefix: str, names: tuple[str, ...], values: dict) -> str:
    out = []
    for name in names:
        value = values.get(name)
        if value is not None:
            text = str(value).lower() if isinstance(value, bool) else escape(str(value))
            out.append(f'<data key="{prefix}_{name}">{text}</data>')
    return "".join(out)
