"""Tasks across stored documents."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlmodel import Session

from api.deps import SessionDep, SettingsDep, base_url
from api.paging import Paging, page
from api.params import DocumentFilter, IsoDate, Offset
from models.public import Page, TaskOut
from models.tables import Document, TaskRow
from models.workflow import WorkStatus
from service.exports import MEDIA_TYPES, CalendarKind, CsvHeader, CsvSeparator, ExportFormat, render
from service.settings import Settings
from service.tasks import count_tasks, list_tasks, task_view

router = APIRouter(prefix="/api", tags=["tasks"])


@router.get("/tasks", response_model=Page[TaskOut])
def get_tasks(
    request: Request,
    session: SessionDep,
    paging: Annotated[Paging, Depends()],
    assignee: str | None = Query(None, max_length=200, description="Part of an assignee's name; case and diacritics are ignored (`phong noi vu` finds `Phòng Nội vụ`)"),
    due_before: IsoDate | None = Query(None, description="Due on or before this date (YYYY-MM-DD)"),
    due_after: IsoDate | None = Query(None, description="Due on or after this date (YYYY-MM-DD)"),
    document_id: DocumentFilter = None,
    status: WorkStatus | None = Query(None, description="open, in_progress or done"),
) -> dict:
    """Stored tasks, earliest due first, a page at a time: follow `next` for the rest."""
    filters = dict(assignee=assignee, due_before=due_before, due_after=due_after, document_id=document_id,
                   status=status)
    rows = list_tasks(session, **filters, limit=paging.limit, offset=paging.offset)
    return page(request, paging, [task_view(t, d) for t, d in rows], count_tasks(session, **filters))


EXPORT_MAX = 10_000


@dataclass(frozen=True)
class TaskFilters:
    """The filters of GET /api/tasks, shared by its CSV and iCalendar variants."""

    assignee: Annotated[str | None, Query(description="Part of an assignee's name; case and diacritics are ignored (`phong noi vu` finds `Phòng Nội vụ`)")] = None
    due_before: Annotated[IsoDate | None, Query(description="Due on or before this date (YYYY-MM-DD)")] = None
    due_after: Annotated[IsoDate | None, Query(description="Due on or after this date (YYYY-MM-DD)")] = None
    document_id: DocumentFilter = None
    status: Annotated[WorkStatus | None, Query(description="open, in_progress or done")] = None
    limit: Annotated[int, Query(ge=1, le=EXPORT_MAX, description=f"Tasks in the file, at most {EXPORT_MAX}; "
                                                                "X-Total-Count says how many match")] = EXPORT_MAX
    offset: Offset = 0

    def rows(self, session: Session) -> list[tuple[TaskRow, Document]]:
        return list_tasks(session, **self.filters(), limit=self.limit, offset=self.offset)

    def filters(self) -> dict:
        return dict(assignee=self.assignee, due_before=self.due_before, due_after=self.due_after,
                    document_id=self.document_id, status=self.status)


def _export(request: Request, settings: Settings, session: Session, filters: TaskFilters, fmt: ExportFormat,
            filename: str, disposition: str, calendar_kind: CalendarKind = CalendarKind.todo,
            csv_separator: CsvSeparator = CsvSeparator.comma, csv_header: CsvHeader = CsvHeader.en) -> Response:
    body = render(fmt, filters.rows(session), base_url=base_url(request, settings), calendar_kind=calendar_kind,
                  csv_separator=csv_separator, csv_header=csv_header)
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'  # subscribers polling an unchanged feed get a 304
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers={"ETag": etag})
    return Response(body, media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'{disposition}; filename="{filename}"', "ETag": etag,
                             "X-Total-Count": str(count_tasks(session, **filters.filters()))})


@router.get("/tasks.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "UTF-8 with BOM, for Excel"}})
def get_tasks_csv(request: Request, session: SessionDep, settings: SettingsDep,
                  filters: Annotated[TaskFilters, Depends()],
                  sep: Annotated[CsvSeparator, Query(description=(
                      "Column separator: semicolon for Excel under Vietnamese regional settings"))] = CsvSeparator.comma,
                  header: Annotated[CsvHeader, Query(description=(
                      "Column names: en (stable, for programs) or vi (Vietnamese, statuses as words)"))] = CsvHeader.en,
                  ) -> Response:
    """The tasks of GET /api/tasks as CSV (UTF-8 with BOM, so Excel reads Vietnamese)."""
    return _export(request, settings, session, filters, ExportFormat.csv, "vanban-tasks.csv", "attachment",
                   csv_separator=sep, csv_header=header)


@router.get("/tasks.ics", response_class=Response,
            responses={200: {"content": {"text/calendar": {}}, "description": "An iCalendar feed"}})
def get_tasks_ics(request: Request, session: SessionDep, settings: SettingsDep,
                  filters: Annotated[TaskFilters, Depends()],
                  kind: Annotated[CalendarKind, Query(description=(
                      "todo: one VTODO per task; event: an all-day VEVENT per dated task, "
                      "for calendars that ignore VTODO (Google, Outlook)"))] = CalendarKind.todo) -> Response:
    """The tasks of GET /api/tasks as an iCalendar feed to subscribe to (filter by assignee)."""
    return _export(request, settings, session, filters, ExportFormat.ics, "vanban-tasks.ics", "inline",
                   calendar_kind=kind)
