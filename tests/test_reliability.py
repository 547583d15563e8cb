"""The service keeps its word under load, against a real `vanban serve` on 127.0.0.1:
twelve clerks at once on SQLite and on PostgreSQL get no 5xx and every acknowledged
letter is stored exactly once; /healthz answers while a scan is read; the worker
processes die with a killed server; a commit that fails is never acknowledged."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import psutil
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import select

from api.app import create_app
from corpus.db import get_engine, session_scope
from models.tables import Document
from service.settings import load_settings

from conftest import CORPUS, SEED_000
from live_server import live_server
from office_load import office_day

LETTERS = 60  # each uploaded twice at once: 120 uploads, 120 read-backs, 120 other reads, the probes
BULK = sorted((CORPUS / "bulk").glob("*.txt"))[:LETTERS]
SCAN = CORPUS / "pdf" / "pd_005.pdf"  # two pages, the second a scan: a few seconds of OCR
LONG_SCAN = CORPUS / "pdf" / "pd_001.pdf"  # five scanned pages: about 20 s of OCR
ROOT = Path(__file__).resolve().parents[1]
_SETTLE, _LEFT_IDLE = 2.0, 1.0  # seconds: after the clerks, before sampling; idle in a transaction longer: left
_TYPICAL_PROBE = 0.25  # seconds: a probe answered in turn, not one queued behind the scan (which takes seconds)


@pytest.mark.parametrize("database", ["sqlite_url", "postgres_url"])
def test_twelve_clerks_get_no_5xx_and_every_acknowledged_letter_is_stored_once(database, request, tmp_path):
    db_url = request.getfixturevalue(database)
    letters = [(p.name, p.read_bytes()) for p in BULK]
    with live_server(db_url, tmp_path, workers=2, queue=16, write_rate_per_minute=0) as server:
        figures = office_day(server.url, letters, clients=12)
        if database == "postgres_url":
            # a session left idle in a transaction stays so; the server's pollers (ingest jobs, webhooks) pass through
            # that state between two statements for milliseconds, which a sample taken then would count as left
            time.sleep(_SETTLE)
            with get_engine(db_url).connect() as conn:
                idle = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                         "AND state LIKE 'idle in transaction%' "
                                         "AND now() - state_change > make_interval(secs => :left)"),
                                    {"left": _LEFT_IDLE}).scalar_one()
            assert idle == 0, "no session is left idle in a transaction"
    assert not figures.server_errors, figures.server_errors[:5]
    assert not figures.readback_misses, "an acknowledged upload reads back at once"
    assert len(figures.acknowledged) == len(letters)
    with session_scope(db_url) as session:
        rows = session.exec(select(Document.content_hash, Document.id).where(Document.stub == False)).all()  # noqa: E712
    stored = {digest: doc_id for digest, doc_id in rows}
    assert stored == figures.acknowledged, "each acknowledged letter stored, once, under the id it was given"
    assert figures.requests >= 4 * len(letters)


def test_health_answers_within_half_a_second_while_a_scan_is_read(sqlite_url, tmp_path):
    with live_server(sqlite_url, tmp_path, workers=1) as server:
        answer: dict[str, httpx.Response] = {}
        upload = threading.Thread(target=lambda: answer.update(r=httpx.post(
            f"{server.url}/api/documents", files={"file": (SCAN.name, SCAN.read_bytes())}, timeout=300)))
        upload.start()
        probes: list[float] = []
        while upload.is_alive():
            started = time.monotonic()
            assert httpx.get(f"{server.url}/healthz", timeout=30).status_code == 200
            probes.append(time.monotonic() - started)
            time.sleep(0.1)
        upload.join()
    assert answer["r"].status_code == 201, answer["r"].text
    assert len(probes) >= 5, "the probe ran while the scan was read"
    # A loop blocked by the scan would make every probe during it take seconds; on a
    # busy shared machine one probe in twenty may miss the mark on scheduling alone, and
    # the typical probe a tenth of a second (the OCR holds one of two cores; a median of
    # 0.107 s was seen while other jobs ran), so the median's bound leaves it room.
    slow = [p for p in probes if p >= 0.5]
    assert len(slow) <= len(probes) // 20, f"{len(slow)} of {len(probes)} probes over 0.5 s: {slow}"
    assert sorted(probes)[len(probes) // 2] < _TYPICAL_PROBE


def test_serve_says_whether_reads_and_writes_are_open(sqlite_url, tmp_path):
    with live_server(sqlite_url, tmp_path) as server:
        banner = server.banner()
    assert "reads OPEN to anyone who reaches the port" in banner
    assert "writes OPEN to anyone (no API key was ever created" in banner


def _gone(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE  # exited; only its parent's reaping is left
    except psutil.NoSuchProcess:
        return True


def test_worker_processes_die_with_a_killed_server(sqlite_url, tmp_path):
    with live_server(sqlite_url, tmp_path, workers=1) as server:
        upload = threading.Thread(target=lambda: pytest.raises(
            httpx.TransportError, httpx.post, f"{server.url}/api/documents",
            files={"file": (LONG_SCAN.name, LONG_SCAN.read_bytes())}, timeout=120), daemon=True)
        upload.start()
        parent = psutil.Process(server.process.pid)
        deadline = time.monotonic() + 60
        while not any(p.name().startswith("tesseract") for p in parent.children(recursive=True)):
            assert time.monotonic() < deadline, "the scan's OCR did not start"
            time.sleep(0.2)
        workers = parent.children(recursive=True)
        os.kill(server.process.pid, signal.SIGKILL)
        deadline = time.monotonic() + 20
        while not all(_gone(p) for p in workers):
            assert time.monotonic() < deadline, [p.cmdline() for p in workers if not _gone(p)]
            time.sleep(0.2)
        upload.join(30)


def test_a_commit_that_fails_is_never_acknowledged(postgres_url):
    """A deferred constraint trigger refuses every new document at COMMIT time: the
    upload must not be answered 2xx, and nothing is stored."""
    with get_engine(postgres_url).begin() as conn:
        conn.execute(text("CREATE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$ BEGIN RAISE EXCEPTION 'the test refuses this commit'; END $$"))
        conn.execute(text("CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON document "
                          "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_document()"))
    app = create_app(load_settings(db=postgres_url, webhook_worker=False))
    with TestClient(app, raise_server_exceptions=False) as client:
        refused = client.post("/api/documents", files={"file": (SEED_000.name, SEED_000.read_bytes())})
        assert not 200 <= refused.status_code < 300, refused.text
        assert client.get("/api/search", params={"q": "cải cách"}).json()["total"] == 0
    with session_scope(postgres_url) as session:
        assert session.exec(select(Document.id)).all() == []


def test_ingest_workers_die_with_a_killed_ingest(sqlite_url, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / LONG_SCAN.name).write_bytes(LONG_SCAN.read_bytes())
    ingest = subprocess.Popen([sys.executable, "-m", "cli", "ingest", "--db", sqlite_url, "--workers", "1",
                               "--no-progress", str(folder)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        parent = psutil.Process(ingest.pid)
        deadline = time.monotonic() + 60
        while not any(p.name().startswith("tesseract") for p in parent.children(recursive=True)):
            assert time.monotonic() < deadline, "the scan's OCR did not start"
            time.sleep(0.2)
        workers = parent.children(recursive=True)
        ingest.kill()
        deadline = time.monotonic() + 20
        while not all(_gone(p) for p in workers):
            assert time.monotonic() < deadline, [p.cmdline() for p in workers if not _gone(p)]
            time.sleep(0.2)
    finally:
        ingest.kill()
        ingest.wait(30)
