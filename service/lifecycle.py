"""Delete a stored document, or re-run extraction over it in place.

Deleting removes the document's tasks, citations, search entry and batch-ingest
ledger rows (so the same file can be ingested again). If other
documents cite it, the row turns back into a stub (number, issuer, date kept,
content dropped) so their citations keep pointing at it; otherwise the row goes.
Re-extracting runs the current pipeline over the stored text (the loader is not
re-run: the original bytes are not kept) and replaces the document's fields,
tasks and citations under the same id.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import Session, select

from corpus import search
from corpus.db import read_scope, write_scope
from corpus.graph import resolve_number
from corpus.identity import number_key
from corpus.store import save_extraction
from extractors.pipeline import extract_text
from models.extraction import LoadMeta
from models.tables import Citation, Document, SourceFile, Task
from service.documents import document_with_tasks, get_document
from service.errors import NotFound


@dataclass(frozen=True)
class Deleted:
    id: int
    number: str | None
    stub: bool  # True when the row stays as a stub because other documents cite it

    def dump(self) -> dict:
        return {"id": self.id, "number": self.number, "stub": self.stub}


def _stored(session: Session, doc_id: int) -> Document:
    doc = get_document(session, doc_id)
    if doc.stub:
        raise NotFound(f"document {doc_id} is a stub (cited but not stored): there is nothing to change")
    return doc


def _cited_keys(session: Session, doc_id: int) -> set[str]:
    rows = session.exec(select(Citation.number_key).where(Citation.source_id == doc_id)).all()
    return {k for k in rows if k}


def _drop_derived_rows(session: Session, doc_id: int) -> None:
    session.execute(delete(Task).where(Task.document_id == doc_id))
    session.execute(delete(Citation).where(Citation.source_id == doc_id))
    search.unindex_document(session, doc_id)


def _make_stub(doc: Document) -> None:
    doc.stub = True
    doc.content_hash = doc.source = doc.subject = doc.signer = doc.text = None
    doc.extraction = None


def delete_document(session: Session, doc_id: int) -> Deleted:
    doc = _stored(session, doc_id)
    keys = _cited_keys(session, doc_id)
    _drop_derived_rows(session, doc_id)
    session.execute(delete(SourceFile).where(SourceFile.document_id == doc_id))
    cited = session.exec(select(Citation.id).where(Citation.target_id == doc_id)).first() is not None
    number = doc.number
    if cited:
        _make_stub(doc)
        session.add(doc)
        keys.add(doc.number_key or "")
    else:
        session.delete(doc)
    session.flush()
    for key in sorted(k for k in keys if k):
        resolve_number(session, key)
    return Deleted(doc_id, number, stub=cited and session.get(Document, doc_id) is not None)


def reextract_document(db_url: str, doc_id: int) -> dict:
    """Run the current pipeline over the stored text, with no transaction open, then
    update the document in place in one short write, committed before this returns;
    the document as GET /api/documents/{id} shows it."""
    with read_scope(db_url) as session:
        doc = _stored(session, doc_id)
        text, load = doc.text or "", (doc.extraction or {}).get("load")
    ex = extract_text(text, meta=LoadMeta.model_validate(load) if load else None)
    with write_scope(db_url) as session:
        doc = _stored(session, doc_id)
        old_keys = _cited_keys(session, doc_id) | ({doc.number_key} if doc.number_key else set())
        _drop_derived_rows(session, doc_id)
        session.flush()
        save_extraction(session, ex, digest=doc.content_hash, source=doc.source, into=doc)
        new_keys = {number_key(c.number) for c in ex.citations if c.number} | {doc.number_key}
        for key in sorted(k for k in old_keys - new_keys if k):
            resolve_number(session, key)
        return document_with_tasks(session, doc)


def stored_ids(session: Session) -> list[int]:
    return list(session.exec(select(Document.id).where(Document.stub == False).order_by(Document.id)))  # noqa: E712
