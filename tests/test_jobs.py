"""Ingest jobs through the API: 202 with a job id, progress, report, and a server restart mid-job."""
from __future__ import annotations

import io
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import httpx

from conftest import CORPUS

BULK = sorted((CORPUS / "bulk").glob("*.txt"))
N_DOCS = 160  # in the archive of the restart test: a few commits of service.ingest.COMMIT_EVERY


def archive(docs: list[Path], extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for p in docs:
            zf.write(p, f"archive/{p.name}")
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def wait_until_done(get, job_id: int, timeout: float = 120.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        job = get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        assert time.monotonic() < deadline, job
        time.sleep(0.2)


def test_a_zip_becomes_a_job_with_progress_and_a_report(client):
    data = archive(BULK[:8], {"../../etc/passwd": b"root", "archive/empty.txt": b""})
    posted = client.post("/api/jobs", files={"file": ("hop-thu.zip", data, "application/zip")})
    assert posted.status_code == 202, posted.text
    job_id = posted.json()["id"]
    assert posted.headers["location"] == f"/api/jobs/{job_id}"
    job = wait_until_done(client.get, job_id)
    assert (job["status"], job["total"], job["processed"], job["failed"]) == ("done", 10, 10, 2)
    assert job["stored"] + job["duplicates"] == 8 and job["percent"] == 100.0
    report = client.get(f"/api/jobs/{job_id}/report").json()
    assert {(f["file"], f["stage"]) for f in report["failures"]} == {
        ("hop-thu.zip!../../etc/passwd", "archive"), ("hop-thu.zip!archive/empty.txt", "load")}
    sheet = client.get(f"/api/jobs/{job_id}/report", params={"format": "csv"})
    assert sheet.headers["content-type"].startswith("text/csv")
    assert sheet.text.splitlines()[0] == "file,stage,reason" and len(sheet.text.splitlines()) == 3


def test_several_files_and_a_zip_become_one_job(client, tmp_path: Path):
    parts = [("file", (p.name, p.read_bytes(), "text/plain")) for p in BULK[:3]]
    parts.append(("file", (BULK[0].name, BULK[0].read_bytes(), "text/plain")))  # the same name twice
    parts.append(("file", ("hop-thu.zip", archive(BULK[3:5]), "application/zip")))
    posted = client.post("/api/jobs", files=parts)
    assert posted.status_code == 202, posted.text
    assert posted.json()["filename"] == "5 files"
    job = wait_until_done(client.get, posted.json()["id"])
    assert (job["status"], job["total"], job["failed"]) == ("done", 6, 0)
    assert job["stored"] + job["duplicates"] + job["already"] == 6 and job["duplicates"] >= 1
    sources = {d["source"] for d in client.get("/api/tasks", params={"limit": 1000}).json()["items"]}
    assert sources and sources <= {p.name for p in BULK[:3]} | {f"hop-thu.zip!archive/{p.name}" for p in BULK[3:5]}
    register = client.get("/api/register").json()
    assert [r["number"] for r in register["items"]] == list(range(1, job["stored"] + 1))
    kept = {p.name for p in (tmp_path / "vanban-originals").rglob("*") if p.is_file()}
    assert len(kept) == job["stored"]  # each stored letter's file is kept, the duplicate's is not



def test_several_files_over_the_archive_limit_together_are_refused(sqlite_url: str):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from service.settings import load_settings

    with TestClient(create_app(load_settings(db=sqlite_url, max_archive_mb=1, webhook_worker=False))) as client:
        half = BULK[0].read_bytes() * (600 * 1024 // len(BULK[0].read_bytes()) + 1)
        too_much = client.post("/api/jobs", files=[("file", ("a.txt", half, "text/plain")),
                                                   ("file", ("b.txt", half, "text/plain"))])
        assert too_much.status_code == 413 and "VANBAN_MAX_ARCHIVE_MB" in too_much.json()["detail"]


def test_what_is_not_a_job(client):
    assert client.get("/api/jobs/999").status_code == 404
    refused = client.post("/api/jobs", files={"file": ("letter.zip", BULK[0].read_bytes(), "application/zip")})
    assert refused.status_code == 422 and "not a zip archive" in refused.json()["detail"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--db", f"sqlite:///{db}", "--port", str(port),
         "--log-level", "warning"], start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                return server
        except httpx.TransportError:
            assert server.poll() is None, server.stderr.read().decode()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)


def test_a_job_survives_a_server_crash_and_resumes(tmp_path: Path):
    db, port = tmp_path / "store.db", _free_port()
    base = f"http://127.0.0.1:{port}"
    server = _serve(db, port)
    try:
        posted = httpx.post(f"{base}/api/jobs", files={"file": ("box.zip", archive(BULK[:N_DOCS]), "application/zip")})
        assert posted.status_code == 202
        job_id = posted.json()["id"]
        deadline = time.monotonic() + 60
        while httpx.get(f"{base}/api/jobs/{job_id}").json()["stored"] == 0:
            assert time.monotonic() < deadline
            time.sleep(0.1)
    finally:
        os.killpg(server.pid, signal.SIGKILL)  # the server and its extraction processes, no clean-up
        server.wait()
    with sqlite3.connect(db) as conn:
        status, stored = conn.execute("select status, stored from ingest_job where id = ?", (job_id,)).fetchone()
    assert status == "running" and 0 < stored < N_DOCS

    server = _serve(db, port)
    try:
        job = wait_until_done(lambda path: httpx.get(base + path), job_id)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    assert (job["status"], job["runs"], job["failed"], job["processed"]) == ("done", 2, 0, N_DOCS)
    assert job["stored"] + job["already"] + job["duplicates"] == N_DOCS and job["already"] > 0
    with sqlite3.connect(db) as conn:
        ledger = conn.execute("select count(*), sum(outcome = 'stored') from source_file").fetchone()
        documents, = conn.execute("select count(*) from document where stub = 0").fetchone()
        uploads, = conn.execute("select count(*) from ingest_upload").fetchone()
    assert ledger == (N_DOCS, documents) and uploads == 0
