"""Listing stored tasks with filters (assignee, due before / after, status, document)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from corpus.search import folded
from models.tables import Document, TaskRow
from models.workflow import WorkStatus


@dataclass(frozen=True)
class TaskQuery:
    assignee: str | None = None  # part of an assignee's name, case and tone marks ignored
    due_before: dt.date | None = None
    due_after: dt.date | None = None
    document_id: int | None = None
    status: WorkStatus | None = None

    def where(self, q):
        if self.assignee:  # % and _ in the name are letters, not LIKE wildcards
            q = q.where(col(TaskRow.assignees_text).contains(folded(self.assignee), autoescape=True))
        if self.due_before:
            q = q.where(TaskRow.due_date <= self.due_before)
        if self.due_after:
            q = q.where(TaskRow.due_date >= self.due_after)
        if self.document_id is not None:
            q = q.where(TaskRow.document_id == self.document_id)
        if self.status is not None:
            q = q.where(TaskRow.status == self.status.value)
        return q


def list_tasks(session: Session, *, assignee: str | None = None, due_before: dt.date | None = None,
               due_after: dt.date | None = None, document_id: int | None = None, status: WorkStatus | None = None,
               limit: int = 500, offset: int = 0) -> list[tuple[TaskRow, Document]]:
    """Tasks with their documents, ordered by due date (undated last), then document."""
    query = TaskQuery(assignee, due_before, due_after, document_id, status)
    q = query.where(select(TaskRow, Document).join(Document, Document.id == TaskRow.document_id))
    q = q.order_by(col(TaskRow.due_date).is_(None), TaskRow.due_date, TaskRow.document_id, TaskRow.position)
    return list(session.exec(q.offset(offset).limit(limit)))


def count_tasks(session: Session, *, assignee: str | None = None, due_before: dt.date | None = None,
                due_after: dt.date | None = None, document_id: int | None = None,
                status: WorkStatus | None = None) -> int:
    query = TaskQuery(assignee, due_before, due_after, document_id, status)
    return session.exec(query.where(select(func.count()).select_from(TaskRow))).one()


def task_view(task: TaskRow, doc: Document) -> dict:
    return {
        "id": task.id, "document_id": doc.id, "document_type": doc.doc_type, "document_number": doc.number,
        "source": doc.source,
        "assignees": task.assignees, "action": task.action, "coordinators": task.coordinators,
        "report_to": task.report_to,
        "deadline": {"text": task.deadline_text,
                     "date": task.due_date.isoformat() if task.due_date else None,
                     "recurrence": task.recurrence, "kind": task.deadline_kind}
        if task.deadline_text or task.due_date else None,
        "modality": task.modality, "text": task.text, "span": {"start": task.span_start, "end": task.span_end},
        "status": task.status, "status_label": WorkStatus(task.status).label,
        "assigned_to": task.assigned_to, "note": task.note,
        "done_date": task.done_date.isoformat() if task.done_date else None,
    }
