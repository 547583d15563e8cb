"""The unit of work a runner ships to a process or a Dask worker: bytes -> Extraction.

Runs anywhere `vanban` is installed; touches no database and no file. Besides the
extraction it computes what is costly and needs no database, so the single writer
does less: the search index row.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpus.search import IndexEntry
from corpus.store import search_entry
from models.extraction import Extraction
from service.batch.report import Failure
from service.errors import BadDocument, OverLimit
from service.process_map import WORKER_DIED

if TYPE_CHECKING:
    from extractors.load.limits import Limits


@dataclass(frozen=True)
class WorkItem:
    label: str
    filename: str
    digest: str
    data: bytes
    limits: Limits | None = None  # the document's budget; None: extractors.load.limits.DEFAULT_LIMITS


@dataclass(frozen=True)
class Outcome:
    label: str
    digest: str
    extraction: Extraction | None = None
    index: IndexEntry | None = None  # the extraction's search index row, folded here, not in the writer
    failure: Failure | None = None


class _OverTime(BaseException):  # not an Exception: no loader's `except Exception` takes it for a corrupt file
    pass


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Stop the block with `_OverTime` after `seconds`, where a signal can reach it (the
    main thread of a worker process): the soft limit of a local ingest. Python code
    stops at once, a long call into C (a page render) when it returns; the server's
    pool (service.pool) kills its workers instead, which is the hard limit."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum, _frame):
        raise _OverTime()

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def over_time(item: WorkItem, seconds: float) -> Outcome:
    reason = OverLimit.of("seconds", f"still being read after {seconds:g} s, stopped").reason
    return Outcome(item.label, item.digest, failure=Failure(item.label, "load", reason))


def extract_item(item: WorkItem) -> Outcome:
    """Extract one document; its failure is a value, so one bad file never stops a batch."""
    from extractors.load.limits import DEFAULT_LIMITS  # the extractors: imported where extraction runs
    from service.extract import extract_bytes

    limits = item.limits or DEFAULT_LIMITS
    try:
        with time_budget(limits.seconds):
            extraction = extract_bytes(item.data, item.filename, limits)
    except _OverTime:
        return over_time(item, limits.seconds)
    except BadDocument as e:
        return Outcome(item.label, item.digest, failure=Failure(item.label, "load", e.reason))
    except Exception as e:  # noqa: BLE001  (an extractor bug is reported against the file)
        return Outcome(item.label, item.digest, failure=Failure(item.label, "extract", f"{type(e).__name__}: {e}"))
    return Outcome(item.label, item.digest, extraction=extraction, index=search_entry(extraction))


def worker_died(item: WorkItem) -> Outcome:
    return Outcome(item.label, item.digest, failure=Failure(item.label, "extract", WORKER_DIED))
