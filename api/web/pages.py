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

from api.deps import SessionDep, SettingsDep
from api.params import BIGGEST, DocId
from api.web.graph_layout import BOX_H, BOX_W, layout
from api.web.highlight import extraction_marks, pieces
from api.web.views import RELATIONS, citation_views, header_fields, recent_documents, recurrence_label
from corpus.graph import chain, cited_by_document, cites
from corpus.search import FIELDS, MAX_QUERY_CHARS, Field, Hit, search
from service.documents import document_tasks, get_document
from service.errors import VanbanError
from service.tasks import list_tasks, task_view

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
templates.env.globals["today"] = lambda: dt.date.today().isoformat()


class PageRoute(APIRoute):
    """A domain error on a page is shown as a page, with the same status and reason as the API gives."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except VanbanError as e:
                return templates.TemplateResponse(request, "error.html", {"status": e.status, "reason": e.reason},
                                                  status_code=e.status)

        return page_handler


router = APIRouter(include_in_schema=False, route_class=PageRoute)

FIELD_LABELS = {"all": "Mọi trường", "number": "Số, ký hiệu", "subject": "Trích yếu",
                "issuer": "Cơ quan ban hành", "text": "Toàn văn"}
PAGE_SIZE = 20


@router.get("/", response_class=HTMLResponse)
def upload_page(request: Request, session: SessionDep, settings: SettingsDep):
    return templates.TemplateResponse(request, "upload.html", {
        "recent": recent_documents(session), "max_upload_mb": f"{settings.max_upload_mb:g}",
        "max_upload_bytes": settings.max_upload_bytes})


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: DocId, session: SessionDep):
    doc = get_document(session, doc_id)
    context = {"doc": doc, "fields": header_fields(doc), "relations": RELATIONS,
               "citing": cited_by_document(session, doc)["cited_by"]}
    if not doc.stub:
        context |= {
            "tasks": [task_view(t, doc) for t in document_tasks(session, doc.id)],
            "citations": citation_views(cites(session, doc)),
            "pieces": pieces(doc.text or "", extraction_marks(doc.extraction or {})),
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
        raise VanbanError(f"{name}: “{value}” không phải là ngày (năm-tháng-ngày, vd. 2024-12-31)") from None


@router.get("/tasks", response_class=HTMLResponse)
def tasks_page(request: Request, session: SessionDep, assignee: str = "", due_after: str = "", due_before: str = ""):
    after, before = _date("Hạn từ ngày", due_after), _date("Đến ngày", due_before)
    rows = list_tasks(session, assignee=assignee.strip() or None, due_after=after, due_before=before)
    filters = {"assignee": assignee.strip(), "due_after": after, "due_before": before}
    query = urlencode({k: str(v) for k, v in filters.items() if v})
    today = dt.date.today()
    same_assignee = {"assignee": assignee.strip()} if assignee.strip() else {}
    shortcuts = [("Quá hạn", {"due_before": today - dt.timedelta(days=1)}),
                 ("7 ngày tới", {"due_after": today, "due_before": today + dt.timedelta(days=7)}),
                 ("30 ngày tới", {"due_after": today, "due_before": today + dt.timedelta(days=30)})]
    return templates.TemplateResponse(request, "tasks.html", {
        "tasks": [task_view(t, d) for t, d in rows], "assignee": assignee,
        "due_after": after, "due_before": before,
        "ics_url": "/api/tasks.ics" + (f"?{query}" if query else ""),
        "csv_url": "/api/tasks.csv" + (f"?{query}" if query else ""),
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
