"""Who may read and write: keys with roles, a revoked key never works, writes closed for
good once a key was created, reads closed by a setting; every refusal a 4xx with a reason."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from cli.app import app as cli
from corpus.db import session_scope
from service.auth import access_summary, authorize, create_key, hash_key, keys_created, list_keys, revoke_key
from service.errors import Forbidden, NotFound, RateLimited, Unauthorized
from service.ratelimit import RateLimiter
from service.settings import load_settings

from conftest import SEED_000, SEEDS


def _client(url: str, **settings) -> TestClient:
    return TestClient(create_app(load_settings(db=url, max_upload_mb=1, **settings)))


def _upload(client: TestClient, path=SEED_000, key: str | None = None):
    return client.post("/api/documents", files={"file": (path.name, path.read_bytes())}, headers=_bearer(key))


def _bearer(key: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"} if key else {}


def test_keys_are_stored_hashed_and_a_revoked_key_never_works(sqlite_url):
    settings = load_settings(db=sqlite_url)
    with session_scope(sqlite_url) as session:
        assert not keys_created(session)
        assert authorize(session, settings, None, need="write") is None  # no key ever created: writes open
        row, key = create_key(session, name="văn thư")
        assert key.startswith("vb_") and len(key) > 40 and row.role == "write"
        assert row.key_hash == hash_key(key) and key not in (row.key_hash, row.prefix)
        assert authorize(session, settings, f"Bearer {key}", need="write").id == row.id
        for header, reason in [(None, "needs an API key"), ("Basic abc", "Bearer"), ("Bearer", "Bearer"),
                               ("Bearer vb_wrong", "unknown API key")]:
            with pytest.raises(Unauthorized, match=reason):
                authorize(session, settings, header, need="write")
        revoke_key(session, ident=row.prefix)
        with pytest.raises(Unauthorized, match="revoked"):  # the last key revoked: still refused
            authorize(session, settings, f"Bearer {key}", need="write")
        with pytest.raises(Unauthorized, match="needs an API key"):  # and writes stay closed
            authorize(session, settings, None, need="write")
        with pytest.raises(Unauthorized, match="revoked"):  # a revoked key is refused even where reads are open
            authorize(session, settings, f"Bearer {key}", need="read")
        assert authorize(session, settings, None, need="read") is None
        with pytest.raises(NotFound):
            revoke_key(session, ident="vb_nothing")


def test_roles_read_write_admin(sqlite_url):
    settings = load_settings(db=sqlite_url, reads="key")
    with session_scope(sqlite_url) as session:
        keys = {role: create_key(session, name=role, role=role)[1] for role in ("read", "write", "admin")}
        with pytest.raises(Unauthorized, match="reading needs an API key"):
            authorize(session, settings, None, need="read")
        assert authorize(session, settings, f"Bearer {keys['read']}", need="read").role == "read"
        with pytest.raises(Forbidden, match="role 'read'"):
            authorize(session, settings, f"Bearer {keys['read']}", need="write")
        assert authorize(session, settings, f"Bearer {keys['write']}", need="write").role == "write"
        with pytest.raises(Forbidden, match="needs 'admin'"):
            authorize(session, settings, f"Bearer {keys['write']}", need="admin")
        assert authorize(session, settings, f"Bearer {keys['admin']}", need="admin").role == "admin"
        assert "reads need an API key; writes need an API key (3 active)" == access_summary(session, settings)


def test_writes_need_a_key_once_one_was_created_and_reads_stay_open(sqlite_url):
    with _client(sqlite_url) as client:
        assert _upload(client).status_code == 201  # no key yet: open
        with session_scope(sqlite_url) as session:
            _, key = create_key(session, name="test")
            _, reader = create_key(session, name="reader", role="read")
        refused = _upload(client, SEEDS[1])
        assert refused.status_code == 401 and "Authorization: Bearer" in refused.json()["detail"]
        wrong = _upload(client, SEEDS[1], key="vb_not-a-key")
        assert wrong.status_code == 401 and wrong.json()["detail"] == "unknown API key"
        assert _upload(client, SEEDS[1], key=reader).status_code == 403
        for method, url in [("DELETE", "/api/documents/1"), ("POST", "/api/documents/1/reextract")]:
            r = client.request(method, url)
            assert r.status_code == 401 and r.json()["detail"]
        accepted = _upload(client, SEEDS[1], key=key)
        assert accepted.status_code == 201
        for url in ["/api/documents/1", "/api/tasks", "/api/search?q=cai+cach", "/", "/documents/1",
                    "/tasks", "/search?q=binh+son", "/documents/1/graph"]:
            assert client.get(url).status_code == 200, url
        assert client.get("/api/webhooks", headers=_bearer(key)).status_code == 403  # webhooks: admin only
        with session_scope(sqlite_url) as session:
            revoke_key(session, ident=key[:10])
            revoke_key(session, ident=reader[:10])
        for k in (key, None):  # every key revoked: writes stay closed, and the revoked key is refused
            assert _upload(client, SEEDS[2], key=k).status_code == 401


def test_reads_closed_by_a_setting_and_writes_opened_by_one(sqlite_url):
    with session_scope(sqlite_url) as session:
        _, reader = create_key(session, name="reader", role="read")
    with _client(sqlite_url, reads="key", writes="open") as client:
        assert client.get("/api/tasks").status_code == 401
        assert client.get("/api/tasks", headers=_bearer(reader)).status_code == 200
        assert client.get("/healthz").status_code == 200  # the probe needs no key
        assert _upload(client).status_code == 201  # writes open by the setting, keys or not


def test_writes_over_the_rate_limit_are_429(sqlite_url):
    with _client(sqlite_url, write_rate_per_minute=2) as client:
        assert [_upload(client, p).status_code for p in SEEDS[:2]] == [201, 201]
        third = _upload(client, SEEDS[2])
        assert third.status_code == 429 and "more than 2 writes a minute" in third.json()["detail"]
        assert client.get("/api/tasks").status_code == 200  # reads are not limited


def test_rate_limiter_window_slides():
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    limiter.hit("a"), limiter.hit("a"), limiter.hit("b")
    with pytest.raises(RateLimited, match="retry in 60 s"):
        limiter.hit("a")
    now[0] = 60.5
    limiter.hit("a")
    RateLimiter(0).hit("a")  # 0: no limit


def test_cli_creates_lists_and_revokes_keys(sqlite_url):
    runner = CliRunner()
    created = runner.invoke(cli, ["keys", "create", "văn thư", "--role", "admin", "--db", sqlite_url])
    assert created.exit_code == 0
    key = created.stdout.strip().splitlines()[-1]
    assert key.startswith("vb_")
    listed = runner.invoke(cli, ["keys", "list", "--db", sqlite_url])
    assert "văn thư" in listed.stdout and "active" in listed.stdout and key not in listed.stdout
    assert "admin" in listed.stdout and "writes need an API key (1 active)" in listed.stdout
    assert runner.invoke(cli, ["keys", "revoke", "1", "--db", sqlite_url]).exit_code == 0
    assert "revoked" in runner.invoke(cli, ["keys", "list", "--db", sqlite_url]).stdout
    missing = runner.invoke(cli, ["keys", "revoke", "99", "--db", sqlite_url])
    assert missing.exit_code == 1 and "no API key" in missing.stderr
    with session_scope(sqlite_url) as session:
        assert [k.name for k in list_keys(session)] == ["văn thư"]
