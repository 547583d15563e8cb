"""Stored tasks for other trackers: JSON, CSV that Excel opens, an iCalendar feed."""
from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from models.tables import Document, TaskRow
from service.exports.as_csv import CsvHeader, CsvSeparator, tasks_csv
from service.exports.as_ical import CalendarKind, tasks_ical
from service.exports.as_json import tasks_json
from service.exports.view import document_url, export_view, service_base_url, task_uid

__all__ = ["MEDIA_TYPES", "CalendarKind", "CsvHeader", "CsvSeparator", "ExportFormat", "document_url", "export_view", "render",
           "service_base_url", "task_uid", "tasks_csv", "tasks_ical", "tasks_json"]


class ExportFormat(str, Enum):
    json = "json"
    csv = "csv"
    ics = "ics"


MEDIA_TYPES: dict[ExportFormat, str] = {
    ExportFormat.json: "application/json",
    ExportFormat.csv: "text/csv; charset=utf-8",
    ExportFormat.ics: "text/calendar; charset=utf-8",
}


def render(fmt: ExportFormat, rows: Sequence[tuple[TaskRow, Document]], *, base_url: str,
           calendar_kind: CalendarKind = CalendarKind.todo, csv_separator: CsvSeparator = CsvSeparator.comma,
           csv_header: CsvHeader = CsvHeader.en) -> bytes:
    """`rows` as returned by service.tasks.list_tasks, in the format asked for."""
    if fmt is ExportFormat.ics:
        return tasks_ical(rows, base_url=base_url, kind=calendar_kind)
    if fmt is ExportFormat.csv:
        return tasks_csv(rows, base_url=base_url, separator=csv_separator, header=csv_header)
    return tasks_json(rows, base_url=base_url)
