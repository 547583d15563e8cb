"""The `vanban` command's Typer app. Each command module registers its commands on `app`."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import typer

app = typer.Typer(
    name="vanban",
    help="Read Vietnamese official documents into data: header, citations, tasks.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _group() -> None:
    # Nothing to do: a callback keeps `vanban` a group of commands, with the command's
    # name on the line, when it loads a module that registers one command only.
    pass


# The modules that register commands, in the order of `vanban --help`.
COMMAND_MODULES = ("extract", "serve", "tasks", "webhooks", "ingest", "keys", "documents", "graph")
# Commands that need none of the others' modules: when the program run is `vanban`
# itself, they import their own module only. `vanban extract` then starts without the
# database, export and web stacks (half a second on each call over a folder of files),
# `vanban ingest` without the extractors, which only its workers run, and `vanban stats`
# without them either.
STANDALONE = {"extract": "extract", "text": "extract", "annotate": "extract", "ingest": "ingest", "stats": "documents"}


def _command_modules(argv: list[str]) -> tuple[str, ...]:
    program = Path(argv[0]).name if argv else ""
    run_as_vanban = program == "vanban" or Path(argv[0]).parts[-2:] == ("cli", "__main__.py")
    if run_as_vanban and len(argv) > 1 and argv[1] in STANDALONE:
        return (STANDALONE[argv[1]],)
    return COMMAND_MODULES


for _name in _command_modules(sys.argv):
    importlib.import_module(f"cli.{_name}")


def main() -> None:
    app()
