"""`vanban extract` starts without the store, web, export, Dask and NLP stacks: its
start-up counts in every call over a folder of files (bench/bench_extract.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "sqlmodel", "fastapi", "uvicorn", "dask", "distributed", "underthesea", "spacy",
         "icalendar", "psycopg", "pymupdf", "docx")


def _imported(*args: str) -> set[str]:
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "service", *args], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    names = (line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:"))
    return {name.split(".")[0] for name in names}


def test_extract_of_a_text_file_imports_no_heavy_stack(tmp_path):
    letter = tmp_path / "cv.txt"
    letter.write_text("ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-VP\nKính gửi: Sở Nội vụ\n", encoding="utf-8")
    loaded = _imported("extract", "--jsonl", str(letter))
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_the_other_commands_are_still_registered():
    run = subprocess.run([sys.executable, "-m", "service", "--help"], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    for command in ("extract", "text", "ingest", "stats", "tasks", "serve"):
        assert command in run.stdout
