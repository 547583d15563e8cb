"""Tasks as CSV for spreadsheets (service.spreadsheet: BOM, separator, formula-safe cells).

Vietnamese list items start with "- " or "+ ", which Excel would evaluate: such cells
keep a leading apostrophe and stay text.
"""
from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from models.tables import Document, TaskRow
from models.workflow import WorkStatus
from service.exports.view import document_page_url, task_uid
from service.spreadsheet import CsvSeparator, sheet_csv

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


def _row(task: TaskRow, doc: Document, base_url: str, header: CsvHeader) -> tuple:
    status = WorkStatus(task.status).label if header is CsvHeader.vi else task.status
    return (
        task_uid(task, doc), task.id, doc.id, doc.number, document_page_url(base_url, doc.id),
        LIST_SEPARATOR.join(task.assignees), task.action, LIST_SEPARATOR.join(task.coordinators),
        task.report_to, task.deadline_text, task.due_date.isoformat() if task.due_date else None,
        task.recurrence, task.modality, task.text,
        status, task.assigned_to, task.note, task.done_date.isoformat() if task.done_date else None,
    )


def tasks_csv(rows: Sequence[tuple[TaskRow, Document]], *, base_url: str,
              separator: CsvSeparator = CsvSeparator.comma, header: CsvHeader = CsvHeader.en) -> bytes:
    """`header=vi` names the columns in Vietnamese and writes the status as its label."""
    return sheet_csv(VI_COLUMNS if header is CsvHeader.vi else COLUMNS,
                     (_row(t, d, base_url, header) for t, d in rows), separator=separator)
