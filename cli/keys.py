"""`vanban keys create|list|revoke`: the API keys that may read, write or administer."""
from __future__ import annotations

from typing import Annotated

import typer

from cli.app import app
from cli.messages import fail
from cli.options import DbOption, settings_or_exit
from corpus.db import session_scope
from service.auth import ROLES, access_summary, create_key, list_keys, revoke_key
from service.errors import NotFound

keys_app = typer.Typer(help="API keys with a role (read, write, admin): writes need one once any key was created.",
                       no_args_is_help=True)
app.add_typer(keys_app, name="keys")


@keys_app.command("create")
def create(name: Annotated[str, typer.Argument(help="Who or what uses the key, e.g. 'văn thư'")],
           role: Annotated[str, typer.Option(
               help=f"What the key may do: {', '.join(ROLES)} (admin: webhooks too)")] = "write",
           db: DbOption = None) -> None:
    """Create a key and print it once (only its hash is stored)."""
    if role not in ROLES:
        fail(f"no role {role!r}; use one of {', '.join(ROLES)}", 2)
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        row, key = create_key(session, name=name, role=role)
        typer.echo(f"created {role} key #{row.id} {row.prefix}… for {name!r}; keep it now, it is not shown again:",
                   err=True)
    typer.echo(key)


@keys_app.command("list")
def list_(db: DbOption = None) -> None:
    """Keys with their id, prefix, name and state."""
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        rows = list_keys(session)
        summary = access_summary(session, settings)
    for r in rows:
        state = f"revoked {r.revoked_at:%Y-%m-%d %H:%M}" if r.revoked_at else "active"
        typer.echo(f"#{r.id}  {r.prefix}…  {r.role}  {r.name}  created {r.created_at:%Y-%m-%d %H:%M}  {state}")
    typer.echo(summary)


@keys_app.command("revoke")
def revoke(ident: Annotated[str, typer.Argument(help="The key's id or prefix, as `vanban keys list` shows")],
           db: DbOption = None) -> None:
    """Revoke a key: writes made with it are refused from now on."""
    settings = settings_or_exit(db=db)
    try:
        with session_scope(settings.db) as session:
            row = revoke_key(session, ident=ident)
            typer.echo(f"revoked key #{row.id} {row.prefix}… ({row.name})")
    except NotFound as e:
        fail(e.reason)
