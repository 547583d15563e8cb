"""Tasks as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Vietnamese), CRLF rows.

Excel splits a double-clicked CSV on the list separator of the Windows region: a
comma in most, a semicolon under vi-VN (where the comma is the decimal mark), so
the separator is a choice.

Excel evaluates a cell that starts with = + - @ as a formula, and Vietnamese list
items start with "- " or "+ ": such cells get a leading apostrophe (the OWASP rule
for CSV injection): the cell stays text, with the apostrophe in front.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from enum import Enum

from models.tables import Document, Task
from service.exports.view import document_url, task_uid
from service.spreadsheet import safe_cell


class CsvSeparator(str, Enum):
    comma = "comma"
    semicolon = "semicolon"
    tab = "tab"


_SEPARATORS = {CsvSeparator.comma: ",", CsvSeparator.semicolon: ";", CsvSeparator.tab: "\t"}
BOM = "\ufeff"
LIST_SEPARATOR = "; "  # between several assignees or coordinators in one cell
COLUMNS = ("uid", "task_id", "document_id", "document_number", "document_url", "assignees", "action",
           "coordinators", "report_to", "deadline_text", "due_date", "recurrence", "modality", "text")
def _row(task: Task, doc: Document, base_url: str) -> list[str]:
    values = (
        task_uid(task, doc), task.id, doc.id, doc.number, document_url(base_url, doc.id),
        LIST_SEPARATOR.join(task.assignees), task.action, LIST_SEPARATOR.join(task.coordinators),
        task.report_to, task.deadline_text, task.due_date.isoformat() if task.due_date else None,
        task.recurrence, task.modality, task.text,
    )
    return [safe_cell(v) for v in values]


def tasks_csv(rows: Sequence[tuple[Task, Document]], *, base_url: str,
              separator: CsvSeparator = CsvSeparator.comma) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=_SEPARATORS[separator], lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(t, d, base_url) for t, d in rows)
    return (BOM + out.getvalue()).encode("utf-8")
