"""Webhooks against a real receiver on 127.0.0.1: signed, retried with backoff, never lost."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import SEED_000
from seed_duties import quarterly_duty, seed_000_extraction
from typer.testing import CliRunner

from cli.app import app as cli_app
from corpus.db import session_scope
from models.tables import WebhookDelivery
from corpus.store import content_hash
from service.documents import store_extraction
from service.webhooks import RetryPolicy, add_endpoint, deliver_due
from service.webhooks.outbox import CLAIM_BATCH, claim_due, utcnow

BASE = "https://vanban.example.gov.vn"
POLICY = RetryPolicy(backoff=dt.timedelta(seconds=0.3), backoff_max=dt.timedelta(seconds=1),
                     timeout=dt.timedelta(seconds=2))


class Receiver:
    """An HTTP server on 127.0.0.1 that records each POST and answers `status`."""

    def __init__(self, port: int = 0):
        self.posts: list[tuple[dict[str, str], bytes]] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.posts.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def free_port() -> int:
    """A port nothing listens on (yet): a receiver that is down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def store(db_url: str, data: bytes = b"seed 000") -> int:
    """Store seed 000's extraction (extracted once) as the document of `data`: distinct
    bytes, distinct documents."""
    with session_scope(db_url) as session:
        return store_extraction(session, seed_000_extraction(), digest=content_hash(data),
                                source=SEED_000.name).document.id


def register(db_url: str, url: str, secret: str = "s3cret") -> None:
    with session_scope(db_url) as session:
        add_endpoint(session, url=url, secret=secret, allow_private=True)  # the receiver is on 127.0.0.1


def outbox(db_url: str) -> list[WebhookDelivery]:
    with session_scope(db_url) as session:
        from sqlmodel import select

        return list(session.exec(select(WebhookDelivery).order_by(WebhookDelivery.id)))


def check_signature(headers: dict[str, str], body: bytes, secret: str) -> None:
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert headers["x-vanban-signature"] == expected


def test_new_tasks_are_posted_signed_with_a_link_back(sqlite_url, receiver):
    register(sqlite_url, receiver.url)
    doc_id = store(sqlite_url)
    assert deliver_due(sqlite_url, base_url=BASE, policy=POLICY, allow_private=True).delivered == 1
    [(headers, body)] = receiver.posts
    check_signature(headers, body, "s3cret")
    payload = json.loads(body)
    assert headers["x-vanban-delivery"] == payload["delivery_id"] and headers["x-vanban-event"] == "tasks.created"
    assert payload["document"]["url"] == f"{BASE}/api/documents/{doc_id}"
    ex = seed_000_extraction()
    assert [t["action"] for t in payload["tasks"]] == [t.action for t in ex.tasks]
    duty = next(t for t in payload["tasks"] if t["action"] == quarterly_duty(ex).action)
    assert duty["deadline"]["recurrence"] == "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=7" and duty["uid"]
    assert deliver_due(sqlite_url, base_url=BASE, policy=POLICY, allow_private=True).delivered == 0, "delivered once"
    store(sqlite_url)  # the same bytes again: no new tasks, nothing queued
    assert len(outbox(sqlite_url)) == 1


@pytest.mark.parametrize("database", ["sqlite_url", "postgres_url"])
def test_receiver_down_is_retried_with_backoff_and_nothing_is_lost(database, request, free_port):
    db_url = request.getfixturevalue(database)  # the outbox's compare-and-set claim on both
    url = f"http://127.0.0.1:{free_port}/hook"
    register(db_url, url)
    stored = [store(db_url, f"document {i}".encode()) for i in range(3)]
    first = deliver_due(db_url, base_url=BASE, policy=POLICY, allow_private=True)
    assert (first.delivered, first.failed) == (0, 3)
    assert deliver_due(db_url, base_url=BASE, policy=POLICY, allow_private=True).failed == 0, "waiting out the backoff"
    rows = outbox(db_url)
    assert all(r.status == "pending" and r.attempts == 1 and r.last_error for r in rows)
    receiver = Receiver(free_port)
    try:
        time.sleep(POLICY.backoff.total_seconds())
        assert deliver_due(db_url, base_url=BASE, policy=POLICY, allow_private=True).delivered == 3
        assert deliver_due(db_url, base_url=BASE, policy=POLICY, include_waiting=True, allow_private=True).delivered == 0
    finally:
        receiver.close()
    bodies = [json.loads(b) for _, b in receiver.posts]
    assert sorted(b["document"]["id"] for b in bodies) == stored
    assert len({b["delivery_id"] for b in bodies}) == 3
    assert all(r.status == "delivered" and r.attempts == 2 for r in outbox(db_url))


def test_a_target_that_now_resolves_to_this_machine_is_not_posted(sqlite_url, receiver):
    # registered while private addresses were allowed (or while its name resolved to a
    # public one): each delivery checks the address again, so a DNS change is no way in
    register(sqlite_url, receiver.url)
    store(sqlite_url)
    report = deliver_due(sqlite_url, base_url=BASE, policy=POLICY)
    assert (report.delivered, report.failed) == (0, 1) and receiver.posts == []
    [row] = outbox(sqlite_url)
    assert row.status == "pending" and row.last_error.startswith("not sent: webhook host '127.0.0.1'")


def test_an_error_answer_is_retried_with_the_same_delivery_id(sqlite_url, receiver):
    register(sqlite_url, receiver.url)
    store(sqlite_url)
    receiver.status = 503
    assert deliver_due(sqlite_url, base_url=BASE, policy=POLICY, allow_private=True).failed == 1
    receiver.status = 204
    assert deliver_due(sqlite_url, base_url=BASE, policy=POLICY, include_waiting=True, allow_private=True).delivered == 1
    ids = [json.loads(body)["delivery_id"] for _, body in receiver.posts]
    assert len(ids) == 2 and ids[0] == ids[1], "receivers drop repeats by delivery id"
    [row] = outbox(sqlite_url)
    assert (row.attempts, row.last_status) == (2, 204)


def test_backoff_doubles_up_to_its_cap():
    assert [POLICY.delay(n).total_seconds() for n in (1, 2, 3, 4)] == [0.3, 0.6, 1.0, 1.0]


def test_a_claimed_delivery_is_not_claimed_twice(sqlite_url, receiver):
    register(sqlite_url, receiver.url)
    store(sqlite_url)
    with session_scope(sqlite_url) as first:
        assert len(claim_due(first, due_by=utcnow(), now=utcnow(), policy=POLICY)) == 1
    with session_scope(sqlite_url) as second:
        assert claim_due(second, due_by=utcnow(), now=utcnow(), policy=POLICY) == []
    with session_scope(sqlite_url) as later:
        after_lease = utcnow() + POLICY.lease(CLAIM_BATCH)
        assert len(claim_due(later, due_by=after_lease, now=after_lease, policy=POLICY)) == 1, \
            "a sender that died mid-post leaves the row due again after its lease"


def test_api_registers_and_its_worker_delivers_an_upload(sqlite_url, receiver):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from service.settings import load_settings

    settings = load_settings(db=sqlite_url, webhook_poll_seconds=0.1, webhook_backoff_seconds=0.2,
                             public_url=BASE, webhook_allow_private=True)
    with TestClient(create_app(settings)) as client:
        created = client.post("/api/webhooks", json={"url": receiver.url})
        assert created.status_code == 201 and created.json()["secret"]
        assert client.post("/api/webhooks", json={"url": "file:///etc/passwd"}).status_code == 400
        upload = client.post("/api/documents", files={"file": (SEED_000.name, SEED_000.read_bytes())}).json()
        deadline = time.monotonic() + 10
        while not receiver.posts and time.monotonic() < deadline:
            time.sleep(0.05)
        [(headers, body)] = receiver.posts
        check_signature(headers, body, created.json()["secret"])
        assert json.loads(body)["document"]["url"] == f"{BASE}/api/documents/{upload['id']}"
        [listed] = client.get("/api/webhooks").json()["items"]
        assert "secret" not in listed and listed["delivered"] == 1
        assert client.delete(f"/api/webhooks/{listed['id']}").status_code == 204
        assert client.get("/api/webhooks").json()["items"] == []
        assert client.delete(f"/api/webhooks/{listed['id']}").status_code == 404


def test_cli_add_list_deliver_remove(sqlite_url, receiver, free_port):
    runner = CliRunner(env={"VANBAN_WEBHOOK_ALLOW_PRIVATE": "true"})  # the receivers are on 127.0.0.1
    refused = CliRunner().invoke(cli_app, ["webhooks", "add", receiver.url, "--db", sqlite_url])
    assert refused.exit_code == 2 and "VANBAN_WEBHOOK_ALLOW_PRIVATE" in refused.stderr
    run = runner.invoke(cli_app, ["webhooks", "add", receiver.url, "--db", sqlite_url])
    assert run.exit_code == 0 and "secret: " in run.stdout
    runner.invoke(cli_app, ["webhooks", "add", f"http://127.0.0.1:{free_port}/down", "--secret", "x", "--db", sqlite_url])
    store(sqlite_url)
    run = runner.invoke(cli_app, ["webhooks", "deliver", "--db", sqlite_url])
    assert run.exit_code == 1 and "delivered 1, failed 1" in run.stdout
    listed = json.loads(runner.invoke(cli_app, ["webhooks", "list", "--json", "--db", sqlite_url]).stdout)
    assert [(w["delivered"], w["pending"]) for w in listed] == [(1, 0), (0, 1)]
    assert runner.invoke(cli_app, ["webhooks", "remove", str(listed[1]["id"]), "--db", sqlite_url]).exit_code == 0
    assert len(outbox(sqlite_url)) == 1, "removing a webhook drops its undelivered rows"
    assert runner.invoke(cli_app, ["webhooks", "remove", "999", "--db", sqlite_url]).exit_code == 1
    assert runner.invoke(cli_app, ["webhooks", "add", "ftp://x", "--db", sqlite_url]).exit_code == 2


def test_webhook_routes_need_an_admin_key_once_keys_exist(sqlite_url):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from service.auth import create_key
    from service.settings import load_settings

    with session_scope(sqlite_url) as session:
        _, key = create_key(session, name="tracker", role="admin")
        _, clerk = create_key(session, name="clerk", role="write")
    client = TestClient(create_app(load_settings(db=sqlite_url, webhook_worker=False, webhook_allow_private=True)))
    assert client.get("/api/webhooks").status_code == 401, "a webhook's URL is not for anyone to read"
    assert client.post("/api/webhooks", json={"url": "http://127.0.0.1:1/x"}).status_code == 401
    assert client.post("/api/webhooks", json={"url": "http://127.0.0.1:1/x"},
                       headers={"Authorization": f"Bearer {clerk}"}).status_code == 403
    auth = {"Authorization": f"Bearer {key}"}
    assert client.post("/api/webhooks", json={"url": "http://127.0.0.1:1/x"}, headers=auth).status_code == 201
    assert len(client.get("/api/webhooks", headers=auth).json()["items"]) == 1


@pytest.mark.parametrize("url, reason", [
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[::1]:22/", "loopback"),
    ("http://127.0.0.1:8000/api/documents", "loopback"),
    ("http://localhost:6379/", "loopback"),
    ("http://10.0.0.5/hook", "private"),
    ("https://user:secret@hooks.example.org/x", "credentials"),
    ("file:///etc/passwd", "http:// or https://"),
    ("gopher://example.org/", "http:// or https://"),
])
def test_webhook_targets_on_this_machine_or_network_or_with_credentials_are_refused(sqlite_url, url, reason):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from service.settings import load_settings

    with TestClient(create_app(load_settings(db=sqlite_url, webhook_worker=False))) as client:
        refused = client.post("/api/webhooks", json={"url": url})
        assert refused.status_code == 400 and reason in refused.json()["detail"]
        assert client.get("/api/webhooks").json()["items"] == []


def test_batch_ingest_queues_new_tasks_too(sqlite_url, receiver):
    """`vanban ingest` writes through service/batch, not store_bytes: it queues as well."""
    import subprocess
    import sys

    register(sqlite_url, receiver.url)
    run = subprocess.run([sys.executable, "-m", "cli", "ingest", "--db", sqlite_url, "--workers", "1",
                          "--no-progress", str(SEED_000)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert deliver_due(sqlite_url, base_url=BASE, policy=POLICY, allow_private=True).delivered == 1
    [(headers, body)] = receiver.posts
    check_signature(headers, body, "s3cret")
    assert json.loads(body)["tasks"], "seed 000 assigns tasks"
