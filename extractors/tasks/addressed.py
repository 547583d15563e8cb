"""Tasks of the letter's addressees, as named under Kính gửi: "Quý Ủy ban", "Quý doanh
nghiệp" (an honorific: all of them) and "Đề nghị Công ty ..." (a bare head word: the one
entry it heads)."""
from __future__ import annotations

from extractors.agency_names import group_key
from extractors.assignees import head_only
from extractors.data import assignee_names as N
from models.extraction import Task

__all__ = ["addressed"]

_HONORIFIC = tuple(f"{h} " for h in N.ADDRESSEE_HONORIFICS)


def addressed(tasks: list[Task], recipients: list[str]) -> list[Task]:
    """Tasks of "Quý Ủy ban", "Quý doanh nghiệp": the letter's recipients too; a bare head
    word ("Công ty") that heads exactly one recipient ("Công ty TNHH Tokokosen"): that one."""
    if not recipients:
        return tasks
    out = []
    for t in tasks:
        if t.assignees and all(a.startswith(_HONORIFIC) for a in t.assignees):
            names = list(dict.fromkeys([*t.assignees, *recipients]))
        else:
            names = list(dict.fromkeys(_addressee(a, recipients) or a for a in t.assignees))
        if names != t.assignees:
            t = t.model_copy(update={"assignees": names,
                                     "assignees_canonical": list(dict.fromkeys(group_key(n) for n in names))})
        out.append(t)
    return out


def _addressee(name: str, recipients: list[str]) -> str | None:
    """The one recipient a capitalised head word with nothing after it names: the entry it
    heads ("Công ty" -> "Công ty TNHH Tokokosen"); None when none or several ("Sở" in a
    letter to two Sở)."""
    if not (name[:1].isupper() and head_only(name)):
        return None
    head = f"{name.casefold()} "
    headed = [r for r in recipients if r.casefold().startswith(head)]
    return headed[0] if len(headed) == 1 else None
