"""Tasks of "Quý Ủy ban", "Quý doanh nghiệp": the letter's addressees, as named under Kính gửi."""
from __future__ import annotations

from extractors.agency_names import group_key
from extractors.data import assignee_names as N
from models.extraction import Task

__all__ = ["addressed"]

_HONORIFIC = tuple(f"{h} " for h in N.ADDRESSEE_HONORIFICS)

def addressed(tasks: list[Task], recipients: list[str]) -> list[Task]:
    """Tasks of "Quý Ủy ban", "Quý doanh nghiệp": the letter's recipients too, as named under Kính gửi."""
    if not recipients:
        return tasks
    out = []
    for t in tasks:
        if t.assignees and all(a.startswith(_HONORIFIC) for a in t.assignees):
            names = list(dict.fromkeys([*t.assignees, *recipients]))
            t = t.model_copy(update={"assignees": names,
                                     "assignees_canonical": list(dict.fromkeys(group_key(n) for n in names))})
        out.append(t)
    return out
