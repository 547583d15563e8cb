"""Delete a stored document, or re-run extraction over it in place.

Deleting removes the document's tasks, citations, search entry, register line,
batch-ingest ledger rows (so the same file can be ingested again) and, once that
commits, its kept original file. If other documents cite it, the row turns back
into a stub (number, issuer, date kept, content dropped) so their citations keep
pointing at it; otherwise the row goes.
Re-extracting runs the current pipeline over the original file when it is kept
(loader included), else over the stored text, and replaces the document's
fields, tasks and citations under the same id; tasks whose text is unchanged
keep their workflow (status, person, note, done date).
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
from models.extraction import Extraction, LoadMeta
from models.tables import CitationRow, Document, RegisterEntry, SourceFile, TaskRow
from service.documents import document_view, get_document
from service.errors import NotFound
from service.extract import extract_bytes
from service.originals import Originals
from service.task_workflow import restore_workflow, workflow_by_text


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
    rows = session.exec(select(CitationRow.number_key).where(CitationRow.source_id == doc_id)).all()
    return {k for k in rows if k}


def _drop_derived_rows(session: Session, doc_id: int) -> None:
    session.execute(delete(TaskRow).where(TaskRow.document_id == doc_id))
    session.execute(delete(CitationRow).where(CitationRow.source_id == doc_id))
    search.unindex_document(session, doc_id)


def _make_stub(doc: Document) -> None:
    doc.stub = True
    doc.content_hash = doc.source = doc.subject = doc.signer = doc.text = doc.original = None
    doc.extraction = None


def delete_document(session: Session, doc_id: int, *, originals: Originals | None = None) -> Deleted:
    """Delete a stored document; its original file goes after the commit unless another
    document keeps the same bytes."""
    doc = _stored(session, doc_id)
    keys = _cited_keys(session, doc_id)
    if originals is not None and doc.original:
        originals.remove_after_commit(session, doc.original)
    _drop_derived_rows(session, doc_id)
    session.execute(delete(SourceFile).where(SourceFile.document_id == doc_id))
    session.execute(delete(RegisterEntry).where(RegisterEntry.document_id == doc_id))
    cited = session.exec(select(CitationRow.id).where(CitationRow.target_id == doc_id)).first() is not None
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


def _fresh_extraction(doc: Document, originals: Originals | None) -> Extraction:
    """The original file read again when it is kept, else the stored text extracted again."""
    data = originals.read(doc.original) if originals is not None and doc.original else None
    if data is not None:
        return extract_bytes(data, doc.source or "original")
    load = (doc.extraction or {}).get("load")
    return extract_text(doc.text or "", meta=LoadMeta.model_validate(load) if load else None)


def reextract_document(db_url: str, doc_id: int, *, originals: Originals | None = None) -> dict:
    """Run the current pipeline over the kept original (else the stored text), with no
    transaction open, then update the document in place in one short write, committed
    before this returns; tasks whose text is unchanged keep their workflow. Answers the
    document as GET /api/documents/{id} shows it."""
    with read_scope(db_url) as session:
        doc = _stored(session, doc_id)
    ex = _fresh_extraction(doc, originals)
    with write_scope(db_url) as session:
        doc = _stored(session, doc_id)
        old_keys = _cited_keys(session, doc_id) | ({doc.number_key} if doc.number_key else set())
        workflow = workflow_by_text(session, doc_id)
        _drop_derived_rows(session, doc_id)
        session.flush()
        save_extraction(session, ex, digest=doc.content_hash, source=doc.source, into=doc, original=doc.original)
        restore_workflow(session, doc_id, workflow)
        new_keys = {number_key(c.number) for c in ex.citations if c.number} | {doc.number_key}
        for key in sorted(k for k in old_keys - new_keys if k):
            resolve_number(session, key)
        return document_view(session, doc)


def stored_ids(session: Session) -> list[int]:
    return list(session.exec(select(Document.id).where(Document.stub == False).order_by(Document.id)))  # noqa: E712
