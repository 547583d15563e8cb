"""`vanban stats`, `vanban delete`, `vanban reextract`, `vanban reindex`: count and change
the stored documents.

`vanban stats` loads this module alone (cli.app.STANDALONE): the other commands import
the extractors and the search index inside, where they run.
"""
from __future__ import annotations

import json
from typing import Annotated

import typer

from cli.app import app
from cli.messages import complain
from cli.options import DbOption, settings_or_exit
from corpus.db import session_scope
from service.errors import VanbanError


@app.command()
def stats(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Counts of stored documents, stubs, citations and tasks."""
    from service.stats import store_stats

    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        counts = store_stats(session)
    if as_json:
        typer.echo(json.dumps(counts))
    else:
        for k, v in counts.items():
            typer.echo(f"{k:<20} {v}")


@app.command()
def delete(doc_ids: Annotated[list[int], typer.Argument(help="Ids of stored documents")], db: DbOption = None) -> None:
    """Delete documents with their tasks and citations (a cited one stays as a stub)."""
    from service.lifecycle import delete_document
    from service.originals import open_originals

    settings = settings_or_exit(db=db)
    failures = 0
    for doc_id in doc_ids:
        try:
            with session_scope(settings.db) as session:
                gone = delete_document(session, doc_id, originals=open_originals(settings))
        except VanbanError as e:
            complain(e.reason)
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
    from service.lifecycle import reextract_document, stored_ids
    from service.originals import open_originals

    if bool(doc_ids) == every:
        complain("give document ids or --all (not both)")
        raise typer.Exit(2)
    settings = settings_or_exit(db=db)
    if every:
        with session_scope(settings.db) as session:
            doc_ids = stored_ids(session)
    failures = 0
    for doc_id in doc_ids or []:
        try:
            reextract_document(settings.db, doc_id, originals=open_originals(settings))
        except VanbanError as e:
            complain(e.reason)
            failures += 1
    typer.echo(f"re-extracted {len(doc_ids or []) - failures}, failed {failures}")
    if failures:
        raise typer.Exit(1)


@app.command()
def reindex(db: DbOption = None) -> None:
    """Rebuild the search index from the stored documents."""
    from corpus.search import reindex_all

    settings = settings_or_exit(db=db)
    with session_scope(settings.db) as session:
        count = reindex_all(session)
    typer.echo(f"indexed {count} documents")
