"""Store extractions: one Document row per distinct content, with its citations and tasks."""
from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import insert
from sqlmodel import Session, select

from corpus import graph, search
from corpus.identity import body_key, number_key
from corpus.register import enter_letter
from extractors.agency_names import store_key
from models.extraction import Extraction
from models.tables import CitationRow, Document, TaskRow


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_by_hash(session: Session, digest: str) -> Document | None:
    return session.exec(select(Document).where(Document.content_hash == digest)).first()


def document_year(ex: Extraction) -> int | None:
    if ex.issued_date:
        return ex.issued_date.year
    if ex.issued_year:
        return ex.issued_year
    return ex.number_parts.year if ex.number_parts else None


def _fill_document(doc: Document, ex: Extraction, *, digest: str, source: str, original: str | None) -> None:
    issuer = ex.issuer.name if ex.issuer else None
    doc.stub = False
    doc.content_hash = digest
    doc.source = source
    doc.original = original
    doc.doc_type = ex.doc_type
    doc.number = ex.number
    doc.number_key = number_key(ex.number)
    doc.issued_date = ex.issued_date
    doc.year = document_year(ex)
    doc.issuer = issuer
    doc.issuer_key = body_key(ex.issuer)
    doc.subject = ex.subject
    doc.signer = ex.signer.name if ex.signer else None
    doc.text = ex.text
    doc.extraction = ex.scored_dict()
    doc.updated_at = dt.datetime.now(dt.timezone.utc)


def _citation_rows(doc_id: int, ex: Extraction) -> list[dict]:
    """Citation rows as column values, for one executemany (no ORM object per row)."""
    rows = []
    for i, c in enumerate(ex.citations):
        year = c.date.year if c.date else (c.parts.year if c.parts else None)
        rows.append(dict(
            source_id=doc_id, target_id=None, position=i, number=c.number, number_key=number_key(c.number),
            doc_type=c.doc_type, cited_date=c.date, year=year,
            issuer=c.issuer.name if c.issuer else None,
            issuer_key=store_key(c.issuer.name) if c.issuer else None,
            relation=c.relation, text=c.text, span_start=c.span.start, span_end=c.span.end,
            resolution="unresolved" if c.number else "unnumbered",
        ))
    return rows


def _task_rows(doc_id: int, ex: Extraction) -> list[dict]:
    """Task rows as column values, for one executemany."""
    rows = []
    for i, t in enumerate(ex.tasks):
        names = t.assignees + t.assignees_canonical
        rows.append(dict(
            document_id=doc_id, position=i, assignees=t.assignees,
            assignees_text=" | ".join(search.folded(n) for n in names),
            action=t.action, coordinators=t.coordinators, report_to=t.report_to,
            deadline_text=t.deadline.text if t.deadline else None,
            due_date=t.deadline.date if t.deadline else None,
            recurrence=t.deadline.recurrence if t.deadline else None,
            deadline_kind=t.deadline.kind if t.deadline else None,
            modality=t.modality, text=t.text, span_start=t.span.start, span_end=t.span.end,
        ))
    return rows


def search_entry(ex: Extraction) -> search.IndexEntry:
    """The search index row of the document `save_extraction` stores for `ex`."""
    return search.index_entry(ex.number, ex.subject, ex.issuer.name if ex.issuer else None, ex.text)


def save_extraction(session: Session, ex: Extraction, *, digest: str, source: str,
                    into: Document | None = None, resolve: bool = True,
                    index: search.IndexEntry | None = None, original: str | None = None) -> Document:
    """Insert a new document (or fill the stub it takes over, or `into`) and link it into the graph.

    `resolve=False` leaves the graph to the caller, which resolves the `graph_keys` of
    every document it saved at once (the batch ingest, a transaction at a time);
    `index` is `search_entry(ex)` when the caller computed it already; `original` is the
    hash of the file kept as received (service.originals), written before this commits."""
    doc = into or graph.stub_taken_over_by(session, ex) or Document()
    _fill_document(doc, ex, digest=digest, source=source, original=original)
    session.add(doc)
    session.flush()
    if into is None:  # a new letter (or a stub it fills): its number in the register, in this transaction
        enter_letter(session, doc.id)
    for table, rows in ((CitationRow, _citation_rows(doc.id, ex)), (TaskRow, _task_rows(doc.id, ex))):
        if rows:  # Core executemany on the table: no ORM object per row
            session.connection().execute(insert(table.__table__), rows)
    graph.save_links(session, doc.id, ex)
    if into is not None:
        search.unindex_document(session, doc.id)
    search.index_document(session, doc, index or search_entry(ex))
    if resolve:
        graph.resolve_numbers(session, graph_keys(ex, doc))
    return doc


def graph_keys(ex: Extraction, doc: Document) -> set[str]:
    """The number keys whose links a newly saved document changes: its own and those it cites."""
    keys = {number_key(c.number) for c in ex.citations if c.number}
    if doc.number_key:
        keys.add(doc.number_key)
    return keys
