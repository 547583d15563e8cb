"""`vanban ingest`: files, folders and zips into the store, on local processes or Dask."""
from __future__ import annotations

import json
import os
import signal
import threading
from pathlib import Path
from typing import Annotated

import typer

from cli.app import app
from cli.messages import complain, fail
from cli.options import DbOption, settings_or_exit

EXIT_INTERRUPTED = 130
SHOWN_FAILURES = 20  # on standard error without --report


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files, folders (recursive) and .zip archives")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Extraction processes (default: all cores)")] = None,
    dask: Annotated[str | None, typer.Option("--dask", metavar="ADDRESS",
                                             help="Extract on a Dask cluster: tcp://scheduler:8786, or 'local'")] = None,
    report: Annotated[Path | None, typer.Option("--report", help="Write failures to this .csv, or everything to a .json")] = None,
    commit_every: Annotated[int, typer.Option("--commit-every", min=1,
                                              help="Documents per transaction (a crash loses at most these)")] = 32,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on standard error")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON")] = False,
) -> None:
    """Store documents: resumable (run it again after an interrupt), duplicates stored once."""
    from service.batch.progress import BarProgress, SilentProgress
    from service.batch.report import write_report
    from service.ingest import ingest as run_ingest
    from service.originals import open_originals

    settings = settings_or_exit(db=db)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}", 2)
    n = workers or os.cpu_count() or 1
    if dask:
        from service.batch.dask_runner import DaskRunner
        runner = DaskRunner(dask, workers=n)
    else:
        from service.batch.local import ProcessRunner
        runner = ProcessRunner(n)
    interrupted = threading.Event()

    def on_interrupt(_signum, _frame) -> None:
        """Ctrl-C: stop now (KeyboardInterrupt), and stop at the next file should that
        exception land in a finaliser, where Python drops it."""
        interrupted.set()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_interrupt)
    summary = run_ingest(settings.db, paths, runner=runner, should_stop=interrupted.is_set,
                         limits=settings.archive_limits(), doc_limits=settings.limits(),
                         progress=BarProgress() if progress else SilentProgress(), commit_every=commit_every,
                         originals=open_originals(settings))
    if report:
        write_report(summary, report)
    else:
        for f in summary.failures[:SHOWN_FAILURES]:
            complain(f"{f.file}: {f.stage}: {f.reason}")
        if len(summary.failures) > SHOWN_FAILURES:
            complain(f"... and {len(summary.failures) - SHOWN_FAILURES} more; --report FILE lists them all")
    typer.echo(json.dumps(summary.counts()) if as_json else summary.line())
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if summary.failures:
        raise typer.Exit(1)
