"""Cut a document's text into pieces, each marked with the extracted spans that cover it.

Spans overlap (a task sentence contains its deadline and often a citation), so
the text is cut at every span boundary and each piece carries the kinds of all
spans over it; the first piece of a span carries its anchor id, so a table row
can link to `#task-3` in the source.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # cit | task | deadline
    anchor: str  # element id of the span's first piece, e.g. "task-3"
    label: str  # shown as a tooltip


@dataclass
class Piece:
    text: str
    kinds: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


def _span(obj: dict | None) -> tuple[int, int] | None:
    span = (obj or {}).get("span")
    return (span["start"], span["end"]) if span else None


def extraction_marks(extraction: dict) -> list[Mark]:
    """Citation, task and deadline spans of a stored extraction (`Extraction.scored_dict()`)."""
    marks = []
    for i, c in enumerate(extraction.get("citations") or []):
        label = f"Dẫn chiếu: {c.get('number') or c.get('text', '')}"
        if span := _span(c):
            marks.append(Mark(*span, "cit", f"cit-{i}", label))
        for k, mention in enumerate(c.get("mentions") or []):  # the cited document named again
            if (m := _span({"span": mention})) and m != span:
                marks.append(Mark(*m, "cit", f"cit-{i}-{k}", label))
    for i, t in enumerate(extraction.get("tasks") or []):
        if span := _span(t):
            marks.append(Mark(*span, "task", f"task-{i}", f"Nhiệm vụ {i + 1}"))
        if span := _span(t.get("deadline")):
            marks.append(Mark(*span, "deadline", f"deadline-{i}", f"Thời hạn: {t['deadline'].get('text', '')}"))
    return marks


def pieces(text: str, marks: list[Mark]) -> list[Piece]:
    inside = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in inside), *(m.end for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        over = [m for m in inside if m.start <= a and b <= m.end]
        out.append(Piece(text[a:b], sorted({m.kind for m in over}),
                         [m.anchor for m in over if m.start == a], [m.label for m in over]))
    return out
