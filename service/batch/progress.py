"""Progress of an ingest: a rich bar on the terminal (files, files/s, ETA)."""
from __future__ import annotations

from typing import Protocol

from service.batch.report import IngestSummary


class ProgressSink(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, summary: IngestSummary) -> None: ...
    def stop(self, summary: IngestSummary) -> None: ...


class SilentProgress:
    def start(self, total: int) -> None:
        pass

    def advance(self, summary: IngestSummary) -> None:
        pass

    def stop(self, summary: IngestSummary) -> None:
        pass


class BarProgress:
    """A rich progress bar on standard error."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task) -> Text:
                return Text(f"{task.speed or 0:,.1f} files/s", style="progress.data.speed")

        self._progress = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), RateColumn(),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            TextColumn("{task.fields[failed]} failed"),
            console=Console(stderr=True), transient=False)
        self._task = None

    def start(self, total: int) -> None:
        self._progress.start()
        self._task = self._progress.add_task("ingest", total=total, failed=0)

    def advance(self, summary: IngestSummary) -> None:
        self._progress.update(self._task, advance=1, failed=len(summary.failures))

    def stop(self, summary: IngestSummary) -> None:
        self._progress.update(self._task, failed=len(summary.failures))
        self._progress.stop()
