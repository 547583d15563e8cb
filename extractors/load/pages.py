"""Page text from positioned lines: page furniture dropped, the two-column header and
signature blocks read column by column, hard-wrapped paragraphs joined.

Pages come in as positioned segments (text with a box): from a PDF's text layer, or
from Tesseract's words on a scanned page."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from extractors.data import normalize_rules as rules

_PAGE_NUMBER = re.compile(rules.PAGE_NUMBER)
_LIST_ITEM = re.compile(rules.LIST_ITEM)
_STRUCTURAL = re.compile("(?:" + "|".join(re.escape(w) for w in rules.STRUCTURAL_OPENERS) + ")")
_DIGITS = re.compile(r"\d+")
# Two columns are at least this far apart (points); a header or signature block shows
# its two columns within this many rows.
_MIN_GUTTER = 12.0
_BLOCK_ROWS = 12
# A row that starts this far across the text width belongs to the right column only.
_RIGHT_ONLY_SHARE = 0.4
# Words further apart than this many line heights belong to different segments (columns,
# or the two sides of a blank).
WORD_GAP = 1.2
# Lines further apart than this many times the page's usual line pitch are two paragraphs.
_PARAGRAPH_PITCH = 1.6
# A segment starting this many line heights (the page's usual) left of the text column,
# in the page margin, is no part of the letter's text (a stamped box).
_MARGIN_LINES = 1.5


@dataclass
class Segment:
    """A run of text on one line, with its box (PDF points, y grows downwards)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    confidence: float | None = None  # OCR'd: Tesseract's mean confidence of its words

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass
class Row:
    segments: list[Segment]

    @property
    def y0(self) -> float:
        return min(s.y0 for s in self.segments)

    @property
    def y1(self) -> float:
        return max(s.y1 for s in self.segments)

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.segments)

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.segments)

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in sorted(self.segments, key=lambda s: s.x0) if s.text.strip())


def upper_median(values: Iterable[float]) -> float:
    """The middle value of `values` (of two middles, the upper): a page's usual line height,
    line pitch or column edge, untouched by a few outliers. `values` is not empty."""
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def rows_of(segments: list[Segment]) -> list[Row]:
    """Group segments whose vertical centres line up into rows, top to bottom (a small
    word such as a dash or a comma joins the row it sits in)."""
    rows: list[Row] = []
    for seg in sorted(segments, key=lambda s: ((s.y0 + s.y1) / 2, s.x0)):
        centre = (seg.y0 + seg.y1) / 2
        if rows:
            last = rows[-1]
            last_centre = (last.y0 + last.y1) / 2
            small = seg.height < 0.6 * (last.y1 - last.y0) and last.y0 <= centre <= last.y1
            if small or abs(centre - last_centre) < 0.5 * min(seg.height, last.y1 - last.y0):
                last.segments.append(seg)
                continue
        rows.append(Row([seg]))
    return rows


def join_line(words: list[Segment]) -> list[Segment]:
    """The words of one line joined into segments where less than WORD_GAP line heights
    of blank lie between them: the two columns of a header stay apart, and a token
    stamped into a blank ("Số: 542 /TB-UBND", "ngày 06 tháng") joins the words around it."""
    if not words:
        return []
    height = upper_median(w.height for w in words)
    out: list[Segment] = []
    current: Segment | None = None
    scores: list[float] = []
    for w in sorted(words, key=lambda s: s.x0):
        if current is not None and w.x0 - current.x1 <= WORD_GAP * height:
            current.text += " " + w.text
            current.x1, current.y0, current.y1 = max(current.x1, w.x1), min(current.y0, w.y0), max(current.y1, w.y1)
        else:
            current, scores = Segment(w.x0, w.y0, w.x1, w.y1, w.text), []
            out.append(current)
        if w.confidence is not None:
            scores.append(w.confidence)
            current.confidence = sum(scores) / len(scores)
    return out


def join_words(words: list[Segment]) -> list[Segment]:
    """Words of a text layer grouped into rows, each row joined by join_line."""
    return [seg for row in rows_of(words) for seg in join_line(row.segments)]


def furniture_keys(rows: list[Row], height: float) -> list[str]:
    """Texts (digits masked) of the rows in the top and bottom margins of a page."""
    band = rules.MARGIN_SHARE * height
    return [_DIGITS.sub("#", r.text) for r in rows if r.y1 <= band or r.y0 >= height - band]


def drop_furniture(rows: list[Row], height: float, repeated: set[str]) -> list[Row]:
    """Rows minus page numbers and running headers/footers in the page margins."""
    band = rules.MARGIN_SHARE * height
    kept = []
    for r in rows:
        in_margin = r.y1 <= band or r.y0 >= height - band
        if in_margin and (is_page_number(r.text) or _DIGITS.sub("#", r.text) in repeated):
            continue
        kept.append(r)
    return kept


def _gutter(rows: list[Row]) -> float | None:
    """The middle of the widest empty vertical strip between the segments of `rows`
    (the gap between two columns), or None when their segments leave none."""
    spans = sorted((s.x0, s.x1) for r in rows for s in r.segments)
    if not spans:
        return None
    best: tuple[float, float] | None = None
    right = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - right >= _MIN_GUTTER and (best is None or x0 - right > best[1] - best[0]):
            best = (right, x0)
        right = max(right, x1)
    return (best[0] + best[1]) / 2 if best else None


def _fits(row: Row, boundary: float) -> bool:
    return all(s.x1 <= boundary + 1 or s.x0 >= boundary - 1 for s in row.segments)


def _columns(rows: list[Row], boundary: float) -> list[str]:
    left = [" ".join(s.text.strip() for s in sorted(r.segments, key=lambda s: s.x0) if s.x1 <= boundary + 1)
            for r in rows]
    right = [" ".join(s.text.strip() for s in sorted(r.segments, key=lambda s: s.x0) if s.x0 >= boundary - 1)
             for r in rows]
    return [t for t in left if t.strip()] + [t for t in right if t.strip()]


def _two_column_block(rows: list[Row]) -> tuple[int, float | None]:
    """How many of `rows` (from the first) form a two-column block, and the x between
    the columns. The columns' lines need not share baselines (a 12 pt left column
    beside a 13 pt right one); a wide blank or a "Kính gửi" ends the block, except a
    blank above a line of the right column only (the space left for the signature)."""
    if not rows:
        return 0, None
    left = min(r.x0 for r in rows)
    middle = left + _RIGHT_ONLY_SHARE * (max(r.x1 for r in rows) - left)
    limit = next((i for i in range(1, len(rows))
                  if _starts_part(rows[i - 1], rows[i]) and rows[i - 1].x0 < middle), len(rows))
    found: tuple[int, float] | None = None
    for k in range(1, min(limit, _BLOCK_ROWS) + 1):
        gutter = _gutter(rows[:k])
        if gutter is not None:
            found = (k, gutter)
        elif found:
            break
    if found is None:
        return 0, None
    n, boundary = found
    while n < limit and _fits(rows[n], boundary):
        n += 1
    return n, boundary


def _starts_part(prev: Row, row: Row) -> bool:
    """A wide blank between two rows, or a "Kính gửi", may end a header or signature block."""
    gap = row.y0 - prev.y1 if row.y0 >= prev.y1 else prev.y0 - row.y1
    return gap > 1.5 * (prev.y1 - prev.y0) or row.text.startswith(rules.RECIPIENTS_OPENER)


def _word_did_not_fit(prev: Row, row: Row, right_edge: float) -> bool:
    """Whether `row`'s first word was too wide for the room left at the end of `prev`
    (so the line break was the wrapping's, not the author's)."""
    text = row.text
    per_char = (row.x1 - row.x0) / max(1, len(text))
    first_word = text.split(" ", 1)[0]
    return right_edge - prev.x1 < (len(first_word) + 1) * per_char


def _centre(row: Row) -> float:
    return (row.y0 + row.y1) / 2


def _continues(prev: Row, row: Row, right_edge: float, width: float, pitch: float) -> bool:
    """`row` continues `prev`'s paragraph: prev ran to the right margin, row is no new
    item, and no more blank lies between them than between the lines of a paragraph
    (`pitch`: the page's usual distance from one line to the next)."""
    text, before = row.text, prev.text
    if not text or not before:
        return False
    if _centre(row) - _centre(prev) > _PARAGRAPH_PITCH * pitch:
        return False
    if prev.x1 < right_edge - 0.08 * width and not _word_did_not_fit(prev, row, right_edge):
        return False
    if row.y0 - prev.y1 > 1.2 * (prev.y1 - prev.y0):
        return False
    return not (before[-1] in ":;" or _LIST_ITEM.match(text) or _STRUCTURAL.match(text))


def _paragraphs(rows: list[Row]) -> list[str]:
    """The rows' paragraphs, wrapped lines joined; an empty string where a blank at least
    a line high lies between two of them."""
    if not rows:
        return []
    right_edge = max(r.x1 for r in rows)
    width = right_edge - min(r.x0 for r in rows)
    pitch = upper_median(_centre(b) - _centre(a) for a, b in pairwise(rows)) if len(rows) > 1 else 0.0
    out: list[str] = [rows[0].text]
    for prev, row in pairwise(rows):
        if _continues(prev, row, right_edge, width, pitch):
            out[-1] = out[-1] + " " + row.text
        else:
            if _centre(row) - _centre(prev) > _PARAGRAPH_PITCH * pitch:
                out.append("")  # a blank as wide as a line: the trích yếu's end, a section's
            out.append(row.text)
    return out


def _text_column(rows: list[Row]) -> tuple[float, float] | None:
    """The left and right edges of the page's text column: where its wide rows (at least
    half as wide as the widest, the body's lines) usually start and end."""
    if not rows:
        return None
    widest = max(r.x1 - r.x0 for r in rows)
    wide = [r for r in rows if r.x1 - r.x0 >= 0.5 * widest]
    return upper_median(r.x0 for r in wide), upper_median(r.x1 for r in wide)


def _beside(s: Segment, box: Segment, line: float) -> bool:
    """`s` lies within `box`'s width (give or take a line height) and at most a line
    below or above it: another line of the same stamped box."""
    apart = max(s.y0 - box.y1, box.y0 - s.y1)
    return box.x0 - line <= s.x0 and s.x1 <= box.x1 + line and apart <= line


def drop_margin_boxes(rows: list[Row]) -> list[Row]:
    """Rows minus a box stamped in the left page margin beside the text column: the
    "ĐẾN Số: ... Ngày: ..." box a receiving office stamps on the first page, next to the
    centred trích yếu. Its lines start further left than the column's edge, by more than
    _MARGIN_LINES line heights, and end before the column's middle; a line of the box
    that starts nearer the column's edge (still outside it) lies within the width of one
    that does not, and next to it. The letter's own text stays inside its column."""
    column = _text_column(rows)
    if column is None:
        return rows
    left, right = column
    middle = (left + right) / 2
    line = upper_median(s.height for r in rows for s in r.segments)
    segments = [s for r in rows for s in r.segments]
    boxes = [s for s in segments if s.x0 < left - _MARGIN_LINES * line and s.x1 < middle]
    dropped = {id(s) for s in segments
               if any(s is b or (s.x0 < left and _beside(s, b, line)) for b in boxes)}
    kept = [Row([s for s in r.segments if id(s) not in dropped]) for r in rows]
    return [r for r in kept if r.segments]


def page_text(rows: list[Row], *, first: bool, last: bool) -> str:
    """One page's text: header columns (first page), body paragraphs, signature columns
    (last page). On the first page, boxes stamped in the margin beside the text are left
    out (drop_margin_boxes)."""
    top: list[str] = []
    bottom: list[str] = []
    if first:
        n, boundary = _two_column_block(rows)
        if boundary is not None:
            top, rows = _columns(rows[:n], boundary), rows[n:]
    if last and rows:
        n, boundary = _two_column_block(rows[::-1])
        if boundary is not None:
            bottom, rows = _columns(rows[len(rows) - n:], boundary), rows[:len(rows) - n]
    if first:
        rows = drop_margin_boxes(rows)
    parts = ["\n".join(top), "\n".join(_paragraphs(rows)), "\n".join(bottom)]
    return "\n\n".join(p for p in parts if p)


def compose(pages: list[list[Row]], heights: list[float]) -> list[str]:
    """The text of each page: running headers (rows in the margins that repeat on two
    or more pages) and page numbers dropped, the header columns apart on the first page
    with text, the signature columns apart on the last."""
    counts: dict[str, int] = {}
    for rows, height in zip(pages, heights):
        for key in set(furniture_keys(rows, height)):
            counts[key] = counts.get(key, 0) + 1
    repeated = {k for k, n in counts.items() if n >= 2} if len(pages) >= 2 else set()
    first = min((i for i, r in enumerate(pages) if r), default=-1)
    last = max((i for i, r in enumerate(pages) if r), default=-1)
    return [page_text(drop_furniture(rows, height, repeated), first=i == first, last=i == last)
            for i, (rows, height) in enumerate(zip(pages, heights))]
