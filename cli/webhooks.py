"""`vanban webhooks add|list|remove|deliver`: POST new and changed tasks to registered URLs."""
from __future__ import annotations

import json
from typing import Annotated

import typer

from cli.app import app
from cli.messages import fail
from cli.options import DbOption, settings_or_exit
from corpus.db import session_scope
from service.errors import VanbanError
from service.exports import service_base_url
from service.webhooks import (
    add_endpoint,
    deliver_due,
    delivery_counts,
    endpoint_view,
    list_endpoints,
    remove_endpoint,
    retry_policy,
)

webhooks = typer.Typer(help="POST new and changed tasks (tasks.created, tasks.updated) as signed JSON to "
                                "registered URLs.", no_args_is_help=True)
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
            endpoint = add_endpoint(session, url=url, secret=secret, allow_private=settings.webhook_allow_private)
            view = endpoint_view(endpoint, with_secret=True)
    except VanbanError as e:
        fail(e.reason, 2)
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
        fail(e.reason)
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
                         include_waiting=now, allow_private=settings.webhook_allow_private)
    queued = " (still queued, retried with backoff)" if report.failed else ""
    typer.echo(f"delivered {report.delivered}, failed {report.failed}{queued}")
    if report.failed:
        raise typer.Exit(1)
