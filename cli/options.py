"""What the command modules share: the `--db` option, and the settings or exit 2."""
from __future__ import annotations

from typing import Annotated

import typer

from cli.messages import fail
from service.settings import SettingsError, load_settings

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: $VANBAN_DB or sqlite:///vanban.db)")]


def settings_or_exit(**overrides):
    try:
        return load_settings(**overrides)
    except SettingsError as e:
        fail(str(e), 2)
