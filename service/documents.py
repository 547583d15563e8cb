"""Stored documents: store one extraction, read one back."""
from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from corpus.store import find_by_hash, save_extraction
from models.extraction import Extraction
from models.tables import Document, TaskRow
from service.errors import NotFound
from service.register import get_entry, line_view
from service.tasks import task_view
from service.webhooks import enqueue_document_tasks


@dataclass(frozen=True)
class Stored:
    document: Document
    created: bool  # False when the same bytes were stored before


def store_extraction(session: Session, extraction: Extraction, *, digest: str, source: str,
                     original: str | None = None) -> Stored:
    """Store the extraction of the bytes hashed `digest`, in the caller's write
    transaction; idempotent by content hash (the stored document when they are in).
    `original`: the hash of the file kept as received (service.originals), written before."""
    existing = find_by_hash(session, digest)
    if existing is not None:
        return Stored(existing, created=False)
    doc = save_extraction(session, extraction, digest=digest, source=source, original=original)
    enqueue_document_tasks(session, doc)  # webhooks: queued in this transaction, sent after it
    return Stored(doc, created=True)


def get_document(session: Session, doc_id: int) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound(f"no document with id {doc_id}")
    return doc


def stored_extraction(doc: Document) -> Extraction:
    """The extraction kept for a stored document, with its text; a stub has none."""
    if doc.stub or doc.extraction is None:
        raise NotFound(f"document {doc.id} is a stub: it is cited but not stored")
    return Extraction.model_validate({**doc.extraction, "text": doc.text or ""})


def document_view(session: Session, doc: Document, *, with_text: bool = False) -> dict:
    """The public shape of a document (models.public.DocumentOut): its fields, original,
    register line, extraction (without its tasks) and stored tasks."""
    entry = get_entry(session, doc.id)
    return {
        "id": doc.id, "stub": doc.stub, "source": doc.source, "content_hash": doc.content_hash,
        "number": doc.number, "doc_type": doc.doc_type,
        "issued_date": doc.issued_date.isoformat() if doc.issued_date else None,
        "issuer": doc.issuer, "subject": doc.subject,
        "original_url": f"/api/documents/{doc.id}/original" if doc.original else None,
        "register_line": line_view(entry) if entry else None,
        "extraction": {k: v for k, v in doc.extraction.items() if k != "tasks"} if doc.extraction else None,
        "text": doc.text if with_text else None,
        "tasks": [task_view(t, doc) for t in document_tasks(session, doc.id)],
    }


def document_tasks(session: Session, doc_id: int) -> list[TaskRow]:
    return list(session.exec(select(TaskRow).where(TaskRow.document_id == doc_id).order_by(TaskRow.position)))
