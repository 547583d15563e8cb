"""Ingest files and folders into the store, one transaction per document."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpus.db import session_scope
from service.documents import store_bytes
from service.errors import VanbanError


@dataclass
class Failure:
    path: str
    reason: str


@dataclass
class IngestSummary:
    stored: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + len(self.failures)


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and every file under each folder (recursive, sorted)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def ingest_paths(db_url: str, paths: Iterable[Path]) -> IngestSummary:
    summary = IngestSummary()
    for path in iter_files(paths):
        try:
            data = path.read_bytes()
            with session_scope(db_url) as session:
                stored = store_bytes(session, data, str(path))
        except OSError as e:
            summary.failures.append(Failure(str(path), e.strerror or str(e)))
        except VanbanError as e:
            summary.failures.append(Failure(str(path), e.reason))
        else:
            if stored.created:
                summary.stored += 1
            else:
                summary.duplicates += 1
    return summary
