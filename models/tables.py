"""SQLModel tables: documents (stored and stub), their citations and tasks.

A stub is a Document row with `stub=True` and no content: a cited document that
is not stored yet. Identity of a document is (issuer, number, year).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Index, Integer, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Document(SQLModel, table=True):
    __tablename__ = "document"
    __table_args__ = (Index("ix_document_number_key_year", "number_key", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    stub: bool = Field(default=False, index=True)
    content_hash: str | None = Field(default=None, unique=True, max_length=64)
    source: str | None = None  # file name as uploaded or path as ingested
    doc_type: str | None = None
    number: str | None = None
    number_key: str | None = Field(default=None, index=True)  # see corpus.identity.number_key
    issued_date: dt.date | None = None
    year: int | None = Field(default=None)
    issuer: str | None = None
    issuer_key: str | None = None  # see corpus.identity.issuer_key
    subject: str | None = Field(default=None, sa_column=Column(Text))
    signer: str | None = None
    text: str | None = Field(default=None, sa_column=Column(Text))
    extraction: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    original: str | None = Field(default=None, max_length=64)  # content hash of the kept file (service.originals)
    created_at: dt.datetime = Field(default_factory=_now)
    updated_at: dt.datetime = Field(default_factory=_now)


class CitationRow(SQLModel, table=True):
    __tablename__ = "citation"
    __table_args__ = (  # cited-by on a large store: counts and first citing documents from the index
        Index("ix_citation_number_target_source", "number_key", "target_id", "source_id"),
        Index("ix_citation_target_source", "target_id", "source_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    target_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    position: int = 0  # index in the source's extraction.citations
    number: str | None = None
    number_key: str | None = Field(default=None, index=True)
    doc_type: str | None = None
    cited_date: dt.date | None = None
    year: int | None = None
    issuer: str | None = None
    issuer_key: str | None = None
    relation: str = "reference"
    text: str = Field(default="", sa_column=Column(Text))
    span_start: int = 0
    span_end: int = 0
    resolution: str = "unresolved"  # resolved | stub | ambiguous | unnumbered


class CitationLinkRow(SQLModel, table=True):
    """A relation the citing text states between two documents it cites
    (`Extraction.citation_links`: "Quyết định số 3546 ... thu hồi Quyết định số 1499")."""

    __tablename__ = "citation_link"

    id: int | None = Field(default=None, primary_key=True)
    source_citation_id: int = Field(foreign_key="citation.id", index=True, ondelete="CASCADE")
    target_citation_id: int = Field(foreign_key="citation.id", index=True, ondelete="CASCADE")
    relation: str = "reference"


class TaskRow(SQLModel, table=True):
    __tablename__ = "task"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    position: int = 0
    assignees: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    assignees_text: str = Field(default="", sa_column=Column(Text))  # folded, for filtering
    action: str = Field(default="", sa_column=Column(Text))
    coordinators: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    report_to: str | None = None
    deadline_text: str | None = None
    due_date: dt.date | None = Field(default=None, index=True)
    recurrence: str | None = None  # the RFC 5545 RRULE (models.extraction.Deadline.recurrence)
    deadline_kind: str | None = None  # absolute | period | relative | recurring (Deadline.kind)
    modality: str = "obligation"
    text: str = Field(default="", sa_column=Column(Text))
    span_start: int = 0
    span_end: int = 0
    # The workflow (service.task_workflow): models.workflow.WorkStatus codes.
    status: str = Field(default="open", index=True, sa_column_kwargs={"server_default": "open"})
    assigned_to: str | None = None  # the person handling it
    note: str | None = Field(default=None, sa_column=Column(Text))
    done_date: dt.date | None = None


class WebhookEndpoint(SQLModel, table=True):
    """A URL that receives new tasks, signed with its secret (service.webhooks)."""

    __tablename__ = "webhook_endpoint"

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_column=Column(Text, nullable=False))
    secret: str
    created_at: dt.datetime = Field(default_factory=_now)


class WebhookDelivery(SQLModel, table=True):
    """The outbox: one row per (event, endpoint), written in the transaction that stores
    the document, kept until the receiver answers 2xx."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (Index("ix_webhook_delivery_due", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: str = Field(unique=True, max_length=36)  # sent as X-Vanban-Delivery
    endpoint_id: int = Field(foreign_key="webhook_endpoint.id", index=True, ondelete="CASCADE")
    event: str
    document_id: int | None = None
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    status: str = "pending"  # pending | delivered
    attempts: int = 0
    next_attempt_at: dt.datetime = Field(default_factory=_now)
    last_status: int | None = None  # HTTP status of the last answer
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: dt.datetime = Field(default_factory=_now)
    delivered_at: dt.datetime | None = None


class SourceFile(SQLModel, table=True):
    """One ingested file, by content hash, and the document it became or repeats.

    The batch ingest's ledger: a file whose hash is here is not extracted again.
    `outcome` is "stored", or "duplicate" when another file with the same issuer,
    number and year was stored first (the same letter in two files).
    """

    __tablename__ = "source_file"

    content_hash: str = Field(primary_key=True, max_length=64)
    document_id: int = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    source: str = Field(default="", sa_column=Column(Text))
    outcome: str = "stored"
    created_at: dt.datetime = Field(default_factory=_now)


class IngestJob(SQLModel, table=True):
    """An archive ingested through the API; its state survives a server restart."""

    __tablename__ = "ingest_job"

    id: int | None = Field(default=None, primary_key=True)
    filename: str
    packed: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})  # several files, zipped by service.jobs
    status: str = Field(default="queued", index=True)  # queued | running | done | failed
    runs: int = 0  # 2 or more: the job was resumed after an interruption
    total: int = 0
    processed: int = 0
    stored: int = 0
    duplicates: int = 0
    already: int = 0  # stored before this run
    failed: int = 0
    failures: list[dict[str, str]] = Field(default_factory=list, sa_column=Column(JSON))
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: dt.datetime = Field(default_factory=_now)
    updated_at: dt.datetime = Field(default_factory=_now)
    finished_at: dt.datetime | None = None


class IngestUpload(SQLModel, table=True):
    """The uploaded archive of a job, kept until the job is done."""

    __tablename__ = "ingest_upload"

    job_id: int = Field(primary_key=True, foreign_key="ingest_job.id", ondelete="CASCADE")
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ApiKey(SQLModel, table=True):
    """A key that may read, write or administer (service.auth); only its SHA-256 is stored."""

    __tablename__ = "api_key"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    prefix: str = Field(max_length=16)  # the key's first characters, to tell keys apart in listings
    key_hash: str = Field(unique=True, max_length=64)
    # read | write | admin; keys made before roles existed could do everything: admin
    role: str = Field(default="write", max_length=8, sa_column_kwargs={"server_default": "admin"})
    created_at: dt.datetime = Field(default_factory=_now)
    revoked_at: dt.datetime | None = None


class GraphPending(SQLModel, table=True):
    """A number key whose citations a batch ingest stored but has not resolved yet
    (corpus.graph.resolve_numbers): resolved at the end of the run, every minute of
    a long one, or by the next run after an interrupt."""

    __tablename__ = "graph_pending"

    number_key: str = Field(primary_key=True)


class RegisterEntry(SQLModel, table=True):
    """A stored letter's line in the register of incoming letters (sổ đăng ký văn bản đến,
    Decree 30/2020, Appendix IV): its incoming number restarts each year (service.register)."""

    __tablename__ = "register_entry"
    __table_args__ = (UniqueConstraint("year", "number", name="uq_register_year_number"),)

    document_id: int = Field(primary_key=True, foreign_key="document.id", ondelete="CASCADE")
    year: int = Field(index=True)  # of the date received
    number: int  # số đến
    received_date: dt.date = Field(index=True)  # ngày đến
    handler: str | None = None  # đơn vị hoặc người nhận
    handler_key: str | None = None  # folded, for filtering
    deadline: dt.date | None = None  # hạn giải quyết
    status: str = Field(default="open", index=True)  # models.workflow.WorkStatus
    note: str | None = Field(default=None, sa_column=Column(Text))  # ghi chú
    updated_at: dt.datetime = Field(default_factory=_now)


class RegisterCounter(SQLModel, table=True):
    """The last incoming number given in a year, raised by one atomic upsert per letter."""

    __tablename__ = "register_counter"

    year: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    last: int = 0
