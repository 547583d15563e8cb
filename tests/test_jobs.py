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
