"""One upload, from its bytes to an answer: a stored document (new or already
stored) or, for a large file, an ingest job to poll.

The work happens in this order, so that the answer keeps its word and no lock is
held across slow work: the content hash is looked up (a read); the file is read
and extracted in the shared pool of worker processes (service.pool), within the
document's budget; the file is kept as received (service.originals); the result is
stored in one short write transaction, which is committed before this returns. An
upload the pool has no room for is refused with Busy (503, Retry-After), and one over
a budget with OverLimit (413/422).
"""
from __future__ import annotations

from dataclasses import dataclass

from corpus.db import read_scope, write_scope
from corpus.store import content_hash, find_by_hash
from extractors.load.limits import Limits
from models.extraction import Extraction
from models.tables import IngestJob
from service.documents import document_view, store_extraction
from service.errors import BadDocument, OverLimit, VanbanError
from service.extract import read_upload
from service.jobs import submit_job
from service.originals import open_originals
from service.pool import ExtractionPool, OverTime, WorkerDied
from service.settings import Settings


@dataclass(frozen=True)
class StoredUpload:
    view: dict  # the document with its tasks, as GET /api/documents/{id} shows it
    created: bool  # False: the same bytes were stored before


@dataclass(frozen=True)
class QueuedUpload:
    job: IngestJob  # the file is ingested as this job (over VANBAN_JOB_ABOVE_MB)


def extract_in_pool(pool: ExtractionPool, data: bytes, filename: str, limits: Limits) -> Extraction:
    """The extraction of one upload, read in a worker of `pool`; refusals are raised."""
    try:
        result = pool.run(read_upload, data, filename, limits)
    except OverTime:
        raise OverLimit.of("seconds", f"{filename}: still being read after {limits.seconds:g} s, stopped") from None
    except WorkerDied:
        raise BadDocument(f"{filename}: the process reading it died (crash or out of memory)") from None
    if isinstance(result, VanbanError):
        raise result
    return result


def receive_upload(settings: Settings, pool: ExtractionPool, data: bytes, filename: str) -> StoredUpload | QueuedUpload:
    """Store one uploaded file, or queue it as a job when it is large."""
    if len(data) > settings.job_above_bytes:
        return QueuedUpload(submit_job(settings.db, filename=filename, data=data))
    digest = content_hash(data)
    with read_scope(settings.db) as session:
        existing = find_by_hash(session, digest)
        if existing is not None:
            return StoredUpload(document_view(session, existing), created=False)
    extraction = extract_in_pool(pool, data, filename, settings.limits())
    originals = open_originals(settings)
    kept = originals.keep(data, digest) if originals else None  # the file first: a stored row always has it
    with write_scope(settings.db) as session:  # committed when the block ends, before the answer
        stored = store_extraction(session, extraction, digest=digest, source=filename, original=kept)
        view = document_view(session, stored.document)
    return StoredUpload(view, stored.created)
