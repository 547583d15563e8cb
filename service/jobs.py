"""Ingest jobs for the API: an uploaded zip archive (or a file too large to answer
at once) is stored in the database with its job, a background thread runs the
batch ingest over it in the server's shared pool, and the job's progress and
report live in the database, so a restarted server picks the job up again and
the resumed run skips what was already stored.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import re
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePath, PurePosixPath
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from corpus.db import read_scope, write_scope
from models.tables import IngestJob, IngestUpload
from service.batch.report import IngestSummary
from service.batch.sources import ArchiveLimits
from service.errors import BadDocument, NotFound
from service.ingest import Runner, ingest
from service.originals import Originals

if TYPE_CHECKING:
    from extractors.load.limits import Limits

log = logging.getLogger(__name__)

# queued: waiting (also after a restart interrupted it); running; done; failed: the
# archive itself could not be processed (see `error`).
OPEN_STATES = ("queued", "running")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


MAX_FILES = 1000  # in one job of several files


def submit_job(db_url: str, *, filename: str, data: bytes, packed: bool = False) -> IngestJob:
    """Queue a file (a zip archive: its members; `packed`: the files submit_files packed)
    for ingest, committed before this returns so that a worker sees it and the answer can
    point at it."""
    with write_scope(db_url) as session:
        job = IngestJob(filename=filename, packed=packed)
        session.add(job)
        session.flush()
        session.add(IngestUpload(job_id=job.id, data=data))
    return job


def _unique_names(names: list[str]) -> list[str]:
    """Base names only (no folders from the client), a repeated name numbered: a.txt, a (2).txt."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        base = PurePosixPath(name.replace("\\", "/")).name.strip() or "upload"
        count = seen[base.lower()] = seen.get(base.lower(), 0) + 1
        if count > 1:
            stem, dot, suffix = base.rpartition(".")
            base = f"{stem} ({count}).{suffix}" if dot and stem else f"{base} ({count})"
        out.append(base)
    return out


def submit_files(db_url: str, files: list[tuple[str, bytes]]) -> IngestJob:
    """Queue several files (documents and zip archives) as one job: a single file is queued as
    it is; several are packed, uncompressed, into one archive that the job unpacks."""
    if not files:
        raise BadDocument("no file sent")
    if len(files) > MAX_FILES:
        raise BadDocument(f"{len(files)} files in one job: at most {MAX_FILES}")
    for name, data in files:
        if name.lower().endswith(".zip") and not zipfile.is_zipfile(io.BytesIO(data)):
            raise BadDocument(f"{name}: not a zip archive")
    if len(files) == 1:
        return submit_job(db_url, filename=files[0][0], data=files[0][1])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, (_, data) in zip(_unique_names([n for n, _ in files]), files, strict=True):
            zf.writestr(name, data)
    return submit_job(db_url, filename=f"{len(files)} files", data=buf.getvalue(), packed=True)


def _job_sources(folder: Path, data: bytes, filename: str, packed: bool) -> tuple[list[Path], dict[Path, str]]:
    """Write the job's upload into `folder`: the archive itself, or (packed) each file sent,
    with the labels reports use (the names sent, never the server's paths)."""
    if not packed:
        path = folder / _spool_name(filename)
        path.write_bytes(data)
        return [path], {path: filename}
    paths, labels = [], {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:  # written by submit_files: base names, stored
        for i, info in enumerate(zf.infolist()):
            path = folder / f"{i:04d}{PurePosixPath(info.filename).suffix.lower()}"
            path.write_bytes(zf.read(info))
            paths.append(path)
            labels[path] = PurePosixPath(info.filename).name
    return paths, labels


def get_job(session: Session, job_id: int) -> IngestJob:
    job = session.get(IngestJob, job_id)
    if job is None:
        raise NotFound(f"no ingest job with id {job_id}")
    return job


def job_view(job: IngestJob) -> dict:
    return {
        "id": job.id, "filename": job.filename, "status": job.status, "runs": job.runs,
        "total": job.total, "processed": job.processed,
        "percent": round(100 * job.processed / job.total, 1) if job.total else (100.0 if job.status == "done" else 0.0),
        "stored": job.stored, "duplicates": job.duplicates, "already": job.already, "failed": job.failed,
        "error": job.error,
        "created_at": job.created_at.isoformat(), "updated_at": job.updated_at.isoformat(),
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
    }


def job_report(job: IngestJob) -> dict:
    """The job's summary and every failure (file, stage, reason)."""
    return {"job": job_view(job), "failures": job.failures}


def _copy_counts(job: IngestJob, summary: IngestSummary, processed: int) -> None:
    job.total, job.processed = summary.files, processed
    job.stored, job.duplicates, job.already = summary.stored, summary.duplicates, summary.already
    job.failed = len(summary.failures)
    job.failures = [dataclasses.asdict(f) for f in summary.failures]
    job.updated_at = _now()


class JobProgress:
    """Writes a running job's counts to its row, at most every `every` seconds."""

    def __init__(self, db_url: str, job_id: int, *, every: float = 0.5):
        self.db_url, self.job_id, self.every = db_url, job_id, every
        self.processed = 0
        self._last = 0.0

    def start(self, total: int) -> None:
        with write_scope(self.db_url) as session:
            job = get_job(session, self.job_id)
            job.total = total

    def advance(self, summary: IngestSummary) -> None:
        self.processed += 1
        if time.monotonic() - self._last >= self.every:
            self._last = time.monotonic()
            with write_scope(self.db_url) as session:
                _copy_counts(get_job(session, self.job_id), summary, self.processed)

    def stop(self, summary: IngestSummary) -> None:
        pass


def _spool_name(filename: str) -> str:
    """The name the job's file gets on disk, in its own temporary folder: the uploaded
    name's last part, letters, digits, spaces, dots and dashes kept (its suffix picks the
    format, and reasons name it), nothing that could leave the folder or hide the file."""
    name = re.sub(r"[^\w .\-]", "_", PurePath(filename.replace("\\", "/")).name)[-120:].lstrip(".")
    return name or "upload"


def run_job(db_url: str, job_id: int, *, runner: Runner, limits: ArchiveLimits, doc_limits: Limits | None = None,
            should_stop: Callable[[], bool] = lambda: False, originals: Originals | None = None) -> IngestSummary:
    """Run (or resume) one job to its end, or until `should_stop()`; the job stays
    queued when stopped, to be resumed."""
    with write_scope(db_url) as session:
        job = get_job(session, job_id)
        job.status, job.runs, job.error, job.updated_at = "running", job.runs + 1, None, _now()
        upload = session.get(IngestUpload, job_id)
        data, filename, packed = (upload.data if upload else None), job.filename, job.packed
    if data is None:
        raise NotFound(f"ingest job {job_id} has no archive left to read")
    progress = JobProgress(db_url, job_id)
    with tempfile.TemporaryDirectory(prefix="vanban-job-") as tmp:
        paths, labels = _job_sources(Path(tmp), data, filename, packed)
        del data
        summary = ingest(db_url, paths, runner=runner, limits=limits, doc_limits=doc_limits, progress=progress,
                         labels=labels, should_stop=should_stop, originals=originals)
    with write_scope(db_url) as session:
        job = get_job(session, job_id)
        _copy_counts(job, summary, summary.processed)
        if summary.interrupted:
            job.status = "queued"
        else:
            job.status, job.finished_at = "done", _now()
            upload = session.get(IngestUpload, job_id)
            if upload is not None:
                session.delete(upload)
    return summary


def _fail_job(db_url: str, job_id: int, reason: str) -> None:
    with write_scope(db_url) as session:
        job = get_job(session, job_id)
        job.status, job.error, job.updated_at, job.finished_at = "failed", reason, _now(), _now()


def next_open_job(db_url: str) -> int | None:
    with read_scope(db_url) as session:
        return session.exec(select(IngestJob.id).where(IngestJob.status.in_(OPEN_STATES))
                            .order_by(IngestJob.id)).first()


class JobWorker:
    """Runs open jobs one after the other on a daemon thread, oldest first; a job left
    `running` by a stopped or crashed server is simply run again."""

    def __init__(self, db_url: str, *, runner: Runner, limits: ArchiveLimits, doc_limits: Limits | None = None,
                 poll: float = 2.0, originals: Originals | None = None):
        self.db_url, self.runner, self.limits, self.doc_limits, self.poll = db_url, runner, limits, doc_limits, poll
        self.originals = originals
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="vanban-ingest-jobs", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(30)

    def _run(self) -> None:
        while not self._stop.is_set():
            job_id = None
            try:
                job_id = next_open_job(self.db_url)
                if job_id is not None:
                    run_job(self.db_url, job_id, runner=self.runner, limits=self.limits,
                            doc_limits=self.doc_limits, should_stop=self._stop.is_set, originals=self.originals)
                    continue
            except Exception as e:  # the thread outlives one bad job or a database outage
                log.exception("ingest job %s failed", job_id)
                if job_id is not None:
                    self._mark_failed(job_id, e)
            self._wake.wait(self.poll)
            self._wake.clear()

    def _mark_failed(self, job_id: int, error: Exception) -> None:
        try:
            _fail_job(self.db_url, job_id, f"{type(error).__name__}: {error}")
        except Exception:
            log.exception("could not mark ingest job %s as failed", job_id)
