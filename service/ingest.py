"""Ingest files, folders and zip archives into the store: fast, resumable, nothing lost.

The calling process lists the sources, reads and hashes each file, skips what an
earlier run stored, ships the rest to a runner (local processes or Dask) and
writes the results as they come back, a batch per transaction. Stopping at any
point loses at most the batch being written; running again resumes.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from corpus.store import content_hash
from service.batch.progress import ProgressSink, SilentProgress
from service.batch.report import Duplicate, IngestSummary
from service.batch.sources import ArchiveLimits, SourceError, SourceReader, find_sources
from service.batch.work import Outcome, WorkItem
from service.batch.writer import StoreWriter
from service.originals import Originals

if TYPE_CHECKING:
    from extractors.load.limits import Limits


# Documents per transaction: small enough that the writer keeps pace with the workers
# (a batch is written while they extract the next) and a crash loses little; the
# graph is linked once per run, not per transaction (service.batch.writer).
COMMIT_EVERY = 32


class Runner(Protocol):
    def run(self, items: Iterator[WorkItem]) -> Iterator[Outcome]: ...


def ingest(db_url: str, paths: Iterable[Path], *, runner: Runner,
           limits: ArchiveLimits = ArchiveLimits(), doc_limits: Limits | None = None,
           progress: ProgressSink | None = None,
           labels: dict[Path, str] | None = None, should_stop: Callable[[], bool] = lambda: False,
           commit_every: int = COMMIT_EVERY, originals: Originals | None = None) -> IngestSummary:
    """Store every document under `paths`, committing every `commit_every` documents
    (or 2 seconds), and link their citations; `doc_limits` is each document's budget
    (extractors.load.limits; None: its defaults). KeyboardInterrupt or `should_stop` ends
    the run early with what was done committed and `summary.interrupted` set.
    Each file sent to extraction is kept in `originals` first; the writer removes
    those that did not become a document."""
    progress = progress or SilentProgress()
    summary = IngestSummary()
    started = time.monotonic()
    refs = list(find_sources(paths, limits, summary.failures, labels))
    summary.files = len(refs) + len(summary.failures)
    writer = StoreWriter(db_url, summary, batch_size=commit_every, originals=originals)
    known = writer.known_hashes()
    first_source: dict[str, str] = {}  # hash -> label, for files repeated within this run
    reader = SourceReader(limits)
    progress.start(summary.files)
    for _ in summary.failures:
        progress.advance(summary)

    def work() -> Iterator[WorkItem]:
        for ref in refs:
            if should_stop():
                summary.interrupted = True
                return
            try:
                data = reader.read(ref)
            except SourceError as e:
                summary.failures.append(e.failure)
                progress.advance(summary)
                continue
            digest = content_hash(data)
            if digest in known:
                summary.already += 1
                progress.advance(summary)
            elif digest in first_source:
                summary.duplicates += 1
                summary.duplicate_files.append(Duplicate(ref.label, first_source[digest], "same content"))
                progress.advance(summary)
            else:
                first_source[digest] = ref.label
                if originals is not None:
                    originals.keep(data, digest)
                yield WorkItem(ref.label, ref.filename, digest, data, doc_limits)

    try:
        try:
            for outcome in runner.run(work()):
                if outcome.failure is not None:
                    summary.failures.append(outcome.failure)
                    writer.discard_original(outcome.digest)
                else:
                    writer.add(outcome)
                progress.advance(summary)
                if should_stop():  # an interrupt whose KeyboardInterrupt was lost (raised in a finaliser)
                    summary.interrupted = True
                    break
        except KeyboardInterrupt:
            summary.interrupted = True
        writer.flush()
        if not summary.interrupted:
            writer.resolve()  # an interrupted run leaves its citations queued for the next
    finally:
        reader.close()
        summary.seconds = time.monotonic() - started
        progress.stop(summary)
    return summary
