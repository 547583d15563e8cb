"""Tasks of the letter's addressees, as named under Kính gửi: "Quý Ủy ban", "Quý doanh
nghiệp" (an honorific: all of them), "Đề nghị Công ty ..." (a bare head word: the one
entry it heads), "Đề nghị doanh nghiệp ..." (in a letter to one business: that one) and
"yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố chỉ đạo ..." (a name the text gives
short of the qualifier its recipient entry ends with: the name with that qualifier). A role's
head word alone in lower case that names no recipient ("... đề nghị cơ quan có thẩm quyền thanh
tra ...", "... giao cho đơn vị tiếp nhận gạo ...": a name read short) names no one: its task is
none, unless several recipients are of its kind (the text does not say which)."""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.agency_names import group_key
from extractors.assignees import READ_CACHE, head_only, lone_head, read_names
from extractors.data import assignee_names as N
from extractors.data import duty_verbs as V
from extractors.data.tones import strip_marks
from extractors.regexes import alternation
from models.extraction import Task

__all__ = ["acting_copies", "addressed", "entry_qualified"]

_HONORIFIC = tuple(f"{h} " for h in N.ADDRESSEE_HONORIFICS)
_RE_WORD = re.compile(r"[^\W_]+")
_RE_JOINS = re.compile(r"(?:và|hoặc)\s", re.IGNORECASE)
_RE_COMMA = re.compile(r",\s*")
# "Tổng cục Thuế (để thực hiện)": a copy list's entry and the note that sends it to act
_RE_ACTING_COPY = re.compile(rf"(?P<name>[^()]+?)\s*\(\s*(?:{alternation(V.ACTING_COPY_NOTES)})\s*\)", re.IGNORECASE)
_MIN_WORDS = 2  # "Cục Thuế": shorter names are a kind ("các Sở"), not a recipient cut short
_QUALIFIER_WORDS = 8  # "các tỉnh, thành phố trực thuộc Trung ương": what a recipient entry may add to the name
# The determiners that may open a name ("các", "đồng chí"), as `_bare_words` compares words, longest first
_DETERMINER_WORDS = sorted(([strip_marks(w).casefold() for w in d.split()] for d in N.DETERMINERS), key=len,
                           reverse=True)


def addressed(tasks: list[Task], recipients: list[str]) -> list[Task]:
    """Tasks of "Quý Ủy ban", "Quý doanh nghiệp": the letter's recipients too; a bare head
    word ("Công ty") that heads exactly one recipient ("Công ty TNHH Tokokosen"): that one;
    a name one recipient entry goes on from with its qualifier: the name so qualified; a
    role's head word alone that names none, when not several are of its kind: no task."""
    out = []
    for t in tasks:
        if not recipients:
            names = t.assignees
        elif t.assignees and all(a.startswith(_HONORIFIC) for a in t.assignees):
            names = list(dict.fromkeys([*t.assignees, *recipients]))
        else:
            names = list(dict.fromkeys(n for a in t.assignees for n in _as_addressed(a, recipients)))
        if any(lone_head(n) and sum(_of_kind(n, r) for r in recipients) < 2 for n in names):
            continue
        if names != t.assignees:
            t = t.model_copy(update={"assignees": names,
                                     "assignees_canonical": list(dict.fromkeys(group_key(n) for n in names))})
        out.append(t)
    return out


def _as_addressed(name: str, recipients: list[str]) -> tuple[str, ...]:
    """The recipient a name stands for, and the name as the text writes it where that is the head word alone ("Công
    ty" -> "Công ty TNHH Minebea AccessSolutions Việt Nam", "Công ty"): readers write either; or the name with its
    entry's qualifier; or the name."""
    entry = _addressee(name, recipients)
    if entry is not None:
        return (entry, name) if name[:1].isupper() else (entry,)
    return (entry_qualified(name, recipients) or name,)


def acting_copies(cc: tuple[str, ...]) -> tuple[str, ...]:
    """The bodies a copy list sends the text to act on ("- Tổng cục Thuế (để thực hiện);" -> "Tổng cục Thuế")."""
    return tuple(m.group("name").strip(" -;.") for entry in cc if (m := _RE_ACTING_COPY.match(entry.strip())))


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
    return recipients[0] if _of_kind(name, recipients[0]) else None


def _of_kind(head: str, recipient: str) -> bool:
    """Whether a recipient is of the kind a head word alone names: a business of a business's head ("doanh nghiệp",
    "Tổng Công ty ..."), any body of a role's ("đơn vị", "cơ quan")."""
    kind = head.casefold()
    return kind in N.ROLE_HEADS or (kind in N.BUSINESS_HEADS and recipient.casefold().startswith(N.BUSINESS_HEADS))


def entry_qualified(name: str, recipients: list[str]) -> str | None:
    """The name with the qualifier of the one recipient entry it opens, when the entry goes on
    with a few words, not another item of a list: "đồng chí Cục trưởng Cục Thuế các tỉnh,
    thành phố" to "Cục trưởng Cục Thuế các tỉnh, thành phó trực thuộc Trung ương" -> "đồng chí
    Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương". Words are compared without
    their marks (a scan's "phó" for "phố"), determiners before them left out."""
    words = [w for w, _ in _bare_words(name)]
    if len(words) < _MIN_WORDS:
        return None
    tails = []
    for entry in recipients:
        entry_words = _bare_words(entry)
        added = len(entry_words) - len(words)
        if 0 < added <= _QUALIFIER_WORDS and [w for w, _ in entry_words[:len(words)]] == words:
            tail = entry[entry_words[len(words) - 1][1]:].strip()
            if _qualifies(tail):
                tails.append(tail)
    return f"{name} {tails[0]}" if len(tails) == 1 else None


def _qualifies(tail: str) -> bool:
    """Whether what an entry adds to a name qualifies it ("các tỉnh, thành phố trực thuộc Trung ương"), not another item
    of a list ("; ...", "và Hội đồng nhân dân Thành phố", "các Bộ, Thủ trưởng cơ quan ngang bộ": a name after a comma)
    nor a scan's specks (".. - LG...")."""
    if not tail[:1].isalpha() or _RE_JOINS.match(tail):
        return False
    return not any(read_names(tail, m.end()) for m in _RE_COMMA.finditer(tail))


@lru_cache(maxsize=READ_CACHE)  # a letter's recipient entries are compared with each of its tasks' names
def _bare_words(name: str) -> tuple[tuple[str, int], ...]:
    """The name's words without marks, in lower case, with the offset each ends at; the
    determiners that open it ("các", "đồng chí") left out."""
    words = tuple((strip_marks(m.group()).casefold(), m.end()) for m in _RE_WORD.finditer(name))
    while True:
        for determiner in _DETERMINER_WORDS:
            if [w for w, _ in words[:len(determiner)]] == determiner and len(words) > len(determiner):
                words = words[len(determiner):]
                break
        else:
            return words
