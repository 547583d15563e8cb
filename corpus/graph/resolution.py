"""Resolution: each number key's citations linked to a stored document, a stub, or left ambiguous."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Row, delete, insert, update
from sqlmodel import Session, col, select

from corpus.graph.mentions import Facts, Mention, read_facts, read_mentions
from corpus.identity import body_key, issuers_compatible, number_key
from models.extraction import Extraction
from models.tables import CitationRow, CitationLinkRow, Document


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


def _stored_fits(m: Mention, doc: Facts) -> bool:
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
        stored: dict[str, list[Facts]] = defaultdict(list)
        for f in read_facts(session, col(Document.number_key).in_(keys), Document.stub == False):
            stored[f.key].append(f)
        stubs: dict[str, list[Row]] = defaultdict(list)
        for s in session.exec(select(*_STUB_COLUMNS).where(col(Document.number_key).in_(keys),
                                                           Document.stub == True).order_by(Document.id)):
            stubs[s.number_key].append(s)
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for m in read_mentions(session, keys):
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
        session.execute(update(CitationRow), changed)
        for obj in list(session.identity_map.values()):  # loaded Citation objects now hold old targets
            if isinstance(obj, CitationRow):
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


def _resolve_key(key: str, stored: list[Facts], stubs: list[Row], mentions: list[Mention],
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
    by_position = dict(session.exec(select(CitationRow.position, CitationRow.id).where(CitationRow.source_id == doc_id)).all())
    session.connection().execute(insert(CitationLinkRow.__table__), [
        {"source_citation_id": by_position[k.source], "target_citation_id": by_position[k.target],
         "relation": k.relation} for k in ex.citation_links])
