"""Tasks listed in a table: "DANH MỤC CÁC NHIỆM VỤ ..." with one row per task, often
an appendix after the signature.

A text layer prints such a table cell by cell, each cell a block between blank
lines: a header row of column labels (extractors.data.task_tables) after "TT" or
"STT", then each row's number and its cells; the DOCX and HTML readers print it a row
per line, its cells joined by " | ", read the same way. A table is a task table when its
header has a task and a lead column. Rows numbered I, II ... (or A, B ...) and the
cell after them name a group of tasks, not a task. A row whose cells do not line up
with the header (an empty cell left out) still gives its task (first cell), its
lead (second) and, when the last cell reads as one, its deadline. A row whose first
cells were merged over several rows gives a task per run of the cells after them.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice

from extractors.assignees import read_names
from extractors.data.task_tables import (
    BODY_WORDS,
    COLUMN_LABELS,
    LABEL_ROLES,
    NUMBER_LABELS,
    ROLE_OPENERS,
    SHARE_OPENERS,
)
from extractors.deadlines import column_deadline
from extractors.lines import split_lines
from extractors.regexes import BRACKETED, alternation
from extractors.tasks.build import make_task
from models.extraction import Deadline, Span, Task

_RE_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
# The number column's label alone on its line (a text layer's cell), or opening a row of cells joined by " | "
_PIPE = " | "
_RE_NUMBER_LABEL = re.compile(
    rf"^[ \t]*(?:{alternation(NUMBER_LABELS)})(?:[ \t]*$|(?P<pipe>{re.escape(_PIPE)}))",
    re.MULTILINE | re.IGNORECASE)
_RE_LINE = re.compile(r"[^\n]+")
_RE_ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
_RE_GROUP = re.compile(r"(?:[IVXL]{1,6}|[A-Z])\.?")
_MAX_HEADER_CELLS = 4 + len(COLUMN_LABELS)  # the number label, a label per role, a few columns more
_NAME_ROLES = ("head", "lead", "partner")
_NAME_CELL_WORDS = 15
_OTHER = "other"  # a column whose role no task needs ("Tình trạng", "Nguồn lực thực hiện")
_DETAIL = "detail"  # a second task column: what the task holds ("Tên dự án, nhiệm vụ", then "Nội dung chính")
_RE_FOOTNOTE = re.compile(r"\[\d{1,2}\]|\(\d{1,2}\)|\*+|(?<=[^\W\d])\d{1,2}$")  # "Cơ quan chủ trì[1]", "Thời hạn*"
_RE_BODY_WORD = re.compile(rf"(?:{alternation(BODY_WORDS)})\s+")
_ROLE_OPENERS = tuple((role, re.compile(rf"(?:{alternation(words)})(?!\w)")) for role, words in ROLE_OPENERS)
_NAME_TAIL = " .,;"
_LIST_MARKS = "-–+•"
_ROW_SPAN = 4  # a row of merged cells (a lead over several tasks) runs to a few widths of the header
_RE_BRACKETED = re.compile(BRACKETED)
_RE_SHARE = re.compile(rf"(?:{alternation(SHARE_OPENERS)})\s")
_RE_PART = re.compile(r";|\.\s+(?=[A-ZĐ])")  # "Trung tâm X; các đơn vị ...", "Các Cục: ... . Vụ Kế hoạch"


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str  # white space collapsed

    @property
    def label(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class TaskTable:
    span: Span  # from the header to the last row
    tasks: list[Task]


def _cells(text: str, start: int) -> Iterator[Cell]:
    """The blocks between blank lines from `start` on, read as far as the caller goes."""
    pos = start
    for gap in _gaps(text, start):
        end = gap.start() if gap else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            yield Cell(pos + lead, end, " ".join(chunk.split()))
        pos = gap.end() if gap else end


def _pipe_rows(text: str, start: int) -> Iterator[list[Cell]]:
    """The table rows from `start` on, a row per line with its cells joined by " | " (the
    DOCX and HTML readers print a table so), up to the first line that is no row."""
    for line in _RE_LINE.finditer(text, start):
        if _PIPE not in line.group(0):
            return
        row, pos = [], line.start()
        for part in line.group(0).split(_PIPE):
            lead = len(part) - len(part.lstrip())
            if part.strip():
                row.append(Cell(pos + lead, pos + len(part.rstrip()), " ".join(part.split())))
            pos += len(part) + len(_PIPE)
        yield row


def _gaps(text: str, start: int) -> Iterator[re.Match[str] | None]:
    yield from _RE_BLANK_LINES.finditer(text, start)
    yield None


def _header(cells: list[Cell]) -> list[str] | None:
    """The roles of the columns after the number column, when `cells` open a task table's
    header: every cell up to the first row's number, each read for its meaning."""
    if not cells or cells[0].label not in NUMBER_LABELS:
        return None
    roles: list[str] = []
    for cell in cells[1:]:
        if _RE_ROW_NUMBER.fullmatch(cell.text) or _RE_GROUP.fullmatch(cell.text):
            break
        role = _role(cell.label)
        # "Tên dự án", then "Nội dung chính": one task column, then its details
        roles.append(role if role not in roles else _DETAIL if role == "task" and _DETAIL not in roles else _OTHER)
    return roles if {"task", "lead"} <= set(roles) else None


def _role(label: str) -> str:
    """A header cell's column role: its label as listed, else from its first words."""
    label = _RE_FOOTNOTE.sub("", label).strip(" .:")
    if label in LABEL_ROLES:
        return LABEL_ROLES[label]
    bare = _RE_BODY_WORD.sub("", label, count=1)
    return next((role for role, rx in _ROLE_OPENERS if rx.match(bare)), _OTHER)


def _line_cells(text: str, cell: Cell) -> list[Cell]:
    """A header printed one cell per line, with no blank line between: each line a cell."""
    return [Cell(cell.start + ln.start, cell.start + ln.end, " ".join(ln.raw.split()))
            for ln in split_lines(text[cell.start:cell.end]) if ln.raw.strip()]


def _rows(cells: Iterable[Cell], width: int, *, names_first: bool) -> tuple[list[list[Cell]], Cell | None]:
    """The rows (each its cells after the number) and the table's last cell. In a table whose
    first column after the number names bodies (`names_first`), a group's only row may have no
    number ("E." / "BỘ Y TẾ" / "Bộ Y tế" / partners / ...): after the group's title, a cell that
    reads as names opens it."""
    rows: list[list[Cell]] = []
    row: list[Cell] | None = None
    last = None
    title = None  # the cells since a group's mark: its title, then maybe an unnumbered row
    for cell in cells:
        if cell.label in NUMBER_LABELS:
            break  # the next table's header
        if _RE_ROW_NUMBER.fullmatch(cell.text):
            row, title = [], None
            rows.append(row)
        elif _RE_GROUP.fullmatch(cell.text):
            row, title = None, 0  # a group's title follows: no task
        elif row is None and title is not None:
            title += 1
            if names_first and title > 1 and _is_names(cell):
                row, title = [cell], None
                rows.append(row)
        elif row is not None:
            if len(row) > _ROW_SPAN * width:
                break  # text after the table
            row.append(cell)
        last = cell
    return rows, last


def _sub_rows(row: list[Cell], roles: list[str]) -> list[list[Cell]]:
    """A row whose cells before the task column were merged over several rows (one lead, its
    partners and group, then "- Hoàn thiện Nghị định ..." / "- Nghị định được ban hành ..." / "Ban
    hành trong quý I năm 2026", "- Rà soát, cập nhật ..." / ... / "Giai đoạn 2026 - 2027"): the
    merged cells and each run of the columns from the task on, one row each, when the runs fill
    the row exactly and none opens with names."""
    first = roles.index("task")
    width = len(roles) - first
    runs, extra = divmod(len(row) - first, width)
    if first == 0 or runs < 2 or extra or any(_is_names(row[first + k * width]) for k in range(runs)):
        return [row]
    return [row[:first] + row[first + k * width:first + (k + 1) * width] for k in range(runs)]


def _names(cell: Cell) -> tuple[str, ...]:
    """A lead or partner cell: the bodies each of its parts (split at ";" and between
    sentences) names, or the part itself as one name. What follows the names in a part is
    theirs, not one more name: the unit in brackets that does the work ("Bộ Công an (Trung
    tâm Dữ liệu quốc gia)") or the share of the work that is theirs ("Bộ Công an, Bộ Khoa
    học và Công nghệ với các tiêu chuẩn ... áp dụng chung toàn quốc")."""
    out: list[str] = []
    for part in _RE_PART.split(cell.text):
        part = part.strip(_LIST_MARKS + _NAME_TAIL)
        run = read_names(part)
        rest = part[run.end:].strip(_NAME_TAIL) if run else ""
        theirs = not rest or _RE_BRACKETED.fullmatch(rest) or _RE_SHARE.match(rest)
        names = run.names if run and theirs else (part,) if part else ()
        out.extend(n for n in names if n not in out)
    return tuple(out)


def _by_role(row: list[Cell], roles: list[str]) -> dict[str, Cell] | None:
    """The row's cells by role: by place when the row has a cell per column or its lead
    cell reads as names; else anchored on the names: the first cell that reads as
    names is the first column of names (the head, the lead), whatever cells a
    paragraph break split or an empty cell left out before it; the columns before it
    keep their places, those after shift with it. None when no cell reads as names."""
    lead = roles.index("lead")
    if len(row) == len(roles) or (len(row) > lead and _is_names(row[lead])):
        return dict(zip(roles, row))
    first = min(k for k, role in enumerate(roles) if role in _NAME_ROLES)  # "Người đứng đầu ...", "Cơ quan chủ trì"
    found = next((k for k, cell in enumerate(row) if _is_names(cell)), None)
    if found is None:
        return None
    shift = found - first
    out: dict[str, Cell] = {}
    for k, role in enumerate(roles):
        at = k if k < first else k + shift
        if role != _OTHER and 0 <= at < len(row) and role not in out:
            out[role] = row[at]
    return out if out.get("task") is not out.get("lead") else None


def _empty_partner(by_role: dict[str, Cell], deadline: Callable[[Cell], Deadline | None]) -> dict[str, Cell]:
    """A short row whose partner cell was left out empty ("2 | Số hóa hồ sơ hộ tịch |
    Phòng Văn hóa - Xã hội | Quý II/2026"): the cell in the partners' place that names no
    body and reads as a deadline is the row's time."""
    partner = by_role.get("partner")
    if partner is None or _is_names(partner) or deadline(partner) is None:
        return by_role
    return {**{role: cell for role, cell in by_role.items() if role != "partner"}, "time": partner}


def _is_names(cell: Cell) -> bool:
    """A lead or partner cell: short, and its first part ("- Bộ Xây dựng;", "Các đơn vị
    được giao thực hiện TTHC") opens with a name."""
    first = _RE_PART.split(cell.text, maxsplit=1)[0].strip(_LIST_MARKS + _NAME_TAIL)
    return len(first.split()) <= _NAME_CELL_WORDS and read_names(first) is not None


def _task(row: list[Cell], roles: list[str], doc_date: date | None, doc_year: int | None) -> Task | None:
    def deadline(cell: Cell) -> Deadline | None:
        return column_deadline(cell.text, doc_date=doc_date, doc_year=doc_year, offset=cell.start)

    by_role = _by_role(row, roles)
    if by_role is not None and len(row) < len(roles):
        by_role = _empty_partner(by_role, deadline)
    if by_role is not None:
        due = deadline(by_role["time"]) if "time" in by_role else None
        due = due or next((d for d in map(deadline, reversed(row[roles.index("lead") + 1:])) if d), None)
    elif len(row) >= len(roles):
        by_role = dict(zip(roles, row))
        due = deadline(by_role["time"]) if "time" in by_role else None
    else:  # a cell left out: the task, the lead, and the last cell that reads as a deadline
        by_role = dict(zip(("task", "lead"), row))
        due = next((d for d in map(deadline, reversed(row[2:])) if d), None)
    task, lead = by_role.get("task"), by_role.get("lead")
    if task is None or lead is None:
        return None
    partners = _names(by_role["partner"]) if "partner" in by_role else ()
    detail = by_role.get(_DETAIL)
    item = f"{task.text} {detail.text}" if detail is not None and detail is not lead else task.text
    return make_task(Span(start=task.start, end=task.end), item, _names(lead), task.text, due,
                     coordinators=partners, report=None, mode="obligation")


def task_tables(text: str, start: int = 0, *, doc_date: date | None = None,
                doc_year: int | None = None) -> list[TaskTable]:
    """Every task table from `start` on, with the task of each of its rows. Only the
    text after a "TT" cell is split into cells, and only as far as a table goes."""
    tables: list[TaskTable] = []
    resume = start
    for m in _RE_NUMBER_LABEL.finditer(text, start):
        if m.start() < resume:
            continue
        if m["pipe"]:  # "STT | Nhiệm vụ | Cơ quan chủ trì | ..." then a row per line
            lines = _pipe_rows(text, m.start())
            head = next(lines)
            cells: Iterator[Cell] = chain.from_iterable(lines)
        else:
            cells = _cells(text, m.start())
            head = list(islice(cells, _MAX_HEADER_CELLS))
        if head and head[0].label not in NUMBER_LABELS:
            head = _line_cells(text, head[0]) + head[1:]
        roles = _header(head)
        if roles is None:
            continue
        rows, last = _rows(chain(head[1 + len(roles):], cells), len(roles), names_first=roles[0] in _NAME_ROLES)
        tasks = [t for t in (_task(s, roles, doc_date, doc_year) for r in rows if r for s in _sub_rows(r, roles)) if t]
        end = last.end if last else head[len(roles)].end
        tables.append(TaskTable(Span(start=head[0].start, end=end), tasks))
        resume = end
    return tables
