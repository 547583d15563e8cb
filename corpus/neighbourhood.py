"""A document's citation neighbourhood: what it cites and what cites it, a few levels out.

Levels are signed: +1 are the documents the centre cites, +2 what those cite;
-1 are the documents citing the centre, -2 those citing them. A document reached
both ways keeps the first level found (nearest the centre, cites side first).
Ambiguous citations (no target) are counted, not drawn.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, col, select

from models.tables import Citation, Document

MAX_PER_LEVEL = 40  # beyond this a level is cut and the rest counted


@dataclass(frozen=True)
class Edge:
    source: int  # the citing document
    target: int  # the cited document (stored or stub)
    relation: str


@dataclass
class Neighbourhood:
    center: Document
    levels: dict[int, list[Document]] = field(default_factory=dict)  # level -> documents, by id
    edges: list[Edge] = field(default_factory=list)
    cut: dict[int, int] = field(default_factory=dict)  # level -> documents left out
    ambiguous: int = 0  # citations by the centre that fit several stored documents

    def level_of(self) -> dict[int, int]:
        return {d.id: lvl for lvl, docs in self.levels.items() for d in docs} | {self.center.id: 0}


def _step(session: Session, frontier: set[int], outward: bool) -> list[Citation]:
    if not frontier:
        return []
    near = Citation.source_id if outward else Citation.target_id
    return list(session.exec(select(Citation).where(col(near).in_(frontier), col(Citation.target_id).is_not(None))))


def neighbourhood(session: Session, center: Document, depth: int = 2) -> Neighbourhood:
    result = Neighbourhood(center)
    seen = {center.id}
    found: list[Citation] = []
    for outward, sign in ((True, 1), (False, -1)):
        frontier = {center.id}
        for level in range(1, depth + 1):
            cits = _step(session, frontier, outward)
            found.extend(cits)
            far_ids = sorted({c.target_id if outward else c.source_id for c in cits} - seen)
            if len(far_ids) > MAX_PER_LEVEL:
                result.cut[sign * level] = len(far_ids) - MAX_PER_LEVEL
                far_ids = far_ids[:MAX_PER_LEVEL]
            docs = list(session.exec(select(Document).where(col(Document.id).in_(far_ids)).order_by(Document.id)))
            result.levels[sign * level] = docs
            seen.update(far_ids)
            frontier = set(far_ids)
    pairs: dict[tuple[int, int], str] = {}
    for c in found:
        if c.source_id in seen and c.target_id in seen and c.source_id != c.target_id:
            pairs.setdefault((c.source_id, c.target_id), c.relation)
    result.edges = [Edge(s, t, r) for (s, t), r in sorted(pairs.items())]
    result.ambiguous = session.exec(select(func.count()).select_from(Citation).where(
        Citation.source_id == center.id, Citation.resolution == "ambiguous")).one()
    return result
