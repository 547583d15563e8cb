"""The server-rendered pages: upload, a document, tasks, search, a document's graph."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlencode

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from api.deps import OriginalsDep, SessionDep, SettingsDep
from api.params import BIGGEST, DocId
from api.web.graph_layout import BOX_H, BOX_W, layout
from api.web.highlight import extraction_marks, pieces
from api.web.views import (
    RELATIONS,
    citation_views,
    due_view,
    header_fields,
    original_view,
    recent_documents,
    recurrence_label,
    shown_source,
)
from corpus.graph import chain, cited_by_document, cites
from corpus.register import today as office_today
from corpus.search import FIELDS, MAX_QUERY_CHARS, Field, Hit, search
from models.workflow import STATUS_LABELS, WorkStatus
from service.documents import document_tasks, get_document
from service.errors import VanbanError
from service.register import RegisterFilters, count_register, get_entry, list_register, register_years
from service.tasks import count_tasks, list_tasks, task_view

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def _vn_date(iso: str) -> str:
    """'2024-03-14' -> '14/03/2024'."""
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def _snippet_html(hit: Hit) -> Markup:
    out, at = [], 0
    for start, end in hit.marks:
        out += [escape(hit.snippet[at:start]), Markup("<mark>"), escape(hit.snippet[start:end]), Markup("</mark>")]
        at = end
    out.append(escape(hit.snippet[at:]))
    return Markup("").join(out)


templates.env.filters["vn_date"] = _vn_date
templates.env.filters["snippet_html"] = _snippet_html
templates.env.filters["recurrence"] = recurrence_label
templates.env.filters["shown_source"] = shown_source
templates.env.globals["today"] = lambda: office_today().isoformat()
templates.env.globals["due"] = lambda task: due_view(task, office_today())
templates.env.globals["statuses"] = [(s.value, label) for s, label in STATUS_LABELS.items()]
templates.env.globals["status_labels"] = {s.value: label for s, label in STATUS_LABELS.items()}


class PageError(VanbanError):
    """A form value the page refuses, with its reason written for the clerk (in Vietnamese)."""


# What a refusal means, in the page's language; the service's own reasons are in English.
STATUS_MEANINGS = {
    400: "Yêu cầu không hợp lệ.",
    401: "Cần khóa API để thực hiện việc này.",
    404: "Không có văn bản hay mục này (có thể đã bị xóa), hoặc đây là văn bản chỉ được dẫn chiếu mà chưa được lưu.",
    413: "Tệp quá lớn.",
    415: "Định dạng tệp không được hỗ trợ.",
    422: "Dữ liệu không hợp lệ.",
    429: "Quá nhiều yêu cầu trong một phút, hãy thử lại sau.",
}


class PageRoute(APIRoute):
    """A domain error on a page is shown as a page with the API's status, in Vietnamese: the
    page's own reason (PageError), else what the status means."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except VanbanError as e:
                reason = e.reason if isinstance(e, PageError) else STATUS_MEANINGS.get(e.status, "Không thực hiện được.")
                return templates.TemplateResponse(request, "error.html", {"status": e.status, "reason": reason},
                                                  status_code=e.status)

        return page_handler


router = APIRouter(include_in_schema=False, route_class=PageRoute)

FIELD_LABELS = {"all": "Mọi trường", "number": "Số, ký hiệu", "subject": "Trích yếu",
                "issuer": "Cơ quan ban hành", "text": "Toàn văn"}
PAGE_SIZE = 20  # search hits per page
TASKS_PER_PAGE = 50
REGISTER_PER_PAGE = 50


@router.get("/", response_class=HTMLResponse)
def upload_page(request: Request, session: SessionDep, settings: SettingsDep):
    return templates.TemplateResponse(request, "upload.html", {
        "recent": recent_documents(session), "max_upload_mb": f"{settings.max_upload_mb:g}",
        "max_upload_bytes": settings.max_upload_bytes})


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: DocId, session: SessionDep, originals: OriginalsDep):
    doc = get_document(session, doc_id)
    context = {"doc": doc, "fields": header_fields(doc), "relations": RELATIONS,
               "citing": cited_by_document(session, doc)["cited_by"]}
    if not doc.stub:
        context |= {
            "tasks": [task_view(t, doc) for t in document_tasks(session, doc.id)],
            "citations": citation_views(cites(session, doc)),
            "pieces": pieces(doc.text or "", extraction_marks(doc.extraction or {})),
            "original": original_view(doc, originals),
            "entry": get_entry(session, doc.id),
            "source": shown_source(doc.source),
        }
    return templates.TemplateResponse(request, "stub.html" if doc.stub else "document.html", context)


@router.get("/documents/{doc_id}/graph", response_class=HTMLResponse)
def graph_page(request: Request, doc_id: DocId, session: SessionDep):
    doc = get_document(session, doc_id)
    around = chain(session, doc, direction="both", depth=2)
    ambiguous = [c for c in cites(session, doc)["cites"] if c["resolution"] == "ambiguous"]
    return templates.TemplateResponse(request, "graph.html", {
        "doc": doc, "graph": layout(around), "box_w": BOX_W, "box_h": BOX_H, "relations": RELATIONS,
        "cited": [n for n in around["nodes"] if n["level"] == 1],
        "citing": [n for n in around["nodes"] if n["level"] == -1],
        "ambiguous": [(c, "/search?" + urlencode({"field": "number", "q": c["number"]})) for c in ambiguous],
    })


def _date(name: str, value: str) -> dt.date | None:
    """A date filter from the form: empty means none; anything else must be YYYY-MM-DD."""
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise PageError(f"{name}: “{value}” không phải là ngày (năm-tháng-ngày, vd. 2024-12-31)") from None


def _status(value: str) -> WorkStatus | None:
    if not value:
        return None
    try:
        return WorkStatus(value)
    except ValueError:
        raise PageError(f"Tình trạng “{value}” không có; chọn chưa xử lý, đang xử lý hoặc đã xử lý") from None


def _pages(page: int, per_page: int, total: int, base: str, params: dict) -> dict:
    """Links to the previous and next page of a list, keeping its filters."""
    def link(n: int) -> str:
        return base + "?" + urlencode({**{k: v for k, v in params.items() if v}, "page": n})

    last = max(1, -(-total // per_page))
    return {"page": page, "last": last, "total": total, "first_index": (page - 1) * per_page,
            "prev": link(page - 1) if page > 1 else None, "next": link(page + 1) if page < last else None}


@router.get("/tasks", response_class=HTMLResponse)
def tasks_page(request: Request, session: SessionDep, assignee: str = Query("", max_length=200),
               due_after: str = "", due_before: str = "", status: str = "",
               page: int = Query(1, ge=1, le=1_000_000)):
    after, before = _date("Hạn từ ngày", due_after), _date("Đến ngày", due_before)
    wanted = _status(status)
    filters = dict(assignee=assignee.strip() or None, due_after=after, due_before=before, status=wanted)
    total = count_tasks(session, **filters)
    rows = list_tasks(session, **filters, limit=TASKS_PER_PAGE, offset=(page - 1) * TASKS_PER_PAGE)
    shown = {"assignee": assignee.strip(), "due_after": after, "due_before": before, "status": status}
    query = urlencode({k: str(v) for k, v in shown.items() if v})
    today = office_today()
    same_assignee = {"assignee": assignee.strip()} if assignee.strip() else {}
    shortcuts = [("Quá hạn", {"due_before": today - dt.timedelta(days=1)}),
                 ("7 ngày tới", {"due_after": today, "due_before": today + dt.timedelta(days=7)}),
                 ("30 ngày tới", {"due_after": today, "due_before": today + dt.timedelta(days=30)})]
    feed = f"?{query}" if query else ""
    return templates.TemplateResponse(request, "tasks.html", {
        "tasks": [task_view(t, d) for t, d in rows], "assignee": assignee,
        "due_after": after, "due_before": before, "status": status,
        "pages": _pages(page, TASKS_PER_PAGE, total, "/tasks", {k: str(v) for k, v in shown.items() if v}),
        "ics_url": "/api/tasks.ics" + feed,
        "event_url": "/api/tasks.ics" + (f"{feed}&" if feed else "?") + "kind=event",
        "csv_url": "/api/tasks.csv" + (f"{feed}&" if feed else "?") + "header=vi&sep=semicolon",
        "shortcuts": [(label, "/tasks?" + urlencode({**same_assignee, **dates})) for label, dates in shortcuts],
    })


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, session: SessionDep, q: str = Query("", max_length=MAX_QUERY_CHARS),
                field: Field = "all", page: int = Query(1, ge=1, le=BIGGEST // PAGE_SIZE)):
    result = search(session, q, field=field, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE) if q.strip() else None
    return templates.TemplateResponse(request, "search.html", {
        "q": q, "field": field, "fields": [(f, FIELD_LABELS[f]) for f in FIELDS], "result": result,
        "page": page, "page_size": PAGE_SIZE, "max_query": MAX_QUERY_CHARS,
    })


@router.get("/so-den", response_class=HTMLResponse)
def register_page(request: Request, session: SessionDep, year: str = "", status: str = "",
                  handler: str = Query("", max_length=200), page: int = Query(1, ge=1, le=1_000_000)):
    """Sổ đăng ký văn bản đến: the letters by incoming number, a year at a time."""
    years = register_years(session)
    if year and not year.isdigit():
        raise PageError(f"Năm “{year}” không hợp lệ")
    chosen = int(year) if year else (years[0] if years else office_today().year)
    filters = RegisterFilters(year=chosen, status=_status(status), handler=handler.strip() or None)
    total = count_register(session, filters)
    rows = list_register(session, filters, limit=REGISTER_PER_PAGE, offset=(page - 1) * REGISTER_PER_PAGE)
    params = {"year": str(chosen), "status": status, "handler": handler.strip()}
    query = urlencode({k: v for k, v in params.items() if v})
    return templates.TemplateResponse(request, "register.html", {
        "rows": rows, "years": years, "year": chosen, "status": status, "handler": handler,
        "pages": _pages(page, REGISTER_PER_PAGE, total, "/so-den", params),
        "csv_url": f"/api/register.csv?{query}&sep=semicolon", "xlsx_url": f"/api/register.xlsx?{query}",
    })
