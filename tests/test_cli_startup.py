"""Start-up: `vanban extract` starts without the store, web, export, Dask and NLP
stacks (its start-up counts in every call over a folder of files,
bench/bench_extract.py); the `vanban` script stays light for the worker processes
that re-run it; a local ingest starts its workers' fork server first."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS

ROOT = Path(__file__).resolve().parents[1]
BULK = sorted((CORPUS / "bulk").glob("*.txt"))
HEAVY = ("sqlalchemy", "sqlmodel", "fastapi", "uvicorn", "dask", "distributed", "underthesea", "spacy",
         "icalendar", "psycopg", "pymupdf", "docx")


def _imported(*args: str) -> set[str]:
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "cli", *args], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    names = (line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:"))
    return {name.split(".")[0] for name in names}


def test_extract_of_a_text_file_imports_no_heavy_stack(tmp_path):
    letter = tmp_path / "cv.txt"
    letter.write_text("ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-VP\nKính gửi: Sở Nội vụ\n", encoding="utf-8")
    loaded = _imported("extract", "--jsonl", str(letter))
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_the_other_commands_are_still_registered():
    run = subprocess.run([sys.executable, "-m", "cli", "--help"], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    for command in ("extract", "text", "ingest", "stats", "tasks", "serve"):
        assert command in run.stdout


def test_the_main_script_imports_nothing_until_a_command_runs():
    """multiprocessing re-runs the program's main script in every worker it starts: the
    `vanban` script (cli.__main__) must cost them nothing."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", "import cli.__main__"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in run.stderr.splitlines()
             if line.startswith("import time:")}
    assert not names & {*HEAVY, "typer", "pydantic", "extractors", "corpus", "models"}, sorted(names)


@pytest.mark.parametrize("argv, starts", [
    (["vanban", "ingest", "docs/"], True),
    (["vanban", "ingest", "--workers", "2", "docs/"], True),
    (["vanban", "ingest", "--dask", "tcp://scheduler:8786", "docs/"], False),
    (["vanban", "ingest", "--dask=local", "docs/"], False),
    (["vanban", "ingest", "--help"], False),
    (["vanban", "extract", "a.pdf"], False),
    (["vanban"], False),
])
def test_only_a_local_ingest_starts_the_fork_server_before_the_imports(argv, starts):
    from cli.__main__ import _starts_local_workers

    assert _starts_local_workers(argv) is starts


def test_the_installed_vanban_script_ingests_with_worker_processes(tmp_path):
    """Through the script pip installs (not `python -m cli`): its workers re-run it."""
    script = shutil.which("vanban")
    assert script, "`pip install -e .` installs the vanban script"
    folder = tmp_path / "in"
    folder.mkdir()
    for p in BULK[:6]:
        shutil.copy(p, folder / p.name)
    run = subprocess.run([script, "ingest", "--db", f"sqlite:///{tmp_path}/s.db", "--workers", "2", "--no-progress",
                          "--json", str(folder)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout.splitlines()[-1])
    assert summary["stored"] + summary["duplicates"] == 6 and summary["failed"] == 0
    assert "Traceback" not in run.stderr
