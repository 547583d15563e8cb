"""The public shapes of the HTTP API: what each route answers, for /openapi.json and its readers.

Rows (models.tables) and extraction values (models.extraction) stay inside; the
service's view functions build these shapes and the routes declare them as
`response_model`, so every response body is described and checked.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

from models.workflow import WorkStatus

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: `total` counts every match, `next` is the URL of the next page
    (null on the last); follow `next` until it is null to read all of them."""

    items: list[T]
    total: int = Field(description="Every item matching the filters, over all pages")
    limit: int
    offset: int
    next: str | None = Field(description="The next page's URL (same filters, offset + limit), or null")


class SpanOut(BaseModel):
    start: int
    end: int


class DeadlineOut(BaseModel):
    text: str | None = Field(description="The phrase as printed")
    date: dt.date | None
    recurrence: str | None = Field(description="RFC 5545 RRULE, e.g. FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=7")
    kind: Literal["absolute", "period", "relative", "recurring"] | None = Field(
        description="How the phrase gives the date (null for tasks stored before the kind was kept)")


class TaskOut(BaseModel):
    id: int
    document_id: int
    document_type: str | None
    document_number: str | None
    source: str | None = Field(description="The file the document came from, as uploaded or relative to what was ingested")
    assignees: list[str]
    action: str
    coordinators: list[str]
    report_to: str | None
    deadline: DeadlineOut | None
    modality: str
    text: str
    span: SpanOut = Field(description="Character offsets of the task in the document's text")
    status: WorkStatus
    status_label: str = Field(description="chưa xử lý, đang xử lý or đã xử lý")
    assigned_to: str | None = Field(description="The person handling it")
    note: str | None
    done_date: dt.date | None


class RegisterLineOut(BaseModel):
    """A letter's line in the register of incoming letters (sổ đăng ký văn bản đến)."""

    document_id: int
    number: int = Field(description="Số đến: the incoming number, restarting each year")
    year: int
    received_date: dt.date = Field(description="Ngày đến")
    handler: str | None = Field(description="Đơn vị hoặc người nhận: who handles it")
    deadline: dt.date | None = Field(description="Hạn giải quyết")
    status: WorkStatus
    status_label: str
    note: str | None = Field(description="Ghi chú")


class RegisterRowOut(RegisterLineOut):
    """A register line with the letter's own fields, as the register lists it."""

    doc_type: str | None
    doc_number: str | None = Field(description="Số, ký hiệu")
    issued_date: dt.date | None = Field(description="Ngày tháng văn bản")
    issuer: str | None = Field(description="Tác giả (cơ quan ban hành)")
    subject: str | None = Field(description="Trích yếu nội dung")
    document_url: str


class DocumentOut(BaseModel):
    id: int
    stub: bool
    source: str | None
    content_hash: str | None
    number: str | None
    doc_type: str | None
    issued_date: dt.date | None
    issuer: str | None
    subject: str | None
    original_url: str | None = Field(description="Where the file as received is downloaded, when it is kept")
    register_line: RegisterLineOut | None = Field(description="The letter's line in the register of incoming letters")
    extraction: dict[str, Any] | None = Field(
        description="Everything read from the letter (models.extraction.Extraction), without its tasks: "
                    "they are in `tasks`, with their ids and workflow")
    text: str | None = Field(None, description="The normalised text, with ?text=true")
    tasks: list[TaskOut]


class DeletedOut(BaseModel):
    id: int
    number: str | None
    stub: bool = Field(description="True when the row stays as a stub because other documents cite it")


class JobOut(BaseModel):
    id: int
    filename: str
    status: Literal["queued", "running", "done", "failed"]
    runs: int
    total: int
    processed: int
    percent: float
    stored: int
    duplicates: int
    already: int
    failed: int
    error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    finished_at: dt.datetime | None


class FailureOut(BaseModel):
    file: str
    stage: str
    reason: str


class JobReportOut(BaseModel):
    job: JobOut
    failures: list[FailureOut]


class SearchHitOut(BaseModel):
    id: int
    number: str | None
    doc_type: str | None
    issued_date: dt.date | None
    issuer: str | None
    subject: str | None
    source: str | None
    score: float
    snippet: str
    marks: list[list[int]] = Field(description="[start, end) of each matched word inside `snippet`")


class WebhookOut(BaseModel):
    id: int
    url: str
    created_at: dt.datetime
    pending: int
    delivered: int


class WebhookCreatedOut(WebhookOut):
    secret: str = Field(description="The HMAC-SHA256 key of X-Vanban-Signature, shown only here")


class HealthOut(BaseModel):
    status: Literal["ok"]
    pool: dict[str, int] = Field(description="The extraction pool: workers, reading, uploads, queue")


class DocRefOut(BaseModel):
    """A document (stored, or a stub: cited but not stored) as the graph names it."""

    id: int
    source: str | None
    number: str | None
    issuer: str | None
    issued_date: dt.date | None
    doc_type: str | None
    subject: str | None
    stub: bool


class CitingOut(DocRefOut):
    relation: str
    text: str = Field(description="The citation as printed")
    cited_date: dt.date | None


class CitedTargetOut(DocRefOut):
    cited_by: list[CitingOut]
    cited_by_total: int


class CitedByNumberOut(BaseModel):
    number: str
    targets: list[CitedTargetOut]
    ambiguous: list[CitingOut] = Field(description="Citations of the number that fit several stored documents")
    ambiguous_total: int


class CitedByDocumentOut(BaseModel):
    document: DocRefOut
    cited_by: list[CitingOut]
    cited_by_total: int


class CiteOut(BaseModel):
    position: int
    number: str | None
    doc_type: str | None
    issuer: str | None
    cited_date: dt.date | None
    relation: str
    text: str
    resolution: Literal["resolved", "stub", "ambiguous", "unnumbered", "unresolved"]
    target: DocRefOut | None
    mentions: list[SpanOut] = Field(description="Every place the citing text mentions the cited document")


class CitesOut(BaseModel):
    document: DocRefOut
    cites: list[CiteOut]


class ChainNodeOut(DocRefOut):
    level: int = Field(description="1, 2 ... cited; -1, -2 ... citing; 0 the document itself")


class ChainEdgeOut(BaseModel):
    source: int
    target: int
    relation: str


class ChainOut(BaseModel):
    document: DocRefOut
    direction: Literal["cites", "cited-by", "both"]
    depth: int
    nodes: list[ChainNodeOut]
    edges: list[ChainEdgeOut]


class ConflictOut(BaseModel):
    document: DocRefOut
    dates: dict[str, list[int]] = Field(description="Each date printed for it (ISO) -> the citing documents' ids")


class GraphNodeOut(DocRefOut):
    key: str


class GraphEdgeOut(BaseModel):
    source: int
    target: int
    kind: Literal["cites", "stated"]
    relation: str
    count: int | None = None
    stated_in: int | None = None


class GraphOut(BaseModel):
    nodes: list[GraphNodeOut]
    edges: list[GraphEdgeOut]


class SearchPageOut(Page[SearchHitOut]):
    numbered: list[DocRefOut] = Field(
        description="When the query is a number (1313/UBND-TTHC): the documents carrying it, "
                    "stubs (cited but not stored) included")
