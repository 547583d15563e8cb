"""`vanban delete`, `vanban reextract`, `vanban reindex`: change what the store holds."""
from __future__ import annotations

from typing import Annotated

import typer

from corpus.db import session_scope
from corpus.search import reindex_all
from service.cli import app
from service.cli.store import DbOption, settings_or_exit
from service.errors import VanbanError
from service.lifecycle import delete_document, reextract_document, stored_ids
from service.originals import open_originals


def _fail(message: str) -> None:
    typer.echo(f"vanban: {message}", err=True)


@app.command()
def delete(doc_ids: Annotated[list[int], typer.Argument(help="Ids of stored documents")], db: DbOption = None) -> None:
    """Delete documents with their tasks and citations (a cited one stays as a stub)."""
    settings = settings_or_exit(db=db)
    failures = 0
    for doc_id in doc_ids:
        try:
            with session_scope(settings.db) as session:
                gone = delete_document(session, doc_id, originals=open_originals(settings))
        except VanbanError as e:
            _fail(e.reason)
            failures += 1
            continue
        typer.echo(f"deleted #{doc_id}" + (" (kept as a stub: other documents cite it)" if gone.stub else ""))
    if failures:
        raise typer.Exit(1)


@app.command()
def reextract(
    doc_ids: Annotated[list[int] | None, typer.Argument(help="Ids of stored documents")] = None,
    every: Annotated[bool, typer.Option("--all", help="Re-extract every stored document")] = False,
    db: DbOption = None,
) -> None:
    """Re-run extraction after an upgrade, over the kept original (else the stored text); in place."""
    if bool(doc_ids) == every:
        _fail("give document ids or --all (not both)")
        raise typer.Exit(2)
    settings = settings_or_exit(db=db)
    if every:
        with session_scope(settings.db) as session:
            doc_ids = stored_ids(session)
    failures = 0
    for doc_id in doc_ids or []:
        try:
            with session_scope(settings.db) as session:
                reextract_document(session, doc_id, originals=open_originals(settings))
        except VanbanError as e:
            _fail(e.reason)
            failures += 1
    typer.echo(f"re-extracted {len(doc_ids or []) - failures}, failed {failures}")
    if failures:
        raise typer.Exit(1)


@app.command()
def reindex(db: DbOption = None) -> None:
    """Rebuild the search index from the stored documents."""
    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        count = reindex_all(session)
    typer.echo(f"indexed {count} documents")
