"""The README stays true: its test command is CI's, and it names every command and setting."""
from __future__ import annotations

import re
from pathlib import Path

from cli.app import app
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_exactly_the_readme_test_command():
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    [command] = [line for line in ci_lines if "python -m pytest" in line]
    assert f"\n{command}\n" in README


def test_every_cli_command_is_documented():
    import typer.main

    names = set(typer.main.get_command(app).commands)
    assert names, "the CLI has commands"
    missing = sorted(n for n in names if not re.search(rf"`vanban {re.escape(n)}\b", README))
    assert not missing, f"README does not document: {missing}"


def test_every_setting_is_documented():
    missing = [name for name in Settings.model_fields if f"VANBAN_{name.upper()}" not in README]
    assert not missing, f"README does not document: {missing}"
