"""Tasks across stored documents."""
from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Query

from api.deps import SessionDep
from service.tasks import list_tasks, task_view

router = APIRouter(prefix="/api", tags=["tasks"])


@router.get("/tasks")
def get_tasks(
    session: SessionDep,
    assignee: str | None = Query(None, description="Part of an assignee's name, any case or tone placement"),
    due_before: dt.date | None = Query(None, description="Due on or before this date"),
    due_after: dt.date | None = Query(None, description="Due on or after this date"),
    document_id: int | None = None,
    limit: int = Query(500, ge=1, le=5000),
    offset: int = Query(0, ge=0),
) -> dict:
    """Stored tasks, earliest due first."""
    rows = list_tasks(session, assignee=assignee, due_before=due_before, due_after=due_after,
                      document_id=document_id, limit=limit, offset=offset)
    return {"items": [task_view(t, d) for t, d in rows]}
