"""Tasks across stored documents."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlmodel import Session

from api.deps import SessionDep, SettingsDep
from api.params import DocumentFilter, IsoDate, Offset
from models.tables import Document, Task
from service.exports import MEDIA_TYPES, CalendarKind, CsvSeparator, ExportFormat, render
from service.settings import Settings
from service.tasks import list_tasks, task_view

router = APIRouter(prefix="/api", tags=["tasks"])


@router.get("/tasks")
def get_tasks(
    session: SessionDep,
    assignee: str | None = Query(None, description="Part of an assignee's name; case and diacritics are ignored (`phong noi vu` finds `Phòng Nội vụ`)"),
    due_before: IsoDate | None = Query(None, description="Due on or before this date (YYYY-MM-DD)"),
    due_after: IsoDate | None = Query(None, description="Due on or after this date (YYYY-MM-DD)"),
    document_id: DocumentFilter = None,
    limit: int = Query(500, ge=1, le=5000),
    offset: Offset = 0,
) -> dict:
    """Stored tasks, earliest due first."""
    rows = list_tasks(session, assignee=assignee, due_before=due_before, due_after=due_after,
                      document_id=document_id, limit=limit, offset=offset)
    return {"items": [task_view(t, d) for t, d in rows]}


@dataclass(frozen=True)
class TaskFilters:
    """The filters of GET /api/tasks, shared by its CSV and iCalendar variants."""

    assignee: Annotated[str | None, Query(description="Part of an assignee's name; case and diacritics are ignored (`phong noi vu` finds `Phòng Nội vụ`)")] = None
    due_before: Annotated[IsoDate | None, Query(description="Due on or before this date (YYYY-MM-DD)")] = None
    due_after: Annotated[IsoDate | None, Query(description="Due on or after this date (YYYY-MM-DD)")] = None
    document_id: DocumentFilter = None
    limit: Annotated[int, Query(ge=1, le=5000)] = 5000
    offset: Offset = 0

    def rows(self, session: Session) -> list[tuple[Task, Document]]:
        return list_tasks(session, assignee=self.assignee, due_before=self.due_before, due_after=self.due_after,
                          document_id=self.document_id, limit=self.limit, offset=self.offset)


def _export(request: Request, settings: Settings, session: Session, filters: TaskFilters, fmt: ExportFormat,
            filename: str, disposition: str, calendar_kind: CalendarKind = CalendarKind.todo,
            csv_separator: CsvSeparator = CsvSeparator.comma) -> Response:
    base_url = settings.public_url or str(request.base_url)
    body = render(fmt, filters.rows(session), base_url=base_url, calendar_kind=calendar_kind,
                  csv_separator=csv_separator)
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'  # subscribers polling an unchanged feed get a 304
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers={"ETag": etag})
    return Response(body, media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'{disposition}; filename="{filename}"', "ETag": etag})


@router.get("/tasks.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "UTF-8 with BOM, for Excel"}})
def get_tasks_csv(request: Request, session: SessionDep, settings: SettingsDep,
                  filters: Annotated[TaskFilters, Depends()],
                  sep: Annotated[CsvSeparator, Query(description=(
                      "Column separator: semicolon for Excel under Vietnamese regional settings"))] = CsvSeparator.comma,
                  ) -> Response:
    """The tasks of GET /api/tasks as CSV (UTF-8 with BOM, so Excel reads Vietnamese)."""
    return _export(request, settings, session, filters, ExportFormat.csv, "vanban-tasks.csv", "attachment",
                   csv_separator=sep)


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
