"""How every command speaks on stderr: `vanban: MESSAGE`, and the exit that follows an error."""
from __future__ import annotations

from typing import NoReturn

import typer


def complain(message: str) -> None:
    """An error or warning the command goes on after."""
    typer.echo(f"vanban: {message}", err=True)


def fail(message: str, code: int = 1) -> NoReturn:
    """An error that ends the command with `code` (1: the input failed, 2: the call was wrong)."""
    complain(message)
    raise typer.Exit(code)
