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

from models.tables import Document, TaskRow
from models.workflow import WorkStatus
from service.exports.view import document_page_url, task_uid
from service.spreadsheet import safe_cell


class CsvSeparator(str, Enum):
    comma = "comma"
    semicolon = "semicolon"
    tab = "tab"


SEPARATORS = {CsvSeparator.comma: ",", CsvSeparator.semicolon: ";", CsvSeparator.tab: "\t"}
BOM = "\ufeff"
LIST_SEPARATOR = "; "  # between several assignees or coordinators in one cell
class CsvHeader(str, Enum):
    en = "en"  # stable names for programs
    vi = "vi"  # the office's words, for people


COLUMNS = ("uid", "task_id", "document_id", "document_number", "document_url", "assignees", "action",
           "coordinators", "report_to", "deadline_text", "due_date", "recurrence", "modality", "text",
           "status", "assigned_to", "note", "done_date")
VI_COLUMNS = ("Mã", "Mã nhiệm vụ", "Mã văn bản", "Số, ký hiệu", "Đường dẫn", "Đơn vị thực hiện", "Nhiệm vụ",
              "Phối hợp", "Báo cáo", "Thời hạn (nguyên văn)", "Hạn", "Lặp lại (RRULE)", "Loại", "Nguyên văn",
              "Tình trạng", "Người xử lý", "Ghi chú", "Ngày xong")


def _row(task: TaskRow, doc: Document, base_url: str, header: CsvHeader) -> list[str]:
    status = WorkStatus(task.status).label if header is CsvHeader.vi else task.status
    values = (
        task_uid(task, doc), task.id, doc.id, doc.number, document_page_url(base_url, doc.id),
        LIST_SEPARATOR.join(task.assignees), task.action, LIST_SEPARATOR.join(task.coordinators),
        task.report_to, task.deadline_text, task.due_date.isoformat() if task.due_date else None,
        task.recurrence, task.modality, task.text,
        status, task.assigned_to, task.note, task.done_date.isoformat() if task.done_date else None,
    )
    return [safe_cell(v) for v in values]


def tasks_csv(rows: Sequence[tuple[TaskRow, Document]], *, base_url: str,
              separator: CsvSeparator = CsvSeparator.comma, header: CsvHeader = CsvHeader.en) -> bytes:
    """`header=vi` names the columns in Vietnamese and writes the status as its label."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=SEPARATORS[separator], lineterminator="\r\n")
    writer.writerow(VI_COLUMNS if header is CsvHeader.vi else COLUMNS)
    writer.writerows(_row(t, d, base_url, header) for t, d in rows)
    return (BOM + out.getvalue()).encode("utf-8")
