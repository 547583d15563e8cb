"""The register of incoming letters: list, filter, page, change a line, export as CSV or XLSX."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlmodel import Session

from api.deps import SessionDep, SettingsDep, base_url
from api.paging import Paging, page
from api.params import DocId, Offset
from models.public import Page, RegisterRowOut
from models.workflow import WorkStatus
from service.exports import CsvSeparator
from service.register import (
    RegisterChange,
    RegisterRow,
    RegisterFilters,
    count_register,
    list_register,
    row_view,
    update_entry,
)
from service.register_export import XLSX_TYPE, register_csv, register_xlsx

router = APIRouter(prefix="/api/register", tags=["register"])
EXPORT_MAX = 100_000


@dataclass(frozen=True)
class RegisterQuery:
    year: Annotated[int | None, Query(ge=1900, le=9999, description="Year received")] = None
    status: Annotated[WorkStatus | None, Query(description="open, in_progress or done")] = None
    handler: Annotated[str | None, Query(max_length=200, description=(
        "Part of the handler's name; case and tone marks ignored"))] = None
    received_from: Annotated[dt.date | None, Query(description="Received on or after this date")] = None
    received_to: Annotated[dt.date | None, Query(description="Received on or before this date")] = None

    def filters(self) -> RegisterFilters:
        return RegisterFilters(self.year, self.status, self.handler, self.received_from, self.received_to)


@router.get("", response_model=Page[RegisterRowOut])
def get_register(request: Request, session: SessionDep, settings: SettingsDep,
                 query: Annotated[RegisterQuery, Depends()], paging: Annotated[Paging, Depends()]) -> dict:
    """Lines of the register by year and incoming number (số đến), a page at a time."""
    filters = query.filters()
    rows = list_register(session, filters, limit=paging.limit, offset=paging.offset)
    base = base_url(request, settings)
    return page(request, paging, [row_view(e, d, base_url=base) for e, d in rows], count_register(session, filters))


def _export_rows(session: Session, query: RegisterQuery, offset: int) -> list[RegisterRow]:
    return list_register(session, query.filters(), limit=EXPORT_MAX, offset=offset)


@router.get(".csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "The register's columns, UTF-8 with BOM"}})
def get_register_csv(session: SessionDep, query: Annotated[RegisterQuery, Depends()],
                     sep: Annotated[CsvSeparator, Query(description=(
                         "Column separator: semicolon for Excel under Vietnamese regional settings"))] = CsvSeparator.comma,
                     offset: Offset = 0) -> Response:
    """The register as CSV in the columns of Decree 30/2020, Appendix IV (up to 100,000 lines)."""
    filters = query.filters()
    return Response(register_csv(_export_rows(session, query, offset), separator=sep),
                    media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="so-van-ban-den.csv"',
                             "X-Total-Count": str(count_register(session, filters))})


@router.get(".xlsx", response_class=Response,
            responses={200: {"content": {XLSX_TYPE: {}}, "description": "One sheet in the register's columns"}})
def get_register_xlsx(session: SessionDep, query: Annotated[RegisterQuery, Depends()],
                      offset: Offset = 0) -> Response:
    """The register as an Excel workbook in the columns of Decree 30/2020, Appendix IV."""
    title = "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" + (f" NĂM {query.year}" if query.year else "")
    return Response(register_xlsx(_export_rows(session, query, offset), title=title), media_type=XLSX_TYPE,
                    headers={"Content-Disposition": 'attachment; filename="so-van-ban-den.xlsx"',
                             "X-Total-Count": str(count_register(session, query.filters()))})


@router.patch("/{doc_id}", response_model=RegisterRowOut,
              responses={404: {"description": "No such letter in the register"},
                         422: {"description": "An unknown field or status"}})
def patch_register(doc_id: DocId, change: RegisterChange, request: Request, session: SessionDep,
                   settings: SettingsDep) -> dict:
    """Set the handler (đơn vị hoặc người nhận), deadline (hạn giải quyết), status or note of a letter's line."""
    entry, doc = update_entry(session, doc_id, change)
    return row_view(entry, doc, base_url=base_url(request, settings))
