"""`vanban ingest` as an agency runs it: broken files, duplicates, interrupts, resume."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import psutil

from conftest import CORPUS

BULK = sorted((CORPUS / "bulk").glob("*.txt"))


def ingest_cmd(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "cli", "ingest", "--db", f"sqlite:///{db}", "--no-progress", *args]


def run_ingest(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(ingest_cmd(db, *args), capture_output=True, text=True, timeout=300)


def report(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def failures_by_file(rep: dict) -> dict[str, str]:
    return {f["file"]: f["stage"] for f in rep["failures"]}


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def stored_documents(db: Path) -> int:
    try:
        return query(db, "select count(*) from document where stub = 0")[0][0]
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0


def assert_each_file_stored_once(db: Path, files: list[Path]) -> None:
    """Every file is in the ledger, each document came from exactly one stored file,
    and no two stored documents are the same letter."""
    ledger = dict(query(db, "select content_hash, outcome from source_file"))
    assert {hashlib.sha256(p.read_bytes()).hexdigest() for p in files} <= set(ledger)
    assert stored_documents(db) == sum(1 for o in ledger.values() if o == "stored")
    twins = query(db, "select issuer_key, number_key, year, count(*) from document where stub = 0 "
                      "and issuer_key is not null and number_key is not null and year is not null "
                      "group by 1, 2, 3 having count(*) > 1")
    assert twins == []


def copy_docs(folder: Path, docs: list[Path]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(p, folder / p.name)) for p in docs]


def test_duplicates_failures_and_a_second_run(tmp_path: Path):
    db = tmp_path / "store.db"
    inbox = tmp_path / "inbox"
    good = copy_docs(inbox / "letters", BULK[:30])
    copy_docs(inbox / "more", BULK[:1])  # the same bytes again
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "scan.xyz").write_bytes(b"\x00\x01\x02")
    with zipfile.ZipFile(inbox / "box.zip", "w") as zf:
        for p in BULK[30:32]:
            zf.write(p, f"2025/{p.name}")
        zf.writestr("../../evil.txt", BULK[32].read_bytes())

    first = run_ingest(db, str(inbox), "--workers", "2", "--report", str(tmp_path / "first.json"))
    assert first.returncode == 1, first.stderr
    rep = report(tmp_path / "first.json")
    assert failures_by_file(rep) == {
        "inbox/empty.txt": "load",  # named under the folder given, without the folders above it
        "inbox/scan.xyz": "load",
        "inbox/box.zip!../../evil.txt": "archive",
    }
    counts = rep["summary"]
    assert counts["files"] == 36 and counts["processed"] == 36
    assert counts["stored"] + counts["duplicates"] == 33
    assert {"file": f"inbox/more/{BULK[0].name}", "duplicate_of": f"inbox/letters/{good[0].name}",
            "why": "same content"} in rep["duplicates"]

    # The same letter in another file (a re-typed copy): stored once, reported as a duplicate.
    doc_source, = query(db, "select source from document where stub = 0 and issuer_key is not null "
                            "and number_key is not null and year is not null and source not like '%!%' "
                            "order by id limit 1")[0]
    retyped = tmp_path / "retyped" / "again.txt"
    retyped.parent.mkdir()
    retyped.write_bytes((tmp_path / doc_source).read_bytes() + "\nBản sao.\n".encode())
    second = run_ingest(db, str(retyped.parent), "--report", str(tmp_path / "second.json"))
    assert second.returncode == 0, second.stderr
    assert report(tmp_path / "second.json")["duplicates"] == [
        {"file": "retyped/again.txt", "duplicate_of": doc_source, "why": "same issuer, number and year"}]

    # Run again: nothing is extracted twice, the failures are reported again.
    documents = stored_documents(db)
    third = run_ingest(db, str(inbox), str(retyped.parent), "--report", str(tmp_path / "third.csv"))
    assert third.returncode == 1
    assert "stored 0, already stored 34, duplicates 0, failed 3" in third.stdout
    assert (tmp_path / "third.csv").read_text(encoding="utf-8").splitlines()[0] == "file,stage,reason"
    assert len((tmp_path / "third.csv").read_text(encoding="utf-8").splitlines()) == 4
    assert stored_documents(db) == documents
    assert_each_file_stored_once(db, good + [retyped])


def _wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _interrupted_inbox(tmp_path: Path) -> tuple[Path, list[Path]]:
    inbox = tmp_path / "inbox"
    files = copy_docs(inbox, BULK[:120])
    (inbox / "aa_unreadable.xyz").write_bytes(b"\x00")
    (inbox / "zz_empty.txt").write_bytes(b"")
    return inbox, files


def _resume_and_check(tmp_path: Path, db: Path, inbox: Path, files: list[Path]) -> None:
    again = run_ingest(db, str(inbox), "--workers", "2", "--report", str(tmp_path / "again.json"))
    assert again.returncode == 1, again.stderr  # the two broken files, reported again
    rep = report(tmp_path / "again.json")
    assert failures_by_file(rep) == {"inbox/aa_unreadable.xyz": "load", "inbox/zz_empty.txt": "load"}
    assert rep["summary"]["already"] > 0 and rep["summary"]["processed"] == len(files) + 2
    assert_each_file_stored_once(db, files)
    # the citations the interrupted run stored are linked too
    assert query(db, "select count(*) from graph_pending") == [(0,)]
    assert query(db, "select count(*) from citation where resolution = 'unresolved'") == [(0,)]


def test_ctrl_c_then_run_again_stores_every_document_once(tmp_path: Path):
    db = tmp_path / "store.db"
    inbox, files = _interrupted_inbox(tmp_path)
    run = subprocess.Popen(ingest_cmd(db, str(inbox), "--workers", "2", "--commit-every", "8"),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: stored_documents(db) > 0)
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert "interrupted" in out
    assert 0 < stored_documents(db) < len(files)
    _resume_and_check(tmp_path, db, inbox, files)


def _pool_workers(pid: int) -> list[psutil.Process]:
    """The extraction processes: children of the pool's fork server, itself a child of `pid`."""
    try:
        return [w for child in psutil.Process(pid).children() for w in child.children()]
    except psutil.NoSuchProcess:
        return []


def test_kill_9_of_a_worker_then_run_again_stores_every_document_once(tmp_path: Path):
    db = tmp_path / "store.db"
    inbox, files = _interrupted_inbox(tmp_path)
    run = subprocess.Popen(ingest_cmd(db, str(inbox), "--workers", "2"), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: len(_pool_workers(run.pid)) == 2)
    os.kill(_pool_workers(run.pid)[0].pid, signal.SIGKILL)  # while the first files are being read
    out, err = run.communicate(timeout=120)
    assert "a worker process died" in err
    assert run.returncode == 1, err  # the broken files; the killed worker's files were retried
    _resume_and_check(tmp_path, db, inbox, files)
