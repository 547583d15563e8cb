"""`service.extract.extract_paths`: many files read by forked workers, given back in their order."""
from __future__ import annotations

import os
import signal
from pathlib import Path

from conftest import CORPUS, SEEDS

from models.extraction import Extraction
from service.errors import BadDocument, VanbanError
from service.extract import extract_paths

BULK = sorted((CORPUS / "bulk").glob("bk_0*.txt"))


def _number(path: Path, extraction: Extraction) -> str:
    return f"{path.name} {extraction.number}"


def _dies_on_bulk(path: Path, extraction: Extraction) -> str:
    """A worker killed while it reads (as the kernel kills one out of memory)."""
    if path.name.startswith("bk_"):
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


def test_a_worker_that_dies_leaves_the_files_after_it_refused_with_a_reason_not_a_crash():
    files = [*SEEDS, *BULK]
    results = list(extract_paths(files, 2, _dies_on_bulk))
    assert [p for p, _ in results] == files  # every file answered for
    unread = [r for _, r in results if isinstance(r, BadDocument)]
    assert len(unread) >= len(BULK)  # the bulk files at least: each one kills its worker
    assert all("a worker process stopped" in r.reason for r in unread)
