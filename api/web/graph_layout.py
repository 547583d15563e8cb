"""Place a citation neighbourhood on an SVG canvas: one column per level, left to right.

Columns: cited by the citers (-2), citers (-1), the document (0), what it cites
(+1), what those cite (+2). Edges run from the citing to the cited box, as
cubic curves; the template draws them. Computed here so the page needs no
JavaScript graph library.
"""
from __future__ import annotations

from dataclasses import dataclass

from corpus.neighbourhood import Neighbourhood
from models.tables import Document

BOX_W, BOX_H = 230, 46
COL_GAP, ROW_GAP, MARGIN = 60, 14, 16
_LABEL_CHARS = 30


@dataclass(frozen=True)
class PlacedNode:
    id: int
    x: int
    y: int
    level: int
    stub: bool
    center: bool
    title: str  # first line: type and number
    subtitle: str  # second line: issuer and date
    tooltip: str


@dataclass(frozen=True)
class PlacedEdge:
    path: str  # SVG path data
    relation: str


@dataclass(frozen=True)
class GraphLayout:
    width: int
    height: int
    nodes: list[PlacedNode]
    edges: list[PlacedEdge]


def _short(s: str, n: int = _LABEL_CHARS) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _labels(doc: Document) -> tuple[str, str, str]:
    title = " ".join(p for p in (doc.doc_type, doc.number or "(không số)") if p)
    date = doc.issued_date.strftime("%d/%m/%Y") if doc.issued_date else (str(doc.year) if doc.year else "")
    subtitle = ", ".join(p for p in (doc.issuer, date) if p) or (doc.source or "")
    tooltip = " — ".join(p for p in (title, subtitle, doc.subject, "chưa lưu (chỉ được dẫn chiếu)" if doc.stub else None) if p)
    return _short(title), _short(subtitle), tooltip


def layout(nb: Neighbourhood) -> GraphLayout:
    columns = {lvl: docs for lvl, docs in nb.levels.items() if docs} | {0: [nb.center]}
    order = sorted(columns)
    tallest = max(len(docs) for docs in columns.values())
    height = MARGIN * 2 + tallest * BOX_H + (tallest - 1) * ROW_GAP
    width = MARGIN * 2 + len(order) * BOX_W + (len(order) - 1) * COL_GAP
    nodes: dict[int, PlacedNode] = {}
    for i, lvl in enumerate(order):
        docs = columns[lvl]
        x = MARGIN + i * (BOX_W + COL_GAP)
        top = (height - (len(docs) * BOX_H + (len(docs) - 1) * ROW_GAP)) // 2
        for j, doc in enumerate(docs):
            title, subtitle, tooltip = _labels(doc)
            nodes[doc.id] = PlacedNode(doc.id, x, top + j * (BOX_H + ROW_GAP), lvl, doc.stub,
                                       doc.id == nb.center.id, title, subtitle, tooltip)
    edges = []
    for e in nb.edges:
        a, b = nodes.get(e.source), nodes.get(e.target)
        if a is None or b is None:
            continue
        x1, y1 = (a.x + BOX_W, a.y + BOX_H // 2) if a.x <= b.x else (a.x, a.y + BOX_H // 2)
        x2, y2 = (b.x, b.y + BOX_H // 2) if a.x <= b.x else (b.x + BOX_W, b.y + BOX_H // 2)
        bend = max(COL_GAP // 2, abs(x2 - x1) // 3)
        c1 = x1 + bend if a.x <= b.x else x1 - bend
        c2 = x2 - bend if a.x <= b.x else x2 + bend
        edges.append(PlacedEdge(f"M{x1},{y1} C{c1},{y1} {c2},{y2} {x2},{y2}", e.relation))
    return GraphLayout(width, height, list(nodes.values()), edges)
