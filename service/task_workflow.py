"""What a clerk does with a task: its status, the person handling it, a note, the day it
was done; a change notifies the webhooks, and a re-extraction keeps it.

Marking a task done without a date records the office's today; moving it back to
open or in progress clears the date. A re-extraction matches the new tasks to the
old by their text (white space ignored), so the state of a task whose sentence did
not change survives a loader or rule upgrade.
"""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session, select

from corpus.register import today
from models.tables import Document, TaskRow
from models.workflow import WorkStatus
from service.errors import NotFound, Unprocessable
from service.webhooks import enqueue_task_change
from service.workflow_fields import note_text, one_line, status_value


class TaskChange(BaseModel):
    """A PATCH of a task: only the fields given change; null clears a field."""

    model_config = ConfigDict(extra="forbid")

    status: WorkStatus | None = Field(None, description="open (chưa xử lý), in_progress (đang xử lý), done (đã xử lý)")
    assigned_to: str | None = Field(None, max_length=200, description="The person handling the task")
    note: str | None = Field(None, max_length=4000, description="A note on the handling")
    done_date: dt.date | None = Field(None, description="When it was done; defaults to today when status becomes done")


def get_task(session: Session, task_id: int) -> tuple[TaskRow, Document]:
    row = session.exec(select(TaskRow, Document).join(Document, Document.id == TaskRow.document_id)
                       .where(TaskRow.id == task_id)).first()
    if row is None:
        raise NotFound(f"no task with id {task_id}")
    return row[0], row[1]


def apply_change(task: TaskRow, change: TaskChange, *, on: dt.date) -> None:
    """Set the fields `change` gives, keeping status and done date consistent."""
    given = change.model_fields_set
    if "status" in given:
        task.status = status_value(change.status)
    if "assigned_to" in given:
        task.assigned_to = one_line(change.assigned_to)
    if "note" in given:
        task.note = note_text(change.note)
    if "done_date" in given:
        task.done_date = change.done_date
    if task.status == WorkStatus.done.value:
        task.done_date = task.done_date or on
    elif task.done_date is not None:
        if "done_date" in given and change.done_date is not None:
            raise Unprocessable(f"done_date is for a task that is done, and this one is {task.status}")
        task.done_date = None


def update_task(session: Session, task_id: int, change: TaskChange) -> tuple[TaskRow, Document]:
    """Apply `change` and queue a `tasks.updated` webhook for it, in the caller's transaction."""
    task, doc = get_task(session, task_id)
    apply_change(task, change, on=today())
    session.add(task)
    session.flush()
    enqueue_task_change(session, task, doc)
    return task, doc


WorkflowState = tuple[str, str | None, str | None, dt.date | None]


def _text_key(text: str) -> str:
    return " ".join(text.split())


def workflow_by_text(session: Session, doc_id: int) -> dict[str, WorkflowState]:
    """The workflow of a document's tasks that left the default, by task text."""
    rows = session.exec(select(TaskRow).where(TaskRow.document_id == doc_id)).all()
    return {_text_key(t.text): (t.status, t.assigned_to, t.note, t.done_date) for t in rows
            if (t.status, t.assigned_to, t.note, t.done_date) != (WorkStatus.open.value, None, None, None)}


def restore_workflow(session: Session, doc_id: int, kept: dict[str, WorkflowState]) -> int:
    """Give the document's (new) tasks the state their text had; how many matched."""
    if not kept:
        return 0
    matched = 0
    for task in session.exec(select(TaskRow).where(TaskRow.document_id == doc_id)).all():
        state = kept.pop(_text_key(task.text), None)
        if state is not None:
            task.status, task.assigned_to, task.note, task.done_date = state
            session.add(task)
            matched += 1
    session.flush()
    return matched
