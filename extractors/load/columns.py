"""Two columns laid out with tabs or runs of spaces -> the left column, then the right.

Word letters typed without a table put the header's two columns on the same lines
("ỦY BAN NHÂN DÂN <tab> CỘNG HÒA XÃ HỘI ..."), and so does the signature block
("Nơi nhận: <tab> TM. ỦY BAN NHÂN DÂN"). Later stages read the issuing body, then the
number, then the quốc hiệu and the place-date line, so each such region is rewritten
as its left column followed by its right column. Antiword's "|cell|cell|" tables are
rewritten the same way when they have two columns (a layout table), and as one line
per row otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.data import normalize_rules as rules

_GAP = re.compile(rf"[ ]*\t[ \t]*|[ ]{{{rules.COLUMN_GAP_SPACES},}}")
_BLANK_BEFORE = re.compile(rules.BLANK_BEFORE_GAP)
_BLANK_AFTER = re.compile(rules.BLANK_AFTER_GAP)
_EXTEND = 6  # right-only lines (signer's name, "(Đã ký)") taken in after a region


@dataclass
class _Line:
    text: str
    left: str | None = None  # set when the line splits into two columns
    right: str | None = None
    right_col: int = 0
    indent: int = 0


def _col(text: str, index: int) -> int:
    return len(text[:index].expandtabs(8))


def _analyse(text: str) -> _Line:
    line = _Line(text=text)
    stripped = text.lstrip()
    line.indent = _col(text, len(text) - len(stripped))
    if not stripped:
        return line
    start = len(text) - len(stripped)
    for gap in _GAP.finditer(text, start):
        left, right = text[start:gap.start()].strip(), text[gap.end():].strip()
        if not left or not right:
            continue
        if _BLANK_BEFORE.search(left) or _BLANK_AFTER.search(right):
            continue
        if _col(text, gap.end()) < rules.RIGHT_COLUMN_MIN:
            continue
        line.left, line.right, line.right_col = left, right, _col(text, gap.end())
        return line
    return line


def _rewrite_region(lines: list[_Line]) -> list[str]:
    split = [ln for ln in lines if ln.left is not None]
    threshold = max(rules.RIGHT_COLUMN_MIN, min(ln.right_col for ln in split) - 8)
    left: list[str] = []
    right: list[str] = []
    for ln in lines:
        if ln.left is not None:
            left.append(ln.left)
            right.append(ln.right or "")
        elif ln.text.strip():
            (right if ln.indent >= threshold else left).append(ln.text.strip())
    return left + right


def split_columns(text: str) -> str:
    """Rewrite tab/space two-column regions as left column then right column."""
    text = _rewrite_tables(text)
    lines = [_analyse(t) for t in text.split("\n")]
    split_at = [i for i, ln in enumerate(lines) if ln.left is not None]
    if not split_at:
        return text
    clusters: list[list[int]] = [[split_at[0]]]
    for i in split_at[1:]:
        if i - clusters[-1][-1] <= rules.CLUSTER_GAP:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    out: list[str] = []
    pos = 0
    for cluster in clusters:
        first, last = cluster[0], cluster[-1]
        threshold = max(rules.RIGHT_COLUMN_MIN, min(lines[i].right_col for i in cluster) - 8)
        if len(cluster) == 1 and lines[first].right_col < 2 * rules.RIGHT_COLUMN_MIN:
            continue  # one short tabbed line ("Điều 1.<tab>...") is no column layout
        while first - 1 >= pos and first > cluster[0] - _EXTEND and lines[first - 1].indent >= threshold \
                and lines[first - 1].text.strip():
            first -= 1
        end = last + 1
        while end < len(lines) and end <= last + rules.CLUSTER_GAP and lines[end].text.strip() \
                and not lines[end].text.strip().startswith(rules.BLOCK_ENDERS):
            end += 1  # the rest of the left column's list, up to the next blank line
        last = end - 1
        while end < len(lines) and end <= last + _EXTEND and (
            not lines[end].text.strip() or lines[end].indent >= threshold
        ):
            end += 1
        while end - 1 > last and not lines[end - 1].text.strip():
            end -= 1
        out.extend(ln.text for ln in lines[pos:first])
        out.extend(_rewrite_region(lines[first:end]))
        pos = end
    out.extend(ln.text for ln in lines[pos:])
    return "\n".join(out)


# A header or signature layout table has a few rows; a longer two-column table is data.
_LAYOUT_TABLE_ROWS = 6
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _rewrite_tables(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _TABLE_ROW.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and _TABLE_ROW.match(lines[j]):
            j += 1
        rows = [[c.strip() for c in ln.strip()[1:-1].split("|")] for ln in lines[i:j]]
        out.extend(table_lines(rows))
        i = j
    return "\n".join(out)


def table_lines(rows: list[list[str]]) -> list[str]:
    """A small two-column table column by column (a layout table: header or signature);
    any other table one line per row, cells joined by ' | '."""
    width = max((len(r) for r in rows), default=0)
    if width == 2 and sum(1 for r in rows if any(r)) <= _LAYOUT_TABLE_ROWS:
        return [r[c] for c in range(2) for r in rows if len(r) > c and r[c]]
    return [" | ".join(c for c in r if c) for r in rows if any(r)]
