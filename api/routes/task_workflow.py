"""Change a task's workflow: status, the person handling it, a note, the day it was done."""
from __future__ import annotations

from fastapi import APIRouter

from api.params import TaskId
from api.deps import SessionDep
from models.public import TaskOut
from service.task_workflow import TaskChange, update_task
from service.tasks import task_view

router = APIRouter(prefix="/api/tasks", tags=["tasks"])


@router.patch("/{task_id}", response_model=TaskOut,
              responses={404: {"description": "No such task"},
                         422: {"description": "An unknown field or status, or a done date on a task not done"}})
def patch_task(task_id: TaskId, change: TaskChange, session: SessionDep) -> dict:
    """Set any of status (open, in_progress, done), assigned_to, note, done_date; the
    registered webhooks receive a `tasks.updated` event."""
    task, doc = update_task(session, task_id, change)
    return task_view(task, doc)
