"""Task exports: iCalendar (round trip, RRULE dates), CSV for Excel, JSON; CLI and API."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from conftest import SEED_000
from dateutil.rrule import rrulestr
from icalendar import Calendar
from seed_duties import QUARTERLY_2024, quarterly_duty, seed_000_extraction
from typer.testing import CliRunner

from cli.app import app as cli_app
from corpus.db import session_scope
from corpus.store import content_hash, save_extraction
from models.tables import Document, TaskRow
from service.exports import CalendarKind, tasks_csv, tasks_ical
from service.tasks import list_tasks

BASE = "https://vanban.example.gov.vn"


def store_seed_000(db_url: str) -> int:
    with session_scope(db_url) as session:
        doc = save_extraction(session, seed_000_extraction(), digest=content_hash(SEED_000.read_bytes()),
                              source=SEED_000.name)
        return doc.id


def stored_rows(db_url: str, **filters) -> list[tuple[TaskRow, Document]]:
    with session_scope(db_url) as session:
        return list_tasks(session, **filters)


def todos(ics: bytes) -> list:
    return Calendar.from_ical(ics).walk("VTODO")


def quarterly_todo(items: list):
    [todo] = [t for t in items if "ngày 07 của tháng cuối kỳ" in str(t.get("description"))]
    return todo


def expand_2024(component) -> list[str]:
    """What a calendar app does with DTSTART + RRULE, for the year 2024."""
    start = component.decoded("dtstart")
    rule = rrulestr(component["rrule"].to_ical().decode(), dtstart=dt.datetime.combine(start, dt.time()))
    return [d.date().isoformat() for d in rule.between(dt.datetime(2024, 1, 1), dt.datetime(2024, 12, 31, 23, 59), inc=True)]


def test_seed_000_is_read_with_its_year_and_its_quarterly_report_duty():
    ex = seed_000_extraction()
    assert ex.issued_year == 2024, "the anchor of its recurrences"
    duty = quarterly_duty(ex)
    assert duty is not None and duty.deadline.kind == "recurring"
    assert duty.deadline.recurrence == "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=7"


def test_ical_round_trips_through_the_icalendar_parser(sqlite_url):
    doc_id = store_seed_000(sqlite_url)
    rows = stored_rows(sqlite_url)
    ics = tasks_ical(rows, base_url=BASE)
    cal = Calendar.from_ical(ics)
    assert cal.to_ical() == ics, "parse and serialise give back the same bytes"
    items = todos(ics)
    assert len(items) == len(rows) and len({str(t["uid"]) for t in items}) == len(rows)
    for todo, (task, _doc) in zip(items, rows):
        assert str(todo["url"]) == f"{BASE}/documents/{doc_id}"
        assert str(todo["summary"]).startswith("; ".join(task.assignees) + ": ")
        if task.assignees:
            assert todo["categories"].cats == task.assignees, "names with commas survive CATEGORIES"
        if task.due_date and not task.recurrence:
            assert todo.decoded("due") == task.due_date


def test_seed_000_quarterly_report_duty_falls_on_the_7th_of_each_quarters_last_month(sqlite_url):
    store_seed_000(sqlite_url)
    todo = quarterly_todo(todos(tasks_ical(stored_rows(sqlite_url), base_url=BASE)))
    assert todo.decoded("dtstart") == todo.decoded("due") == dt.date(2024, 3, 7)
    assert expand_2024(todo) == QUARTERLY_2024


def test_events_kind_puts_dated_tasks_on_all_day_events(sqlite_url):
    store_seed_000(sqlite_url)
    rows = stored_rows(sqlite_url)
    events = Calendar.from_ical(tasks_ical(rows, base_url=BASE, kind=CalendarKind.event)).walk("VEVENT")
    assert len(events) == sum(1 for t, _ in rows if t.due_date or t.recurrence)
    quarterly = quarterly_todo(events)
    assert quarterly.decoded("dtend") - quarterly.decoded("dtstart") == dt.timedelta(days=1)
    assert expand_2024(quarterly) == QUARTERLY_2024


@pytest.mark.parametrize("recurrence, rrule", [
    ("hằng quý", None),  # a description: DESCRIPTION, no RRULE
    ("FREQ=MONTHLY;BYMONTHDAY=5", "FREQ=MONTHLY;BYMONTHDAY=5"),
    ("RRULE:FREQ=WEEKLY;BYDAY=FR", "FREQ=WEEKLY;BYDAY=FR"),
    ("FREQ=SOMETIMES", None),
])
def test_only_valid_rrules_become_rrule(recurrence, rrule):
    doc = Document(id=7, content_hash="c" * 64, year=2024, issuer="UBND huyện Bình Sơn")
    task = TaskRow(id=1, document_id=7, position=0, action="Báo cáo tình hình", recurrence=recurrence,
                deadline_text=recurrence)
    [todo] = todos(tasks_ical([(task, doc)], base_url=BASE))
    if rrule is None:
        assert "RRULE" not in todo and f"Lặp lại: {recurrence}" in str(todo["description"])
    else:
        assert todo["rrule"].to_ical().decode() == vrecur_order(rrule)
        assert todo.decoded("dtstart") >= dt.date(2024, 1, 1)
    assert str(todo["summary"]).startswith("UBND huyện Bình Sơn: "), "no assignee: the issuer acts"


def vrecur_order(rule: str) -> str:
    from icalendar import vRecur

    return vRecur.from_ical(rule).to_ical().decode()


def test_uids_are_stable_across_databases(tmp_path):
    first, second = (f"sqlite:///{tmp_path / name}" for name in ("a.db", "b.db"))
    store_seed_000(first)
    store_seed_000(second)
    uids = [[str(t["uid"]) for t in todos(tasks_ical(stored_rows(url), base_url=BASE))] for url in (first, second)]
    assert uids[0] == uids[1] and all(u.endswith("@vanban") for u in uids[0])


def test_csv_has_a_bom_crlf_rows_and_no_formula_cells(sqlite_url):
    store_seed_000(sqlite_url)
    rows = stored_rows(sqlite_url)
    data = tasks_csv(rows, base_url=BASE)
    assert data.startswith(b"\xef\xbb\xbf"), "Excel reads UTF-8 only with the BOM"
    text = data.decode("utf-8-sig")
    assert text.endswith("\r\n")
    parsed = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(parsed) == len(rows)
    quarterly = next(r for r in parsed if "ngày 07 của tháng cuối kỳ" in r["deadline_text"])
    assert quarterly["recurrence"] == "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=7"
    assert quarterly["document_url"].startswith(BASE + "/documents/")
    by_id = {t.id: t for t, _ in rows}
    assert all(r["assignees"].lstrip("'") == "; ".join(by_id[int(r["task_id"])].assignees) for r in parsed)
    for row in parsed:
        assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values())
    dash_items = [t for t, _ in rows if t.text.startswith(("-", "+"))]
    assert all(any(r["text"] == "'" + t.text for r in parsed) for t in dash_items)


def test_cli_exports_each_format_with_the_filters(sqlite_url, tmp_path):
    store_seed_000(sqlite_url)
    runner = CliRunner()
    out = tmp_path / "tasks.ics"
    run = runner.invoke(cli_app, ["tasks", "--db", sqlite_url, "--format", "ics", "-o", str(out),
                                  "--assignee", "THỦ TRƯỞNG"])
    assert run.exit_code == 0, run.output
    items = todos(out.read_bytes())
    assert items and all("Thủ trưởng" in str(t["summary"]) for t in items)
    run = runner.invoke(cli_app, ["tasks", "--db", sqlite_url, "--format", "ics"])
    assert quarterly_todo(todos(run.stdout.encode()))
    run = runner.invoke(cli_app, ["tasks", "--db", sqlite_url])
    listed = json.loads(run.stdout)["items"]
    assert len(listed) == len(stored_rows(sqlite_url)) and all(i["uid"] and i["document_url"] for i in listed)
    run = runner.invoke(cli_app, ["tasks", "--db", sqlite_url, "--format", "csv", "--due-after", "2030-01-01"])
    assert run.stdout_bytes.startswith(b"\xef\xbb\xbfuid,") and run.stdout_bytes.count(b"\r\n") == 1, \
        "the header alone: nothing is due after 2030"
    run = runner.invoke(cli_app, ["tasks", "--db", sqlite_url, "--format", "csv", "--csv-sep", "semicolon"])
    assert run.stdout_bytes.startswith(b"\xef\xbb\xbfuid;task_id;document_id;")
    run = runner.invoke(cli_app, ["tasks", "--db", sqlite_url, "--format", "xml"])
    assert run.exit_code == 2 and "json" in run.output and "ics" in run.output


def test_api_feeds_use_the_filters_of_get_tasks(client, monkeypatch):
    upload = client.post("/api/documents", files={"file": (SEED_000.name, SEED_000.read_bytes())}).json()
    assert upload["tasks"], "the upload answers with its tasks"
    for params in ({}, {"assignee": "thủ trưởng"}, {"due_after": "2024-06-01"}):
        listed = client.get("/api/tasks", params=params).json()["items"]
        ics = client.get("/api/tasks.ics", params=params)
        assert ics.headers["content-type"].startswith("text/calendar")
        assert len(todos(ics.content)) == len(listed)
        table = client.get("/api/tasks.csv", params=params)
        assert table.headers["content-type"].startswith("text/csv") and table.content.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"), newline="")))
        assert [int(r["task_id"]) for r in rows] == [t["id"] for t in listed]
    semicolons = client.get("/api/tasks.csv", params={"sep": "semicolon"}).content.decode("utf-8-sig")
    everything = client.get("/api/tasks").json()["items"]
    assert len(list(csv.DictReader(io.StringIO(semicolons, newline=""), delimiter=";"))) == len(everything)
    todo = quarterly_todo(todos(client.get("/api/tasks.ics").content))
    assert str(todo["url"]) == f"http://testserver/documents/{upload['id']}"
    feed = client.get("/api/tasks.ics")
    unchanged = client.get("/api/tasks.ics", headers={"If-None-Match": feed.headers["etag"]})
    assert unchanged.status_code == 304 and not unchanged.content, "a subscriber's poll of an unchanged feed"
    assert client.get("/api/tasks.ics", params={"due_before": "nope"}).status_code == 422


def test_uploading_seed_000_answers_with_its_extracted_tasks_and_the_feed_dates_its_reports(client):
    """Through the API with the real extractor: upload, tasks in the answer, 2024 dates in the feed."""
    upload = client.post("/api/documents", files={"file": (SEED_000.name, SEED_000.read_bytes())})
    assert upload.status_code == 201
    answered = upload.json()["tasks"]
    listed = client.get("/api/tasks", params={"document_id": upload.json()["id"]}).json()["items"]
    assert answered and sorted(t["id"] for t in answered) == sorted(t["id"] for t in listed)
    [duty] = [t for t in answered if t["deadline"] and "ngày 07 của tháng cuối kỳ" in t["deadline"]["text"]]
    assert duty["deadline"]["recurrence"]
    todo = quarterly_todo(todos(client.get("/api/tasks.ics").content))
    assert expand_2024(todo) == QUARTERLY_2024


def test_links_follow_the_public_url_setting(sqlite_url):
    from service.exports import service_base_url
    from service.settings import SettingsError, load_settings

    assert service_base_url(load_settings(port=8123)) == "http://127.0.0.1:8123"
    assert service_base_url(load_settings(public_url=BASE)) == BASE
    with pytest.raises(SettingsError, match="VANBAN_PUBLIC_URL"):
        load_settings(public_url="vanban.example.gov.vn")
