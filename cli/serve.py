"""`vanban serve`: the HTTP service."""
from __future__ import annotations

from typing import Annotated

import typer

from cli.app import app
from cli.options import DbOption, settings_or_exit


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
    from corpus.db import read_scope
    from service.auth import access_summary

    settings = settings_or_exit(db=db, host=host, port=port, log_level=log_level)
    app = create_app(settings)
    with read_scope(settings.db) as session:
        typer.echo(f"vanban: serving http://{settings.host}:{settings.port}: {access_summary(session, settings)}",
                   err=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=settings.log_level.lower())
