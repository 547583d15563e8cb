"""Tasks of the letter's addressees, as named under Kính gửi: "Quý Ủy ban", "Quý doanh
nghiệp" (an honorific: all of them), "Đề nghị Công ty ..." (a bare head word: the one
entry it heads) and "Đề nghị doanh nghiệp ..." (in a letter to one business: that one)."""
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
    """The one recipient a head word with nothing after it names: capitalised, the entry it
    heads ("Công ty" -> "Công ty TNHH Tokokosen"; None when none or several, "Sở" in a letter
    to two Sở); in lower case and singular, the letter's only recipient when that is of the
    head's kind ("Đề nghị doanh nghiệp căn cứ ..." to "Tổng Công ty Phân bón ... - CTCP"; "đơn
    vị", "cơ quan" to any one body)."""
    if not head_only(name):
        return None
    if name[:1].isupper():
        head = f"{name.casefold()} "
        headed = [r for r in recipients if r.casefold().startswith(head)]
        return headed[0] if len(headed) == 1 else None
    if len(recipients) != 1 or name.split()[0].casefold() in N.DETERMINERS:
        return None  # "các doanh nghiệp": all of a kind, not the one addressed
    kind = name.casefold()
    business = kind in N.BUSINESS_HEADS and recipients[0].casefold().startswith(N.BUSINESS_HEADS)
    return recipients[0] if business or kind in N.ROLE_HEADS else None
