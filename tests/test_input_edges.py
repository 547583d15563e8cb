"""Edges of the input that once failed: links out of an ingested folder, file names of
any bytes, names that a spreadsheet would run as formulas, LIKE wildcards, numbers
past 2^63, dates given as numbers, OPTIONS."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from corpus.db import session_scope

from conftest import SEED_000, store_file

ROOT = Path(__file__).resolve().parents[1]
BIG = 2**63


def _ingest(db_url: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", "ingest", "--db", db_url, "--workers", "1",
                           "--no-progress", *args], cwd=cwd, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_ingest_refuses_links_out_of_the_folder_and_takes_names_of_any_bytes(sqlite_url, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(SEED_000.read_bytes() + b"\nprivate")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "outside.txt").symlink_to(secret)
    (folder / "etc").symlink_to("/etc", target_is_directory=True)
    odd = Path(os.fsdecode(folder)) / os.fsdecode(b"c\xf4ng v\xe3n.txt")  # Latin-1 bytes, not UTF-8
    odd.write_bytes(SEED_000.read_bytes())
    report = tmp_path / "r.json"
    run = _ingest(sqlite_url, "--report", str(report), str(folder))
    assert "Traceback" not in run.stderr, run.stderr
    summary = json.loads(report.read_text(encoding="utf-8"))
    refused = {Path(f["file"]).name: f["reason"] for f in summary["failures"]}
    assert "symbolic link leading out of the folder" in refused["outside.txt"]
    assert "etc" in refused and summary["summary"]["stored"] == 1
    from sqlmodel import select

    from models.tables import Document
    with session_scope(sqlite_url) as session:
        [source] = session.exec(select(Document.source).where(Document.stub == False)).all()  # noqa: E712
    assert source.endswith("c\ufffdng v\ufffdn.txt"), "stored under a printable name"


def test_failure_reports_neutralise_formulas(sqlite_url, tmp_path, client):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(("=HYPERLINK(1).txt", "@SUM(1).txt", "-2+3.txt", "+1.txt")):
        (folder / name).write_bytes(b"\x00" * (i + 1))  # empty: each one fails, named in the report
    report = tmp_path / "r.csv"
    _ingest(sqlite_url, "--report", str(report), "--", *sorted(os.listdir(folder)), cwd=folder)  # files named as given
    cells = [row[0] for row in csv.reader(io.StringIO(report.read_text(encoding="utf-8")))][1:]
    assert sorted(cells) == ["'+1.txt", "'-2+3.txt", "'=HYPERLINK(1).txt", "'@SUM(1).txt"]
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("=cmd|' /C calc'!A0.txt", b"\x00")
        zf.writestr("@SUM(1).txt", b"\x00\x00")
    job = client.post("/api/jobs", files={"file": ("=HYPERLINK(1).zip", archive.getvalue())}).headers["Location"]
    deadline = time.monotonic() + 60
    while client.get(job).json()["status"] in ("queued", "running"):
        assert time.monotonic() < deadline
        time.sleep(0.2)
    rows = list(csv.reader(io.StringIO(client.get(job + "/report", params={"format": "csv"}).text)))[1:]
    assert len(rows) == 2 and all(not cell.startswith(("=", "@", "+", "-")) for row in rows for cell in row)


def test_assignee_wildcards_are_letters(client, sqlite_url):
    with session_scope(sqlite_url) as session:
        store_file(session, SEED_000.read_bytes(), SEED_000.name)
    assert client.get("/api/tasks").json()["items"], "seed 000 has tasks"
    for pattern in ("%", "_", "%%", "ph_ng"):
        assert client.get("/api/tasks", params={"assignee": pattern}).json()["items"] == [], pattern


@pytest.mark.parametrize("method, path", [
    ("GET", f"/api/documents/{BIG}"), ("GET", f"/api/documents/{BIG}/annotated"),
    ("GET", f"/api/documents/{BIG}/cites"), ("GET", f"/api/documents/{BIG}/cited-by"),
    ("GET", f"/api/documents/{BIG}/chain"), ("DELETE", f"/api/documents/{BIG}"),
    ("POST", f"/api/documents/{BIG}/reextract"), ("GET", f"/api/jobs/{BIG}"), ("GET", f"/api/jobs/{BIG}/report"),
    ("DELETE", f"/api/webhooks/{BIG}"), ("GET", f"/api/tasks?offset={BIG}"), ("GET", f"/api/tasks?document_id={BIG}"),
    ("GET", f"/api/search?q=a&offset={BIG}"), ("GET", f"/api/tasks.csv?offset={BIG}"),
    ("GET", "/api/tasks?due_before=0"), ("GET", "/api/tasks.ics?due_after=1700000000"),
    ("GET", "/api/documents/0"),
])
def test_numbers_out_of_range_are_422(client, method, path):
    answer = client.request(method, path)
    assert answer.status_code == 422, answer.text


def test_pages_take_ids_and_page_numbers_out_of_range_without_500(client):
    assert client.get(f"/documents/{BIG}").status_code == 422
    assert client.get(f"/search?q=a&page={BIG}").status_code == 422


@pytest.mark.parametrize("path, allowed", [
    ("/api/documents", "OPTIONS, POST"), ("/api/documents/1", "DELETE, GET, OPTIONS"),
    ("/api/tasks", "GET, OPTIONS"), ("/api/webhooks", "GET, OPTIONS, POST"),
])
def test_options_answers_with_allow(client, path, allowed):
    answer = client.options(path)
    assert answer.status_code == 204 and answer.headers["Allow"] == allowed
