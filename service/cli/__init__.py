"""The `vanban` command. Each sub-module registers its commands on `app`."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="vanban",
    help="Read Vietnamese official documents into data: header, citations, tasks.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

from service.cli import extract as _extract  # noqa: E402,F401  (registers commands)
from service.cli import store as _store  # noqa: E402,F401
from service.cli import tasks as _tasks  # noqa: E402,F401
from service.cli import ingest as _ingest  # noqa: E402,F401
from service.cli import keys as _keys, manage as _manage  # noqa: E402,F401
from service.cli import graph as _graph  # noqa: E402,F401


def main() -> None:
    app()
