"""The unit of work a runner ships to a process or a Dask worker: bytes -> Extraction.

Runs anywhere `vanban` is installed; touches no database and no file. Besides the
extraction it computes what is costly and needs no database, so the single writer
does less: the search index row.
"""
from __future__ import annotations

import signal
from dataclasses import dataclass

from corpus.search import IndexEntry
from corpus.store import search_entry
from models.extraction import Extraction
from service.batch.report import Failure
from service.errors import BadDocument


@dataclass(frozen=True)
class WorkItem:
    label: str
    filename: str
    digest: str
    data: bytes


@dataclass(frozen=True)
class Outcome:
    label: str
    digest: str
    extraction: Extraction | None = None
    index: IndexEntry | None = None  # the extraction's search index row, folded here, not in the writer
    failure: Failure | None = None


def extract_item(item: WorkItem) -> Outcome:
    """Extract one document; its failure is a value, so one bad file never stops a batch."""
    from service.extract import extract_bytes  # the extractors: imported where extraction runs, not by the writer

    try:
        extraction = extract_bytes(item.data, item.filename)
    except BadDocument as e:
        return Outcome(item.label, item.digest, failure=Failure(item.label, "load", e.reason))
    except Exception as e:  # noqa: BLE001  (an extractor bug is reported against the file)
        return Outcome(item.label, item.digest, failure=Failure(item.label, "extract", f"{type(e).__name__}: {e}"))
    return Outcome(item.label, item.digest, extraction=extraction, index=search_entry(extraction))


def worker_died(item: WorkItem) -> Outcome:
    reason = "the worker died each time it extracted this file (crash, out of memory or killed)"
    return Outcome(item.label, item.digest, failure=Failure(item.label, "extract", reason))


def ignore_sigint() -> None:
    """Worker processes leave Ctrl-C to the parent, which stops the run cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
