"""The register of incoming letters (sổ đăng ký văn bản đến, Decree 30/2020, Appendix IV):
each stored letter's incoming number (given by corpus.register when it is stored),
date received, handler, handling deadline and status; listed, filtered, changed,
and exported in the register's own columns.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func
from sqlmodel import Session, col, select

from corpus.search import folded
from models.tables import Document, RegisterEntry
from models.workflow import WorkStatus
from service.errors import NotFound
from service.exports.view import document_page_url
from service.workflow_fields import note_text, one_line, status_value

RegisterRow = tuple[RegisterEntry, Document]


@dataclass(frozen=True)
class RegisterFilters:
    year: int | None = None
    status: WorkStatus | None = None
    handler: str | None = None  # part of the handler's name, case and tone marks ignored
    received_from: dt.date | None = None
    received_to: dt.date | None = None

    def where(self, q):
        if self.year is not None:
            q = q.where(RegisterEntry.year == self.year)
        if self.status is not None:
            q = q.where(RegisterEntry.status == self.status.value)
        if self.handler:
            q = q.where(col(RegisterEntry.handler_key).contains(folded(self.handler), autoescape=True))
        if self.received_from is not None:
            q = q.where(RegisterEntry.received_date >= self.received_from)
        if self.received_to is not None:
            q = q.where(RegisterEntry.received_date <= self.received_to)
        return q


def list_register(session: Session, filters: RegisterFilters, *, limit: int, offset: int = 0) -> list[RegisterRow]:
    """Register lines with their letters, by year then incoming number."""
    q = filters.where(select(RegisterEntry, Document).join(Document, Document.id == RegisterEntry.document_id))
    q = q.order_by(RegisterEntry.year, RegisterEntry.number).offset(offset).limit(limit)
    return [(e, d) for e, d in session.exec(q).all()]


def count_register(session: Session, filters: RegisterFilters) -> int:
    return session.exec(filters.where(select(func.count()).select_from(RegisterEntry))).one()


def register_years(session: Session) -> list[int]:
    return list(session.exec(select(RegisterEntry.year).distinct().order_by(col(RegisterEntry.year).desc())))


def get_entry(session: Session, doc_id: int) -> RegisterEntry | None:
    return session.get(RegisterEntry, doc_id)


class RegisterChange(BaseModel):
    """A PATCH of a register line: only the fields given change; null clears a field."""

    model_config = ConfigDict(extra="forbid")

    handler: str | None = Field(None, max_length=200, description="Đơn vị hoặc người nhận")
    deadline: dt.date | None = Field(None, description="Hạn giải quyết")
    status: WorkStatus | None = Field(None, description="open, in_progress or done")
    note: str | None = Field(None, max_length=4000, description="Ghi chú")


def update_entry(session: Session, doc_id: int, change: RegisterChange) -> RegisterRow:
    row = session.exec(select(RegisterEntry, Document).join(Document, Document.id == RegisterEntry.document_id)
                       .where(RegisterEntry.document_id == doc_id)).first()
    if row is None:
        raise NotFound(f"document {doc_id} has no line in the register")
    entry, doc = row
    given = change.model_fields_set
    if "status" in given:
        entry.status = status_value(change.status)
    if "handler" in given:
        entry.handler = one_line(change.handler)
        entry.handler_key = folded(entry.handler) if entry.handler else None
    if "deadline" in given:
        entry.deadline = change.deadline
    if "note" in given:
        entry.note = note_text(change.note)
    entry.updated_at = dt.datetime.now(dt.timezone.utc)
    session.add(entry)
    session.flush()
    return entry, doc


def line_view(entry: RegisterEntry) -> dict:
    return {"document_id": entry.document_id, "number": entry.number, "year": entry.year,
            "received_date": entry.received_date.isoformat(), "handler": entry.handler,
            "deadline": entry.deadline.isoformat() if entry.deadline else None,
            "status": entry.status, "status_label": WorkStatus(entry.status).label, "note": entry.note}


def row_view(entry: RegisterEntry, doc: Document, *, base_url: str) -> dict:
    return {**line_view(entry), "doc_type": doc.doc_type, "doc_number": doc.number,
            "issued_date": doc.issued_date.isoformat() if doc.issued_date else None,
            "issuer": doc.issuer, "subject": doc.subject,
            "document_url": document_page_url(base_url, doc.id)}
