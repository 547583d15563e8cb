"""`vanban tasks`: export stored tasks as JSON, CSV or iCalendar."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from cli.app import app
from cli.options import DbOption, settings_or_exit
from corpus.db import session_scope
from service.exports import CalendarKind, CsvSeparator, ExportFormat, render, service_base_url
from service.tasks import list_tasks

DateOpt = Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="YYYY-MM-DD, inclusive")]
FormatOpt = Annotated[ExportFormat, typer.Option("--format", help="json, csv (UTF-8 with BOM, for Excel) or ics")]
KindOpt = Annotated[CalendarKind, typer.Option("--calendar-kind", help="ics: todo (VTODO) or event (all-day VEVENT)")]
SepOpt = Annotated[CsvSeparator, typer.Option("--csv-sep", help="csv: semicolon for Excel under Vietnamese settings")]


@app.command()
def tasks(
    db: DbOption = None,
    assignee: Annotated[str | None, typer.Option(help="Part of an assignee's name, any case")] = None,
    due_before: DateOpt = None,
    due_after: DateOpt = None,
    document_id: Annotated[int | None, typer.Option("--document", help="Only this stored document's tasks")] = None,
    fmt: FormatOpt = ExportFormat.json,
    kind: KindOpt = CalendarKind.todo,
    sep: SepOpt = CsvSeparator.comma,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to FILE, not standard output")] = None,
) -> None:
    """Export stored tasks, earliest due first; links point to VANBAN_PUBLIC_URL (or HOST:PORT)."""
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        rows = list_tasks(session, assignee=assignee, due_before=due_before and due_before.date(),
                          due_after=due_after and due_after.date(), document_id=document_id, limit=1_000_000)
        data = render(fmt, rows, base_url=service_base_url(settings), calendar_kind=kind, csv_separator=sep)
    if output is None:
        typer.echo(data, nl=False)  # bytes: the BOM and CRLF rows of CSV reach the pipe as they are
    else:
        output.write_bytes(data)
        typer.echo(f"wrote {len(rows)} tasks to {output}", err=True)
