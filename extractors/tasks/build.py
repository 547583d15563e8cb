"""One Task from what a stage read: the item's span, its text, who acts, what, by when."""
from __future__ import annotations

from extractors.agency_names import group_key
from models.extraction import Deadline, Span, Task


def make_task(span: Span, sentence: str, assignees: tuple[str, ...], action: str, deadline: Deadline | None, *,
              coordinators: tuple[str, ...], report: str | None, mode: str) -> Task:
    return Task(
        assignees=list(assignees),
        assignees_canonical=list(dict.fromkeys(group_key(a) for a in assignees)),
        action=action.strip(),
        coordinators=list(coordinators),
        report_to=report,
        deadline=deadline,
        modality=mode,
        text=sentence.strip(),
        span=span,
    )
