"""Lists never stop silently: over the bulk, dev, central and seed folders (1,266 tasks with
the extractors of 5 December 2026; the bulk folder alone gives 904) /api/tasks says how many
there are and its `next` links page through every one of them, once."""
from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func
from sqlmodel import select

from api.app import create_app
from corpus.db import session_scope
from models.tables import TaskRow
from service.batch.local import ProcessRunner
from service.ingest import ingest
from service.settings import load_settings

from conftest import CORPUS


def test_the_bulk_tasks_page_through_all(sqlite_url: str):
    folders = [CORPUS / name for name in ("bulk", "dev", "central", "seeds")]
    summary = ingest(sqlite_url, folders, runner=ProcessRunner(2))
    assert not summary.failures
    with session_scope(sqlite_url) as session:
        stored = session.exec(select(func.count()).select_from(TaskRow)).one()
    assert stored > 1000
    with TestClient(create_app(load_settings(db=sqlite_url, webhook_worker=False))) as client:
        first = client.get("/api/tasks", params={"limit": 300}).json()
        assert first["total"] == stored and len(first["items"]) == 300
        seen, url, pages = [], "/api/tasks?limit=300", 0
        while url:
            body = client.get(url).json()
            assert body["total"] == stored
            seen += [t["id"] for t in body["items"]]
            url, pages = body["next"], pages + 1
        assert len(seen) == len(set(seen)) == stored and pages == -(-stored // 300)
        dated = [t["deadline"]["date"] for t in client.get("/api/tasks", params={"limit": 1000}).json()["items"]
                 if t["deadline"] and t["deadline"]["date"]]
        assert dated == sorted(dated), "earliest due first, across the page"
        register = client.get("/api/register", params={"limit": 1000}).json()
        assert register["total"] == summary.stored
        assert [r["number"] for r in register["items"]] == list(range(1, summary.stored + 1))
