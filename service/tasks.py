"""Listing stored tasks with filters (assignee, due before / after)."""
from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from corpus.search import folded
from models.tables import Document, Task


def list_tasks(session: Session, *, assignee: str | None = None, due_before: dt.date | None = None,
               due_after: dt.date | None = None, document_id: int | None = None,
               limit: int = 500, offset: int = 0) -> list[tuple[Task, Document]]:
    """Tasks with their documents, ordered by due date (undated last), then document."""
    q = select(Task, Document).join(Document, Document.id == Task.document_id)
    if assignee:
        q = q.where(col(Task.assignees_text).contains(folded(assignee), autoescape=True))  # % and _ are letters here
    if due_before:
        q = q.where(Task.due_date <= due_before)
    if due_after:
        q = q.where(Task.due_date >= due_after)
    if document_id is not None:
        q = q.where(Task.document_id == document_id)
    q = q.order_by(col(Task.due_date).is_(None), Task.due_date, Task.document_id, Task.position)
    return list(session.exec(q.offset(offset).limit(limit)))


def task_view(task: Task, doc: Document) -> dict:
    return {
        "id": task.id, "document_id": doc.id, "document_number": doc.number, "source": doc.source,
        "assignees": task.assignees, "action": task.action, "coordinators": task.coordinators,
        "report_to": task.report_to,
        "deadline": {"text": task.deadline_text,
                     "date": task.due_date.isoformat() if task.due_date else None,
                     "recurrence": task.recurrence} if task.deadline_text or task.due_date else None,
        "modality": task.modality, "text": task.text,
    }
