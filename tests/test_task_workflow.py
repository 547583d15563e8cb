"""The task workflow: PATCH /api/tasks/{id} (status, person, note, done date), validated,
a write like the others, exported (CSV, iCalendar, JSON), sent to webhooks, and kept by a
re-extraction for tasks whose text did not change."""
from __future__ import annotations

import csv
import io

from icalendar import Calendar
from sqlmodel import select

from corpus.db import session_scope
from corpus.register import today
from models.tables import WebhookDelivery
from service.auth import create_key

from conftest import SEED_000


def stored_seed(client) -> dict:
    return client.post("/api/documents", files={"file": (SEED_000.name, SEED_000.read_bytes())}).json()


def test_mark_a_task_done_then_find_it_done_in_every_export(client):
    doc = stored_seed(client)
    task = doc["tasks"][0]
    assert (task["status"], task["status_label"], task["done_date"]) == ("open", "chưa xử lý", None)
    started = client.patch(f"/api/tasks/{task['id']}", json={"status": "in_progress", "assigned_to": "  Trần  Văn An "})
    assert started.status_code == 200, started.text
    assert (started.json()["status_label"], started.json()["assigned_to"]) == ("đang xử lý", "Trần Văn An")
    done = client.patch(f"/api/tasks/{task['id']}", json={"status": "done", "note": "Đã báo cáo UBND tỉnh"}).json()
    assert (done["status"], done["done_date"], done["assigned_to"]) == ("done", today().isoformat(), "Trần Văn An")

    rows = list(csv.DictReader(io.StringIO(client.get("/api/tasks.csv").content.decode("utf-8-sig"))))
    [row] = [r for r in rows if r["task_id"] == str(task["id"])]
    assert (row["status"], row["done_date"], row["assigned_to"]) == ("done", today().isoformat(), "Trần Văn An")
    assert all(r["status"] == "open" for r in rows if r["task_id"] != str(task["id"]))

    todo = next(c for c in Calendar.from_ical(client.get("/api/tasks.ics").content).walk("VTODO")
                if c["x-vanban-task-id"] == str(task["id"]))
    assert str(todo["status"]) == "COMPLETED" and todo.decoded("completed").date() == today()
    others = [c for c in Calendar.from_ical(client.get("/api/tasks.ics").content).walk("VTODO")
              if c["x-vanban-task-id"] != str(task["id"])]
    assert others and {str(c["status"]) for c in others} == {"NEEDS-ACTION"} and not any("completed" in c for c in others)

    listed = client.get("/api/tasks", params={"status": "done"}).json()
    assert [t["id"] for t in listed["items"]] == [task["id"]] and listed["total"] == 1
    reopened = client.patch(f"/api/tasks/{task['id']}", json={"status": "open"}).json()
    assert reopened["done_date"] is None and reopened["note"] == "Đã báo cáo UBND tỉnh"


def test_bad_changes_are_refused_with_a_reason(client):
    task = stored_seed(client)["tasks"][0]
    assert client.patch("/api/tasks/999999", json={"status": "done"}).status_code == 404
    for body in ({"status": "finished"}, {"colour": "red"}, {"status": None}, {"done_date": "2025-13-01"},
                 {"assigned_to": "x" * 201}, {"done_date": "2025-01-02"}):
        answer = client.patch(f"/api/tasks/{task['id']}", json=body)
        assert answer.status_code == 422, (body, answer.text)
    assert client.patch(f"/api/tasks/{2**63}", json={"status": "done"}).status_code == 422


def test_a_change_needs_a_write_key_once_keys_exist(client, sqlite_url: str):
    task = stored_seed(client)["tasks"][0]
    with session_scope(sqlite_url) as session:
        _, key = create_key(session, name="văn thư")
    assert client.patch(f"/api/tasks/{task['id']}", json={"status": "done"}).status_code == 401
    answer = client.patch(f"/api/tasks/{task['id']}", json={"status": "done"}, headers={"Authorization": f"Bearer {key}"})
    assert answer.status_code == 200


def test_a_change_notifies_the_webhooks(sqlite_url: str):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from service.settings import load_settings

    settings = load_settings(db=sqlite_url, webhook_worker=False, webhook_allow_private=True)
    with TestClient(create_app(settings)) as client:
        task = stored_seed(client)["tasks"][0]
        assert client.post("/api/webhooks", json={"url": "http://127.0.0.1:9/hook"}).status_code == 201
        assert client.patch(f"/api/tasks/{task['id']}", json={"status": "done"}).status_code == 200
    with session_scope(sqlite_url) as session:
        [delivery] = session.exec(select(WebhookDelivery)).all()
    assert delivery.event == "tasks.updated"
    [sent] = delivery.payload["tasks"]
    assert (sent["id"], sent["status"]) == (task["id"], "done")


def test_reextract_keeps_the_workflow_of_unchanged_tasks(client):
    doc = stored_seed(client)
    first, second = doc["tasks"][0], doc["tasks"][1]
    client.patch(f"/api/tasks/{first['id']}", json={"status": "done", "assigned_to": "Lê Thị Bình", "note": "xong"})
    client.patch(f"/api/tasks/{second['id']}", json={"status": "in_progress"})
    again = client.post(f"/api/documents/{doc['id']}/reextract").json()
    by_text = {t["text"]: t for t in again["tasks"]}
    kept = by_text[first["text"]]
    assert (kept["status"], kept["assigned_to"], kept["note"], kept["done_date"]) == (
        "done", "Lê Thị Bình", "xong", today().isoformat())
    assert by_text[second["text"]]["status"] == "in_progress"
    assert sum(t["status"] == "open" for t in again["tasks"]) == len(again["tasks"]) - 2
