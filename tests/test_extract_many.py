"""`service.extract.extract_paths`: many files read by forked workers, given back in their order."""
from __future__ import annotations

import os
import signal
from pathlib import Path

from conftest import CORPUS, SEEDS

from models.extraction import Extraction
from service.errors import BadDocument, VanbanError
from service.extract import extract_paths
from service.process_map import WORKER_DIED

BULK = sorted((CORPUS / "bulk").glob("bk_0*.txt"))


def _number(path: Path, extraction: Extraction) -> str:
    return f"{path.name} {extraction.number}"


def _dies_on_one(path: Path, extraction: Extraction) -> str:
    """A worker killed while it reads one file (as the kernel kills one out of memory)."""
    if path == BULK[2]:
        os.kill(os.getpid(), signal.SIGKILL)
    return path.name


def test_workers_give_each_file_its_reading_or_its_refusal_in_the_files_order(tmp_path: Path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    files = [*SEEDS[:3], bad, *BULK, tmp_path / "missing.txt", *SEEDS[3:]]
    alone = list(extract_paths(files, 1, _number))
    forked = list(extract_paths(files, 2, _number))
    assert [p for p, _ in forked] == files
    assert [r for _, r in forked if isinstance(r, str)] == [r for _, r in alone if isinstance(r, str)]
    refused = {p.name: r.reason for p, r in forked if isinstance(r, VanbanError)}
    assert refused.keys() == {"broken.docx", "missing.txt"}
    assert "No such file" in refused["missing.txt"]


def test_a_file_that_kills_its_worker_is_the_only_one_refused():
    files = [*SEEDS, *BULK]
    results = list(extract_paths(files, 2, _dies_on_one))
    assert [p for p, _ in results] == files  # every file answered for, in order
    refused = [(p, r) for p, r in results if isinstance(r, VanbanError)]
    assert [p for p, _ in refused] == [BULK[2]]
    assert isinstance(refused[0][1], BadDocument)
    assert refused[0][1].reason == f"{BULK[2]}: not read: {WORKER_DIED}"
    assert [r for p, r in results if p != BULK[2]] == [p.name for p in files if p != BULK[2]]
