"""`vanban cited-by`, `vanban serve`, and the options other command modules share."""
from __future__ import annotations

import json
from typing import Annotated

import typer

from cli.app import app
from service.settings import SettingsError, load_settings

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: $VANBAN_DB or sqlite:///vanban.db)")]


def settings_or_exit(**overrides):
    try:
        return load_settings(**overrides)
    except SettingsError as e:
        typer.echo(f"vanban: {e}", err=True)
        raise typer.Exit(2) from None


@app.command("cited-by")
def cited_by(
    number: Annotated[str, typer.Argument(help="Số ký hiệu, e.g. 1313/UBND-TTHC")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """List the stored documents carrying NUMBER and the documents citing each."""
    from corpus.db import session_scope
    from corpus.graph import cited_by as cited_by_query

    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        result = cited_by_query(session, number)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if not result["targets"] and not result["ambiguous"]:
        typer.echo(f"no stored document carries or cites {number}")
        return
    for t in result["targets"]:
        kind = "stub (not stored)" if t["stub"] else f"#{t['id']} {t['source']}"
        typer.echo(f"{t['number']}  {t['issuer'] or '?'}  {t['issued_date'] or '?'}  [{kind}]")
        for c in t["cited_by"]:
            typer.echo(f"  <- #{c['id']} {c['number'] or '(no number)'}  {c['issuer'] or '?'}  ({c['relation']})  {c['source']}")
    for c in result["ambiguous"]:
        typer.echo(f"ambiguous: #{c['id']} {c['source']} cites {number}, which several stored documents carry")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str | None, typer.Option(help="Bind address (default 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000)")] = None,
    log_level: Annotated[str | None, typer.Option("--log-level")] = None,
) -> None:
    """Run the HTTP service (OpenAPI docs at /docs)."""
    import uvicorn

    from api.app import create_app

    settings = settings_or_exit(db=db, host=host, port=port, log_level=log_level)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level=settings.log_level.lower())
