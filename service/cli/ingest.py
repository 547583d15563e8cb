"""`vanban ingest` (files, folders, zips; local processes or Dask) and `vanban stats`."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer

from service.cli import app
from service.cli.store import DbOption, settings_or_exit

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
    from service.batch.sources import ArchiveLimits
    from service.ingest import ingest as run_ingest
    from service.originals import open_originals

    settings = settings_or_exit(db=db)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        typer.echo(f"vanban: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    n = workers or os.cpu_count() or 1
    if dask:
        from service.batch.dask_runner import DaskRunner
        runner = DaskRunner(dask, workers=n)
    else:
        from service.batch.local import ProcessRunner
        runner = ProcessRunner(n)
    summary = run_ingest(settings.db, paths, runner=runner,
                         limits=ArchiveLimits(member_bytes=settings.max_upload_bytes),
                         progress=BarProgress() if progress else SilentProgress(), commit_every=commit_every,
                         originals=open_originals(settings))
    if report:
        write_report(summary, report)
    else:
        for f in summary.failures[:SHOWN_FAILURES]:
            typer.echo(f"vanban: {f.file}: {f.stage}: {f.reason}", err=True)
        if len(summary.failures) > SHOWN_FAILURES:
            typer.echo(f"vanban: ... and {len(summary.failures) - SHOWN_FAILURES} more; --report FILE lists them all",
                       err=True)
    typer.echo(json.dumps(summary.counts()) if as_json else summary.line())
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if summary.failures:
        raise typer.Exit(1)


@app.command()
def stats(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Counts of stored documents, stubs, citations and tasks."""
    from corpus.db import session_scope
    from service.stats import store_stats

    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        counts = store_stats(session)
    if as_json:
        typer.echo(json.dumps(counts))
    else:
        for k, v in counts.items():
            typer.echo(f"{k:<20} {v}")
