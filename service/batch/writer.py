"""The single writer of a batch ingest: extractions -> the store, a batch per transaction.

Each committed batch is a resume point. A file becomes a document unless its
content hash is already stored, or a stored document has the same issuer, number
and year (the same letter scanned twice, or sent as PDF and DOCX): then the file
is recorded as a duplicate of that document. Every file written is entered in the
`source_file` ledger, so a resumed run skips it without extracting it again.

Citations are linked (corpus.graph) once for many batches, not per document: the
number keys a batch touches are queued in `graph_pending` in its transaction and
resolved together every minute and at the end of the run. A law cited by every
letter is then re-resolved a few times per run instead of once per letter, and an
interrupted run leaves its keys queued for the next one.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import delete, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from corpus import graph
from corpus.db import get_engine, writer_lock
from corpus.identity import body_key, number_key
from corpus.store import document_year, find_by_hash, graph_keys, save_extraction
from models.extraction import Extraction
from models.tables import Document, GraphPending, SourceFile
from service.batch.report import Duplicate, Failure, IngestSummary
from service.batch.work import Outcome
from service.originals import Originals
from service.webhooks import endpoint_ids, enqueue_document_tasks


@dataclass(frozen=True)
class Identity:
    issuer_key: str
    number_key: str
    year: int


def identity(ex: Extraction) -> Identity | None:
    """(issuer, number, year) when all three are known, keyed as `Document` stores them."""
    issuer = body_key(ex.issuer)
    number, year = number_key(ex.number), document_year(ex)
    return Identity(issuer, number, year) if issuer and number and year else None


def known_hashes(session: Session) -> set[str]:
    """Content hashes a run need not extract: stored documents and the files they came from."""
    stored = session.exec(select(Document.content_hash).where(Document.content_hash.is_not(None))).all()
    ledger = session.exec(select(SourceFile.content_hash).join(Document)
                          .where(Document.stub == False)).all()  # noqa: E712
    return set(stored) | set(ledger)


def _same_letter(session: Session, ident: Identity) -> tuple[int, str | None] | None:
    """(id, source) of the stored document that is the same letter, if any."""
    row = session.exec(select(Document.id, Document.source).where(
        Document.stub == False, Document.number_key == ident.number_key,  # noqa: E712
        Document.year == ident.year, Document.issuer_key == ident.issuer_key)).first()
    return (row[0], row[1]) if row else None


def _source_file(session: Session, outcome: Outcome, document_id: int, kind: str = "stored") -> None:
    session.connection().execute(insert(SourceFile.__table__), {
        "content_hash": outcome.digest, "document_id": document_id, "source": outcome.label, "outcome": kind})


def _write(session: Session, outcome: Outcome, keys: set[str], endpoints: list[int],
           original: str | None) -> Duplicate | None:
    """Store one outcome; the number keys its document touches are added to `keys`,
    for the caller to queue for linking. `endpoints`: the webhook endpoints to notify;
    `original`: the hash of its kept file, if kept."""
    ex = outcome.extraction
    assert ex is not None
    ident = identity(ex)
    twin = _same_letter(session, ident) if ident else None
    if twin is not None:
        twin_id, twin_source = twin
        _source_file(session, outcome, twin_id, "duplicate")
        return Duplicate(outcome.label, twin_source or "", "same issuer, number and year")
    doc = save_extraction(session, ex, digest=outcome.digest, source=outcome.label, resolve=False,
                          index=outcome.index, original=original)
    keys |= graph_keys(ex, doc)
    enqueue_document_tasks(session, doc, endpoints)  # webhooks: queued in this batch's transaction
    _source_file(session, outcome, doc.id)
    return None


def _queue_keys(session: Session, keys: set[str]) -> None:
    queued = set(session.exec(select(GraphPending.number_key).where(col(GraphPending.number_key).in_(keys))))
    new = [{"number_key": k} for k in sorted(keys - queued)]
    if new:
        session.execute(insert(GraphPending), new)


def resolve_pending(session: Session, *, chunk: int = 256) -> int:
    """Resolve up to `chunk` queued number keys and dequeue them; how many were resolved."""
    keys = list(session.exec(select(GraphPending.number_key).order_by(GraphPending.number_key).limit(chunk)))
    graph.resolve_numbers(session, keys)
    session.execute(delete(GraphPending).where(col(GraphPending.number_key).in_(keys)))
    return len(keys)


class StoreWriter:
    def __init__(self, db_url: str, summary: IngestSummary, *, batch_size: int, max_seconds: float = 2.0,
                 resolve_seconds: float = 60.0, originals: Originals | None = None):
        self.engine = get_engine(db_url)
        self.originals = originals
        self.lock = writer_lock(db_url)  # a server's uploads write between this writer's transactions
        self.summary = summary
        self.batch_size = batch_size
        self.max_seconds = max_seconds
        self.resolve_seconds = resolve_seconds
        self._pending: list[Outcome] = []
        self._last_commit = self._last_resolve = time.monotonic()

    def known_hashes(self) -> set[str]:
        with Session(self.engine) as session:
            return known_hashes(session)

    def add(self, outcome: Outcome) -> None:
        self._pending.append(outcome)
        if len(self._pending) >= self.batch_size or time.monotonic() - self._last_commit >= self.max_seconds:
            self.flush()

    def flush(self) -> None:
        batch, self._pending = self._pending, []
        self._last_commit = time.monotonic()
        if not batch:
            return
        try:
            with self.lock, Session(self.engine, expire_on_commit=False) as session:
                keys: set[str] = set()
                endpoints = endpoint_ids(session)
                results = [_write(session, o, keys, endpoints, self._original(o)) for o in batch]
                _queue_keys(session, keys)
                session.commit()
        except Exception:  # noqa: BLE001  (one bad row: retry the batch a document at a time)
            results = [self._write_alone(o) for o in batch]
        for outcome, result in zip(batch, results):
            self._record(outcome, result)
        if time.monotonic() - self._last_resolve >= self.resolve_seconds:
            self.resolve()

    def resolve(self) -> None:
        """Link every queued number key (this run's and an interrupted run's)."""
        while True:
            with self.lock, Session(self.engine) as session:
                done = resolve_pending(session)
                session.commit()
            if not done:
                break
        self._last_resolve = time.monotonic()

    def _write_alone(self, outcome: Outcome) -> Duplicate | Failure | None:
        try:
            with self.lock, Session(self.engine, expire_on_commit=False) as session:
                keys: set[str] = set()
                result = _write(session, outcome, keys, endpoint_ids(session), self._original(outcome))
                _queue_keys(session, keys)
                session.commit()
                return result
        except IntegrityError as e:
            with Session(self.engine) as session:
                twin = find_by_hash(session, outcome.digest)
            if twin is not None:  # another writer stored the same bytes meanwhile
                return Duplicate(outcome.label, twin.source or "", "same content")
            return Failure(outcome.label, "store", f"database refused it: {e.orig}")
        except Exception as e:  # noqa: BLE001
            return Failure(outcome.label, "store", f"{type(e).__name__}: {e}")

    def _original(self, outcome: Outcome) -> str | None:
        return outcome.digest if self.originals is not None else None

    def discard_original(self, digest: str) -> None:
        """Remove the kept file of a file that did not become a document."""
        if self.originals is not None:
            with Session(self.engine) as session:
                self.originals.remove_if_unused(session, digest)

    def _record(self, outcome: Outcome, result: Duplicate | Failure | None) -> None:
        if result is not None:
            self.discard_original(outcome.digest)
        if result is None:
            self.summary.stored += 1
        elif isinstance(result, Duplicate):
            self.summary.duplicates += 1
            self.summary.duplicate_files.append(result)
        else:
            self.summary.failures.append(result)
