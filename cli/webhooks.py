"""`vanban tasks` (export stored tasks) and `vanban webhooks add|list|remove|deliver`."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer

from cli.app import app
from cli.serve import DbOption, settings_or_exit
from corpus.db import session_scope
from service.errors import VanbanError
from service.exports import CalendarKind, CsvSeparator, ExportFormat, render, service_base_url
from service.tasks import list_tasks
from service.webhooks import (
    add_endpoint,
    deliver_due,
    delivery_counts,
    endpoint_view,
    list_endpoints,
    remove_endpoint,
    retry_policy,
)

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


webhooks = typer.Typer(help="POST new tasks as signed JSON to registered URLs.", no_args_is_help=True)
app.add_typer(webhooks, name="webhooks")


@webhooks.command("add")
def webhooks_add(
    url: Annotated[str, typer.Argument(help="http(s) URL receiving a POST per stored document with tasks")],
    secret: Annotated[str | None, typer.Option(help="HMAC-SHA256 key (default: generated and printed once)")] = None,
    db: DbOption = None,
) -> None:
    """Register URL; prints its id and secret."""
    settings = settings_or_exit(db=db)
    try:
        with session_scope(settings.db) as session:
            view = endpoint_view(add_endpoint(session, url=url, secret=secret), with_secret=True)
    except VanbanError as e:
        typer.echo(f"vanban: {e.reason}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"webhook {view['id']}: {view['url']}\nsecret: {view['secret']}")


@webhooks.command("list")
def webhooks_list(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Registered webhooks with their pending and delivered counts."""
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        counts = delivery_counts(session)
        views = [endpoint_view(e, counts=counts.get(e.id)) for e in list_endpoints(session)]
    if as_json:
        typer.echo(json.dumps(views, ensure_ascii=False))
        return
    for v in views:
        typer.echo(f"{v['id']:>4}  {v['url']}  pending {v['pending']}, delivered {v['delivered']}")


@webhooks.command("remove")
def webhooks_remove(webhook_id: Annotated[int, typer.Argument(help="Id from `vanban webhooks list`")],
                    db: DbOption = None) -> None:
    """Unregister a webhook; its undelivered deliveries are dropped."""
    settings = settings_or_exit(db=db)
    try:
        with session_scope(settings.db) as session:
            remove_endpoint(session, webhook_id)
    except VanbanError as e:
        typer.echo(f"vanban: {e.reason}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"removed webhook {webhook_id}")


@webhooks.command("deliver")
def webhooks_deliver(
    db: DbOption = None,
    now: Annotated[bool, typer.Option("--now", help="Also retry deliveries still waiting out their backoff")] = False,
) -> None:
    """Post the due deliveries once (what `vanban serve` does every VANBAN_WEBHOOK_POLL_SECONDS).
    Exits 1 when some failed; they stay queued for the next run."""
    settings = settings_or_exit(db=db)
    report = deliver_due(settings.db, base_url=service_base_url(settings), policy=retry_policy(settings),
                         include_waiting=now)
    queued = " (still queued, retried with backoff)" if report.failed else ""
    typer.echo(f"delivered {report.delivered}, failed {report.failed}{queued}")
    if report.failed:
        raise typer.Exit(1)
