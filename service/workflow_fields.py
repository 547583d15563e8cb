"""The fields a clerk changes on a work item (a task, a line of the register), read the
same way for both: a status that may not be null, a name on one line, a note trimmed."""
from __future__ import annotations

from models.workflow import WorkStatus
from service.errors import Unprocessable


def status_value(status: WorkStatus | None) -> str:
    if status is None:
        raise Unprocessable("status cannot be null: use open, in_progress or done")
    return status.value


def one_line(value: str | None) -> str | None:
    """White space single, None when nothing is left: a person's or a unit's name."""
    return " ".join(value.split()) or None if value is not None else None


def note_text(value: str | None) -> str | None:
    """The note as typed, its ends trimmed; None when nothing is left."""
    return value.strip() or None if value is not None else None
