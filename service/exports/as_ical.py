"""Tasks as an iCalendar feed (RFC 5545) that calendar and task apps can subscribe to.

One VTODO per task: DUE on its date; for a recurring duty DTSTART and DUE on the
first occurrence from the document's date with the RRULE (a recurrence that is not
a valid RRULE goes to DESCRIPTION); the assignees in SUMMARY, CATEGORIES (what Thunderbird, Apple and
DAVx5 clients show) and X-VANBAN-ASSIGNEE; STATUS from the task's workflow
(NEEDS-ACTION, IN-PROCESS, or COMPLETED with the COMPLETED date); URL to the
document's page; a UID
stable per document content and position, so a re-published feed updates in place.
No METHOD: DTSTAMP and LAST-MODIFIED then say when the document (and so its tasks)
was last revised, and the same store gives the same bytes.
Google Calendar and Outlook ignore VTODO in subscriptions: `kind=event` gives one
all-day VEVENT per dated task instead.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum

from icalendar import Calendar, Event, Todo, vDuration, vRecur

from models.tables import Document, TaskRow
from models.workflow import WorkStatus
from service.exports.recurrence import first_occurrence, rrule_or_none
from service.exports.view import document_page_url, task_uid

PRODID = "-//vanban//Vietnamese official documents: tasks//VI"
CALENDAR_NAME = "vanban: nhiệm vụ"
REFRESH = dt.timedelta(hours=1)  # REFRESH-INTERVAL / X-PUBLISHED-TTL for subscribers
SUMMARY_CHARS = 120
# RFC 5545 3.8.1.11: the statuses of a VTODO
TODO_STATUS = {WorkStatus.open: "NEEDS-ACTION", WorkStatus.in_progress: "IN-PROCESS", WorkStatus.done: "COMPLETED"}


class CalendarKind(str, Enum):
    todo = "todo"  # VTODO, the task apps' shape
    event = "event"  # all-day VEVENT on the due date, for calendars that ignore VTODO


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _who(task: TaskRow, doc: Document) -> str:
    """The assignees; a task naming no one falls to the issuer."""
    return "; ".join(task.assignees) or doc.issuer or ""


def _summary(task: TaskRow, doc: Document) -> str:
    action = _shorten(task.action or task.text, SUMMARY_CHARS)
    who = _who(task, doc)
    return f"{who}: {action}" if who else action


def _description(task: TaskRow, doc: Document, url: str, recurrence_note: str | None) -> str:
    lines = [" ".join(task.action.split())]
    for label, value in (
        ("Thực hiện", "; ".join(task.assignees)),
        ("Phối hợp", "; ".join(task.coordinators)),
        ("Báo cáo", task.report_to),
        ("Thời hạn", task.deadline_text),
        ("Lặp lại", recurrence_note),
        ("Tình trạng", WorkStatus(task.status).label),
        ("Người xử lý", task.assigned_to),
        ("Ghi chú", task.note),
        ("Văn bản", " ".join(p for p in (doc.doc_type, doc.number, doc.issuer) if p)),
        ("Trích yếu", doc.subject),
    ):
        if value:
            lines.append(f"{label}: {' '.join(value.split())}")
    lines.append(url)
    return "\n".join(lines)


def _anchor(task: TaskRow, doc: Document) -> dt.date:
    """Where a recurrence starts counting: the task's resolved date, else the document's
    date or year, else the day it was stored."""
    if task.due_date:
        return task.due_date
    if doc.issued_date:
        return doc.issued_date
    return dt.date(doc.year, 1, 1) if doc.year else _utc(doc.created_at).date()


def _component(task: TaskRow, doc: Document, base_url: str, kind: CalendarKind) -> Todo | Event | None:
    rule = rrule_or_none(task.recurrence)
    start = first_occurrence(rule, _anchor(task, doc)) if rule else None
    due = start or task.due_date
    if kind is CalendarKind.event and due is None:
        return None
    url = document_page_url(base_url, doc.id)
    comp = Todo() if kind is CalendarKind.todo else Event()
    comp.add("uid", task_uid(task, doc))
    comp.add("dtstamp", _utc(doc.updated_at))
    comp.add("created", _utc(doc.created_at))
    comp.add("last-modified", _utc(doc.updated_at))
    comp.add("summary", _summary(task, doc))
    comp.add("description", _description(task, doc, url, None if start else task.recurrence))
    comp.add("url", url)
    if task.assignees:
        comp.add("categories", task.assignees)
    for name in task.assignees:
        comp.add("x-vanban-assignee", name)
    comp.add("x-vanban-document-id", str(doc.id))
    comp.add("x-vanban-task-id", str(task.id))
    if kind is CalendarKind.todo:
        comp.add("status", TODO_STATUS[WorkStatus(task.status)])
        if task.done_date:
            comp.add("completed", dt.datetime.combine(task.done_date, dt.time(), tzinfo=dt.UTC))
        if start:
            comp.add("dtstart", start)
        if due:
            comp.add("due", due)
    else:
        comp.add("dtstart", due)
        comp.add("dtend", due + dt.timedelta(days=1))
        comp.add("transp", "TRANSPARENT")
    if start:
        comp.add("rrule", vRecur.from_ical(rule))
    return comp


def tasks_ical(rows: Sequence[tuple[TaskRow, Document]], *, base_url: str,
               kind: CalendarKind = CalendarKind.todo) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", CALENDAR_NAME)
    cal.add("x-wr-calname", CALENDAR_NAME)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    for task, doc in rows:
        comp = _component(task, doc, base_url, kind)
        if comp is not None:
            cal.add_component(comp)
    return cal.to_ical()
