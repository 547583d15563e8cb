"""The durable outbox: deliveries are written with the document that causes them and
stay until their receiver accepts them.

Written in the storing transaction, a delivery exists exactly when its document
does. Senders (the API's worker thread, `vanban webhooks deliver`) claim due rows by
pushing `next_attempt_at` a lease ahead with a compare-and-set UPDATE, so two senders
never post the same row at once, and a sender that dies mid-post leaves a row that is
due again when its lease ends: at-least-once, with `delivery_id` for receivers to
drop repeats.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlmodel import Session, col, select, update

from models.tables import Document, TaskRow, WebhookDelivery, WebhookEndpoint
from service.exports.view import document_url, task_uid
from service.tasks import task_view

TASKS_CREATED = "tasks.created"
TASKS_UPDATED = "tasks.updated"  # a clerk changed a task's status, person, note or done date
CLAIM_BATCH = 10  # rows one sender claims at a time


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class RetryPolicy:
    backoff: dt.timedelta  # wait after the first failure
    backoff_max: dt.timedelta
    timeout: dt.timedelta  # for one POST

    def delay(self, attempts: int) -> dt.timedelta:
        """Exponential: backoff, 2*backoff, 4*backoff ... capped, after `attempts` failures."""
        return min(self.backoff * 2 ** max(attempts - 1, 0), self.backoff_max)

    def lease(self, batch: int) -> dt.timedelta:
        """How long claimed rows stay invisible to other senders: long enough for a
        batch posted one after the other to time out, and a margin."""
        return self.timeout * batch + dt.timedelta(seconds=30)


def _document_payload(doc: Document) -> dict:
    return {"id": doc.id, "number": doc.number, "doc_type": doc.doc_type, "issuer": doc.issuer,
            "issued_date": doc.issued_date.isoformat() if doc.issued_date else None,
            "subject": doc.subject, "source": doc.source}


def endpoint_ids(session: Session) -> list[int]:
    return list(session.exec(select(WebhookEndpoint.id)))


def enqueue_document_tasks(session: Session, doc: Document, endpoints: list[int] | None = None) -> int:
    """One `tasks.created` delivery per registered endpoint (`endpoints`, when the caller
    storing many documents read them once) for a newly stored document with tasks;
    returns how many were queued. Runs inside the caller's transaction."""
    endpoints = endpoint_ids(session) if endpoints is None else endpoints
    if not endpoints:
        return 0
    tasks = list(session.exec(select(TaskRow).where(TaskRow.document_id == doc.id).order_by(TaskRow.position)))
    if not tasks:
        return 0
    return _enqueue(session, TASKS_CREATED, doc, tasks, endpoints)


def enqueue_task_change(session: Session, task: TaskRow, doc: Document) -> int:
    """One `tasks.updated` delivery per endpoint for a changed task, in the same shape as
    `tasks.created` (the document and a list holding the task); how many were queued."""
    return _enqueue(session, TASKS_UPDATED, doc, [task], endpoint_ids(session))


def _enqueue(session: Session, event: str, doc: Document, tasks: list[TaskRow], endpoints: list[int]) -> int:
    """One delivery of `event` per endpoint: the document and its tasks; how many were queued."""
    payload = {"document": _document_payload(doc),
               "tasks": [{"uid": task_uid(t, doc), **task_view(t, doc)} for t in tasks]}
    for endpoint_id in endpoints:
        session.add(WebhookDelivery(delivery_id=str(uuid.uuid4()), endpoint_id=endpoint_id,
                                    event=event, document_id=doc.id, payload=payload))
    session.flush()
    return len(endpoints)


def delivery_body(delivery: WebhookDelivery, *, base_url: str) -> bytes:
    """The JSON posted: the queued payload with links resolved against `base_url`."""
    payload = delivery.payload
    doc = payload["document"]
    url = document_url(base_url, doc["id"])
    body = {"delivery_id": delivery.delivery_id, "event": delivery.event,
            "created_at": delivery.created_at.isoformat(),
            "document": {**doc, "url": url},
            "tasks": [{**t, "document_url": url} for t in payload["tasks"]]}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def make_all_due(session: Session, *, now: dt.datetime) -> None:
    """Bring every pending delivery's next attempt forward to `now` (an operator's "retry now")."""
    session.exec(update(WebhookDelivery)
                 .where(col(WebhookDelivery.status) == "pending", col(WebhookDelivery.next_attempt_at) > now)
                 .values(next_attempt_at=now))


def claim_due(session: Session, *, due_by: dt.datetime, now: dt.datetime,
              policy: RetryPolicy) -> list[tuple[WebhookDelivery, WebhookEndpoint]]:
    """Claim up to CLAIM_BATCH pending deliveries due by `due_by`, with their endpoints,
    for one lease from `now`; the caller commits."""
    q = (select(WebhookDelivery.id, WebhookDelivery.next_attempt_at)
         .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= due_by)
         .order_by(WebhookDelivery.id).limit(CLAIM_BATCH))
    claimed = []
    for delivery_id, due in session.exec(q).all():
        taken = session.exec(
            update(WebhookDelivery)
            .where(col(WebhookDelivery.id) == delivery_id, col(WebhookDelivery.next_attempt_at) == due,
                   col(WebhookDelivery.status) == "pending")
            .values(next_attempt_at=now + policy.lease(CLAIM_BATCH)))
        if taken.rowcount == 1:
            claimed.append(delivery_id)
    rows = session.exec(
        select(WebhookDelivery, WebhookEndpoint)
        .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
        .where(col(WebhookDelivery.id).in_(claimed)).order_by(WebhookDelivery.id))
    return list(rows.all())


def record_attempt(session: Session, delivery_id: int, *, status: int | None, error: str | None,
                   now: dt.datetime, policy: RetryPolicy) -> None:
    """Mark a claimed delivery delivered (2xx) or schedule its retry."""
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None:  # its endpoint was removed while we posted
        return
    delivery.attempts += 1
    delivery.last_status = status
    delivery.last_error = error
    if error is None:
        delivery.status = "delivered"
        delivery.delivered_at = now
    else:
        delivery.next_attempt_at = now + policy.delay(delivery.attempts)
    session.add(delivery)
