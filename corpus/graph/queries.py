"""Queries over the graph: what cites a document or a number, what a document cites, chains, conflicts."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable

from sqlalchemy import Row, func, or_
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from corpus.identity import number_key
from models.tables import CitationRow, Document

MAX_DEPTH = 10  # deepest transitive chain a query may ask for
FEW_PAIRS = 2000  # (cited, citing) pairs read in one go before counting in the database


def node_key(doc: Document | Row) -> str:
    """A node's identity independent of database ids: number, year and body."""
    return f"{doc.number_key or ''}|{doc.year or ''}|{doc.issuer_key or ''}"


def doc_ref(doc: Document | Row) -> dict:
    return {
        "id": doc.id, "source": doc.source, "number": doc.number, "issuer": doc.issuer,
        "issued_date": doc.issued_date.isoformat() if doc.issued_date else None,
        "doc_type": doc.doc_type, "subject": doc.subject, "stub": doc.stub,
    }


REF_COLUMNS = (Document.id, Document.source, Document.number, Document.issuer, Document.issued_date,
                Document.doc_type, Document.subject, Document.stub, Document.number_key, Document.year,
                Document.issuer_key)


def _docs(session: Session, ids: Iterable[int | None]) -> dict[int, Row]:
    """Documents by id as plain rows of the columns a node's label needs (no text)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {r.id: r for r in session.exec(select(*REF_COLUMNS).where(col(Document.id).in_(wanted)))}


def _citing(c: CitationRow | Row, source: Row) -> dict:
    return {**doc_ref(source), "relation": c.relation, "text": c.text,
            "cited_date": c.cited_date.isoformat() if c.cited_date else None}


def _first_citations(session: Session, *where, limit: int | None) -> dict[int | None, tuple[list[Row], int]]:
    """Per cited node: the first citation of each citing document, at most `limit`
    citing documents (oldest first), and how many there are. A document citing another
    twice is listed once. Read from the index on (number, target, source): a node
    cited by tens of thousands is counted and cut without reading them all."""
    first = func.min(CitationRow.id)
    pairs = list(session.exec(select(CitationRow.target_id, first, CitationRow.source_id).where(*where)
                              .group_by(CitationRow.target_id, CitationRow.source_id).limit(FEW_PAIRS + 1)).all())
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
        totals = Counter(dict(session.exec(select(CitationRow.target_id, func.count(func.distinct(CitationRow.source_id)))
                                           .where(*where).group_by(CitationRow.target_id)).all()))
        pairs = []
        for target in totals:
            pairs += [(target, i, s) for i, s in session.exec(
                select(first, CitationRow.source_id).where(*where, _target_in([target]))
                .group_by(CitationRow.source_id).order_by(CitationRow.source_id).limit(limit))]
    columns = (CitationRow.id, CitationRow.source_id, CitationRow.relation, CitationRow.text, CitationRow.cited_date)
    cits = {c.id: c for c in session.exec(select(*columns).where(col(CitationRow.id).in_([p[1] for p in pairs])))} \
        if pairs else {}
    out: dict[int | None, tuple[list[Row], int]] = {t: ([], n) for t, n in totals.items()}
    for target, first_id, _ in sorted(pairs, key=lambda p: (p[2], p[1])):
        out[target][0].append(cits[first_id])
    return out


def _target_in(targets: list[int | None]):
    stored = col(CitationRow.target_id).in_([t for t in targets if t is not None])
    return or_(stored, col(CitationRow.target_id).is_(None)) if None in targets else stored


def cited_by(session: Session, number: str, *, limit: int | None = None) -> dict:
    """Stored and stub documents carrying `number`, each with the documents citing it
    (the first `limit` of them, and their total)."""
    key = number_key(number)
    light = select(Document).options(defer(Document.text), defer(Document.extraction))
    targets = session.exec(light.where(Document.number_key == key).order_by(Document.id)).all()
    citing = _first_citations(session, CitationRow.number_key == key, limit=limit)
    sources = _docs(session, (c.source_id for cits, _ in citing.values() for c in cits))
    ambiguous, ambiguous_total = citing.get(None, ([], 0))
    return {
        "number": number,
        "targets": [{**doc_ref(t), "cited_by": [_citing(c, sources[c.source_id]) for c in citing.get(t.id, ([], 0))[0]],
                     "cited_by_total": citing.get(t.id, ([], 0))[1]} for t in targets],
        "ambiguous": [_citing(c, sources[c.source_id]) for c in ambiguous],
        "ambiguous_total": ambiguous_total,
    }


def cited_by_document(session: Session, doc: Document, *, limit: int | None = None) -> dict:
    """The documents citing `doc` (stored or stub): the first `limit` and their total."""
    cits, total = _first_citations(session, CitationRow.target_id == doc.id, limit=limit).get(doc.id, ([], 0))
    sources = _docs(session, (c.source_id for c in cits))
    return {"document": doc_ref(doc), "cited_by": [_citing(c, sources[c.source_id]) for c in cits],
            "cited_by_total": total}


def cites(session: Session, doc: Document) -> dict:
    """What `doc` cites, in text order: each citation with its resolution and target."""
    cits = session.exec(select(CitationRow).where(CitationRow.source_id == doc.id).order_by(CitationRow.position)).all()
    targets = _docs(session, (c.target_id for c in cits))
    extracted = (doc.extraction or {}).get("citations") or []
    return {"document": doc_ref(doc), "cites": [{
        "position": c.position, "number": c.number, "doc_type": c.doc_type, "issuer": c.issuer,
        "cited_date": c.cited_date.isoformat() if c.cited_date else None, "relation": c.relation,
        "text": c.text, "resolution": c.resolution,
        "target": doc_ref(targets[c.target_id]) if c.target_id in targets else None,
        "mentions": _mentions(extracted, c),
    } for c in cits]}


def _mentions(extracted: list[dict], c: CitationRow) -> list[dict]:
    """Every place the citing text mentions the cited document (`Citation.mentions` of
    the stored extraction); the citation's own span for an extraction stored before."""
    own = {"start": c.span_start, "end": c.span_end}
    stored = extracted[c.position] if c.position < len(extracted) else {}
    return stored.get("mentions") or [own]


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
            near = CitationRow.source_id if outward else CitationRow.target_id
            cits = session.exec(select(CitationRow).where(col(near).in_(frontier),
                                                       col(CitationRow.target_id).is_not(None))).all()
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
        "document": doc_ref(doc), "direction": direction, "depth": depth,
        "nodes": [{**doc_ref(nodes[i]), "level": lv} for i, lv in sorted(level.items(), key=lambda x: (x[1], x[0]))],
        "edges": [{"source": s, "target": t, "relation": r} for (s, t), r in sorted(edges.items())
                  if s in level and t in level],
    }


def conflicts(session: Session) -> list[dict]:
    """Nodes cited with different dates (or with a date that is not the stored one)."""
    rows = session.exec(select(CitationRow.target_id, CitationRow.cited_date, CitationRow.source_id).where(
        col(CitationRow.target_id).is_not(None), col(CitationRow.cited_date).is_not(None))).all()
    dates: dict[int, dict[dt.date, set[int]]] = defaultdict(lambda: defaultdict(set))
    for target, day, source in rows:
        dates[target][day].add(source)
    targets = _docs(session, dates)
    out = []
    for target_id in sorted(dates):
        doc = targets[target_id]
        seen = set(dates[target_id]) | ({doc.issued_date} if doc.issued_date and not doc.stub else set())
        if len(seen) > 1:
            out.append({"document": doc_ref(doc), "dates": {
                day.isoformat(): sorted(dates[target_id].get(day, ())) for day in sorted(seen)}})
    return out
