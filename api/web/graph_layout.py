"""Place a citation neighbourhood (corpus.graph.chain) on an SVG canvas, one column per level.

Columns, left to right: documents citing the citers (-2), citers (-1), the document (0),
what it cites (+1), what those cite (+2). Edges run from the citing to the cited box as
cubic curves; the template draws them. Computed here so the page needs no JavaScript
graph library. A column longer than MAX_PER_LEVEL is cut and the rest counted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

BOX_W, BOX_H = 230, 46
COL_GAP, ROW_GAP, MARGIN = 60, 14, 16
MAX_PER_LEVEL = 40
_LABEL_WIDTH = 30.0  # in average lower-case characters of the 12px font
_UPPER_WIDTH = 1.3  # a capital letter is wider ("ỦY BAN NHÂN DÂN TỈNH")


@dataclass(frozen=True)
class PlacedNode:
    id: int
    x: int
    y: int
    level: int
    stub: bool
    center: bool
    title: str  # first line: type and number
    subtitle: str  # second line: date and issuer
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
    cut: dict[int, int] = field(default_factory=dict)  # level -> nodes left out


def _short(s: str) -> str:
    """`s` cut with an ellipsis where it would overflow its box."""
    width = 0.0
    for i, c in enumerate(s):
        width += _UPPER_WIDTH if c.isupper() else 1.0
        if width > _LABEL_WIDTH:
            return s[: i - 1] + "…"
    return s


def _labels(node: dict) -> tuple[str, str, str]:
    title = " ".join(p for p in (node["doc_type"], node["number"] or "(không số)") if p)
    date = dt.date.fromisoformat(node["issued_date"]).strftime("%d/%m/%Y") if node["issued_date"] else None
    subtitle = " · ".join(p for p in (date, node["issuer"]) if p) or (node["source"] or "")
    stub = "chưa lưu (chỉ được dẫn chiếu)" if node["stub"] else None
    tooltip = " — ".join(p for p in (title, subtitle, node["subject"], stub) if p)
    return _short(title), _short(subtitle), tooltip


def _edge_path(a: PlacedNode, b: PlacedNode) -> str:
    forward = a.x <= b.x
    x1, x2 = (a.x + BOX_W, b.x) if forward else (a.x, b.x + BOX_W)
    y1, y2 = a.y + BOX_H // 2, b.y + BOX_H // 2
    bend = max(COL_GAP // 2, abs(x2 - x1) // 3) * (1 if forward else -1)
    return f"M{x1},{y1} C{x1 + bend},{y1} {x2 - bend},{y2} {x2},{y2}"


def layout(chain: dict) -> GraphLayout:
    """Positions for the nodes and edges of `corpus.graph.chain(...)`'s answer."""
    columns: dict[int, list[dict]] = {}
    for node in chain["nodes"]:
        columns.setdefault(node["level"], []).append(node)
    cut = {lvl: len(nodes) - MAX_PER_LEVEL for lvl, nodes in columns.items() if len(nodes) > MAX_PER_LEVEL}
    columns = {lvl: nodes[:MAX_PER_LEVEL] for lvl, nodes in columns.items()}
    order = sorted(columns)
    tallest = max(len(nodes) for nodes in columns.values())
    height = MARGIN * 2 + tallest * BOX_H + (tallest - 1) * ROW_GAP
    width = MARGIN * 2 + len(order) * BOX_W + (len(order) - 1) * COL_GAP
    placed: dict[int, PlacedNode] = {}
    for i, lvl in enumerate(order):
        nodes = columns[lvl]
        top = (height - (len(nodes) * BOX_H + (len(nodes) - 1) * ROW_GAP)) // 2
        for j, node in enumerate(nodes):
            placed[node["id"]] = PlacedNode(node["id"], MARGIN + i * (BOX_W + COL_GAP), top + j * (BOX_H + ROW_GAP),
                                            lvl, node["stub"], lvl == 0, *_labels(node))
    edges = [PlacedEdge(_edge_path(placed[e["source"]], placed[e["target"]]), e["relation"])
             for e in chain["edges"] if e["source"] in placed and e["target"] in placed]
    return GraphLayout(width, height, list(placed.values()), edges, cut)
