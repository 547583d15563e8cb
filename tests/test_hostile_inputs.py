"""Hostile input, made by the test (nothing large is committed): every budget refuses
with a clear 4xx or a failed job naming its setting, within bounded time, and the
server keeps answering."""
from __future__ import annotations

import struct
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from extractors.load.image_size import pixel_size
from service.settings import load_settings

from conftest import CORPUS, SEED_000
from hostile import MiB, bomb_archive, long_text, nested_html, nested_rtf, png, zipped
from live_server import live_server

LONG_SCAN = CORPUS / "pdf" / "pd_014.pdf"  # eleven scanned pages: over 6 s of OCR on 2 cores
BULK = sorted((CORPUS / "bulk").glob("*.txt"))


def _client(tmp_path, **settings) -> TestClient:
    settings = {"db": f"sqlite:///{tmp_path / 'h.db'}", "webhook_worker": False, "write_rate_per_minute": 0,
                **settings}
    return TestClient(create_app(load_settings(**settings)))


def _upload(client: TestClient, name: str, data: bytes) -> httpx.Response:
    return client.post("/api/documents", files={"file": (name, data)})


def _finished_job(client: TestClient, location: str) -> dict:
    deadline = time.monotonic() + 120
    while (job := client.get(location).json())["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        time.sleep(0.2)
    return job


@pytest.mark.parametrize("name, data, status, setting", [
    ("nested.html", nested_html(70_000), 422, "VANBAN_MAX_NESTING"),  # 200 KB: once 131 s
    ("nested.rtf", nested_rtf(100_000), 422, "VANBAN_MAX_NESTING"),
    ("huge.png", png(20_000, 20_000), 413, "VANBAN_MAX_MEGAPIXELS"),  # 400 megapixels: once 2 GB
    ("long.txt", long_text(300_000), 413, "VANBAN_MAX_CHARS"),
], ids=["nesting", "rtf-nesting", "pixels", "characters"])
def test_a_document_over_a_budget_is_refused_naming_it(tmp_path, name, data, status, setting):
    with _client(tmp_path, max_chars=200_000) as client:
        started = time.monotonic()
        refused = _upload(client, name, data)
        assert refused.status_code == status and setting in refused.json()["detail"], refused.text
        assert time.monotonic() - started < 30
        assert _upload(client, SEED_000.name, SEED_000.read_bytes()).status_code == 201, "and the next one goes in"


def _stopped_by_its_time_budget(answer: httpx.Response) -> None:
    """A scan over its wall time ends one of two ways, whichever comes first on the
    machine: OCR stops at its share of the budget and the letter is stored with the pages
    read so far and a warning naming the others, or the pool kills the worker and the
    upload is refused naming the setting. Never a 5xx, never a silent short letter."""
    if answer.status_code == 422:
        assert "VANBAN_DOC_SECONDS" in answer.json()["detail"], answer.text
    else:
        assert answer.status_code == 201, answer.text
        warnings = answer.json()["extraction"]["load"]["warnings"]
        assert any("OCR stopped at the time budget" in w and "not read" in w for w in warnings), warnings


def test_a_document_over_its_wall_time_is_stopped(tmp_path):
    with _client(tmp_path, doc_seconds=2) as client:
        started = time.monotonic()
        _stopped_by_its_time_budget(_upload(client, LONG_SCAN.name, LONG_SCAN.read_bytes()))
        assert time.monotonic() - started < 20
        assert _upload(client, SEED_000.name, SEED_000.read_bytes()).status_code == 201, "and the next one goes in"


def test_a_full_pool_answers_503_with_retry_after(tmp_path):
    with _client(tmp_path, workers=1, queue=0, doc_seconds=4) as client:
        first: dict[str, httpx.Response] = {}
        busy = threading.Thread(target=lambda: first.update(r=_upload(client, LONG_SCAN.name, LONG_SCAN.read_bytes())))
        busy.start()
        deadline = time.monotonic() + 60
        while client.get("/healthz").json()["pool"]["reading"] == 0:  # until the scan has the only worker
            assert time.monotonic() < deadline and busy.is_alive()
            time.sleep(0.05)
        refused = _upload(client, SEED_000.name, SEED_000.read_bytes())
        busy.join(60)
        assert refused.status_code == 503 and int(refused.headers["Retry-After"]) > 0
        assert "VANBAN_WORKERS" in refused.json()["detail"]
        _stopped_by_its_time_budget(first["r"])


def test_a_large_upload_becomes_a_job(tmp_path):
    letter = next(p for p in BULK if p.stat().st_size > 20_000)
    with _client(tmp_path, job_above_mb=0.01) as client:
        accepted = _upload(client, letter.name, letter.read_bytes())
        assert accepted.status_code == 202 and accepted.headers["Location"] == f"/api/jobs/{accepted.json()['id']}"
        job = _finished_job(client, accepted.headers["Location"])
        assert (job["status"], job["stored"], job["failed"]) == ("done", 1, 0)


def test_archive_bombs_and_crowds_fail_their_members_or_the_job(tmp_path):
    at_the_old_floor = bomb_archive(90)  # 1 MiB each, the old check's floor, ~1000:1
    crowd = zipped({f"a/{i}.txt": SEED_000.read_bytes() + str(i).encode() for i in range(120)})
    with _client(tmp_path, max_upload_mb=1, max_archive_members=100) as client:
        bomb = client.post("/api/jobs", files={"file": ("bomb.zip", at_the_old_floor)})
        job = _finished_job(client, bomb.headers["Location"])
        assert job["stored"] == 0 and job["failed"] == 90
        report = client.get(bomb.headers["Location"] + "/report").json()
        assert all("size bomb" in f["reason"] and "VANBAN_MAX_EXPANSION" in f["reason"] for f in report["failures"])
        crowded = client.post("/api/jobs", files={"file": ("crowd.zip", crowd)})
        job = _finished_job(client, crowded.headers["Location"])
        assert job["stored"] == 0
        [failure] = client.get(crowded.headers["Location"] + "/report").json()["failures"]
        assert "VANBAN_MAX_ARCHIVE_MEMBERS" in failure["reason"]


def test_a_body_over_the_limit_is_refused_while_it_streams(sqlite_url, tmp_path):
    """Without a Content-Length, the bytes are counted as they come: the 413 goes out
    after about the limit, and most of the 64 MiB is never sent."""
    sent = [0]

    def body():
        part = b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n"
        sent[0] += len(part)
        yield part
        for _ in range(1024):
            sent[0] += 64 * 1024
            yield b"x" * (64 * 1024)

    with live_server(sqlite_url, tmp_path, max_upload_mb=1) as server:
        refused = httpx.post(f"{server.url}/api/documents", content=body(), timeout=60,
                             headers={"Content-Type": "multipart/form-data; boundary=b"})
        assert refused.status_code == 413 and "VANBAN_MAX_UPLOAD_MB" in refused.json()["detail"]
        assert sent[0] < 32 * MiB, f"{sent[0]:,} bytes were sent before the refusal"
        declared = httpx.post(f"{server.url}/api/documents", files={"file": ("big.txt", b"x" * (2 * MiB))}, timeout=60)
        assert declared.status_code == 413
        assert httpx.get(f"{server.url}/healthz").status_code == 200


def test_image_headers_give_their_size_without_decoding():
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 2) + \
        struct.pack("<HHII", 256, 4, 1, 30_000) + struct.pack("<HHIHH", 257, 3, 1, 20_000, 0)
    assert pixel_size(tiff) == (30_000, 20_000)
    assert pixel_size(png(123, 45)) == (123, 45)
    assert pixel_size(b"GIF89a" + struct.pack("<HH", 640, 480)) == (640, 480)
    assert pixel_size(b"not an image") is None
