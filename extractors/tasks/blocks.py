"""A plan's task blocks: an item and its labelled field lines ("Cơ quan chủ trì:",
"Cơ quan phối hợp:", "Thời gian thực hiện:", "Nội dung thực hiện:").

A field line belongs to the item it follows ("- Rà soát ...", then "- Cơ quan chủ
trì: Sở X"), or, when it is one of the first lines under a heading, to that heading
("1. Phổ biến ...", then "- Nội dung thực hiện: ...", "- Cơ quan thực hiện: ...").
A block is read when it names its lead unit; its tasks are its task fields, else the
item it belongs to when that states a duty. A plan's section may give its fields as
headings of their own, the values listed under them ("2. Cơ quan chủ trì, phối hợp" /
"a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia."; "3. Thời gian thực hiện: ..."): they
name who does the section's items and when (`field_sections`, `section_times`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.assignees import read_names
from extractors.data import duty_verbs as V
from extractors.regexes import alternation
from extractors.tasks.outline import Item
from extractors.tasks.reading import coordinators, read_duty, starts_with_action, states_duty, strip_label

__all__ = ["Block", "block_text", "blocks", "field_kinds", "field_sections", "section_times", "time_value"]


def _label_re(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A field label and its colon; a label naming a body ("Đơn vị chủ trì") may run on a
    few words before it ("Đơn vị chủ trì tham mưu thực hiện:")."""
    bodies = [w for w in labels if w.startswith(V.PLAN_LABEL_BODIES)]
    longer = rf"|(?:{alternation(bodies)})(?:\s+\w+){{1,{_LABEL_EXTRA_WORDS}}}?" if bodies else ""
    return re.compile(rf"(?:(?:{alternation(labels)}){longer})\s*:\s*", re.IGNORECASE)


_LABEL_EXTRA_WORDS = 4
_FIELD_NAME_WORDS = 12


# A heading that is a field's label alone, its values the items under it ("2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan
# chủ trì" / "- Ban Chỉ đạo quốc gia."; "3. Cơ quan phối hợp" / "- ..."; "2. Chủ trì thực hiện" / "- ..."): kinds of
# body, then roles, or roles alone when one of them is a lead's or a partner's ("chủ trì", "phối hợp"), not
# "Trách nhiệm thực hiện", which heads clauses, nor a bare "Thực hiện"
_BODY_LEADS = tuple(w for w in V.PLAN_LEAD_LABELS if w.startswith(V.PLAN_LABEL_BODIES))
_BODY_PARTNERS = tuple(w for w in V.PLAN_PARTNER_LABELS if w.startswith(V.PLAN_LABEL_BODIES))
_ROLES = rf"(?P<role>{alternation(V.PLAN_FIELD_ROLES)})(?:\s*(?:,|\bvà\b)?\s*(?:{alternation(V.PLAN_FIELD_ROLES)}))*"
_FIELD_HEADING = re.compile(
    rf"(?:(?P<bodies>(?:{alternation(V.PLAN_LABEL_BODIES)})(?:\s*,\s*(?:{alternation(V.PLAN_LABEL_BODIES)}))*)\s+)?"
    rf"{_ROLES}[\s.:]*", re.IGNORECASE)
_NAMED_ROLE = re.compile(rf"(?:{alternation(V.ROLE_WORDS)})(?![\w])", re.IGNORECASE)
_VALUE_PARTS = re.compile(r"\s*;\s*")
_FIELD_OPENING = re.compile(rf"(?:{alternation(_BODY_LEADS + _BODY_PARTNERS)})(?![\w])", re.IGNORECASE)

_FIELDS = {
    "lead": _label_re(V.PLAN_LEAD_LABELS),
    "partner": _label_re(V.PLAN_PARTNER_LABELS),
    "time": _label_re(V.PLAN_TIME_LABELS),
    "task": _label_re(V.PLAN_TASK_LABELS),
}


@dataclass
class Block:
    """A plan's task block: the item whose field lines label the lead unit, partners, time."""

    title: int
    leads: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    time: str | None = None
    tasks: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # its lead, partner and time lines


def field_kinds(its: list[Item]) -> dict[int, str]:
    """The items that are field lines, by kind (lead, partner, time, task)."""
    return {i: kind for i, it in enumerate(its) for kind, rx in _FIELDS.items() if rx.match(it.text)}


def block_text(text: str) -> str:
    """A task field's text without its label ("Nội dung thực hiện: Tổ chức ..." -> "Tổ chức ...")."""
    return strip_label(_FIELDS["task"].sub("", text, count=1)) or text


def blocks(its: list[Item], fields: dict[int, str]) -> dict[int, Block]:
    """The blocks that name their lead unit and hold a task, by the item they belong to."""
    out: dict[int, Block] = {}
    for i, kind in fields.items():
        owner = its[i].parent
        if owner is not None and owner in fields and fields[owner] in ("lead", "partner"):
            owner = its[owner].parent  # "b) Cơ quan thực hiện:" then "- Đơn vị chủ trì: ..."
        before = next((j for j in range(i - 1, -1, -1) if j not in fields), None)
        if kind != "task" and before is not None and before != owner and its[before].parent == its[i].parent \
                and its[before].style != "para":
            owner = before  # "- Rà soát ...", then "- Cơ quan chủ trì: ...": the item above, not the heading; an
            # unmarked paragraph above is the item's own ("1.2. Nâng cao ..." / "Tuyên truyền ..." / "- Cơ quan ...")
        if owner is None:
            continue
        b = out.setdefault(owner, Block(owner))
        value = _FIELDS[kind].sub("", its[i].text, count=1)
        if kind != "task":
            b.lines.append(i)
        if kind == "lead":  # "Sở X chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan ..."
            b.leads += _field_names(value)
            b.partners += tuple(n for n in coordinators(value) if n not in b.partners)
        elif kind == "partner":
            b.partners += _field_names(value)
        elif kind == "time":
            b.time = its[i].text
        else:
            b.tasks.extend(its[i].children or [i])
    kept = {k: b for k, b in out.items() if b.leads and (b.tasks or _title_task(its, b, fields))}
    for b in kept.values():
        if b.tasks == [b.title]:
            b.tasks += _paragraphs(its, b.title, fields) + _unfielded_before(its, b.title, fields, kept)
    return kept


def _paragraphs(its: list[Item], i: int, fields: dict[int, str]) -> list[int]:
    """The unmarked paragraphs an item goes on with, each a duty of its own (one that names who acts is read as
    such)."""
    return [c for c in its[i].children if c not in fields and its[c].style == "para" and read_duty(its[c].text) is None]


def _unfielded_before(its: list[Item], title: int, fields: dict[int, str], owned: dict[int, Block]) -> list[int]:
    """ "3.1. Rà soát ...", "3.2. ...", "3.3. ...", "3.4. Tập huấn ..." / "- Cơ quan thực hiện: ...": the items
    just before a block's item, of its style and with no field lines of their own, share its fields, written once
    under the last of them (with their paragraphs); up to an item that has its own or names who acts."""
    parent = its[title].parent
    siblings = its[parent].children if parent is not None else [j for j, it in enumerate(its) if it.parent is None]
    out: list[int] = []
    for j in reversed(siblings[:siblings.index(title)]):
        if j in owned or j in fields or its[j].style != its[title].style or read_duty(its[j].text) is not None \
                or any(c in fields or its[c].style != "para" or read_duty(its[c].text) is not None
                       for c in its[j].children):
            break  # an item with fields or items of its own, or one that names who acts
        out = [j, *_paragraphs(its, j, fields), *out]
    return out


def time_value(text: str) -> str:
    """A time field's value, its label cut ("Thời gian thực hiện: Tháng 12/2013." -> "Tháng 12/2013.")."""
    return _FIELDS["time"].sub("", text, count=1)


def section_times(its: list[Item], sections: set[int]) -> dict[int, int]:
    """The time field among a plan section's items ("3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên."), by
    section: when its items are due."""
    return {s: c for s in sections for c in its[s].children if _FIELDS["time"].match(its[c].text)}


def field_sections(its: list[Item]) -> tuple[dict[int, tuple[str, ...]], set[int]]:
    """A plan's sections whose lead bodies a field heading under them lists ("I. CÔNG TÁC QUÁN TRIỆT ..." / "1. Nội
    dung, biện pháp" / "a) Tổ chức Hội nghị ..." / "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" / "- Ban Chỉ
    đạo quốc gia."): the bodies by section, and the field headings' items, which state no duty."""
    kinds = {i: _field_heading(it.text) for i, it in enumerate(its) if it.is_heading}
    heads = {i for i, kind in kinds.items() if kind}
    # a value, or a field line with its value ("2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ
    # Tài chính.")
    values = {c: parts for i in heads for c in its[i].children
              if c not in heads and (parts := _names_only(_FIELDS["lead"].sub("", its[c].text, count=1)))}
    leads: dict[int, tuple[str, ...]] = {}
    for i in heads:
        section = its[i].parent
        while section is not None and section in heads:
            section = its[section].parent  # "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì"
        lead = kinds[i] == "lead"
        names = tuple(n for c in its[i].children for n in values.get(c, ())
                      if lead or _FIELDS["lead"].match(its[c].text))
        if section is not None and names:
            leads[section] = leads.get(section, ()) + names
    # the values listed are no tasks, nor a field line its value runs on from ("b) Cơ quan phối hợp" / "Mặt trận Tổ quốc
    # ..."); a value that states its work ("- Cơ quan chủ trì:" / "+ Sở Nội vụ thực hiện nội dung các điểm ...") is a
    # lead field's item, read as such
    labelled = {c for i in heads for c in its[i].children if _FIELD_OPENING.match(its[c].text)}
    return leads, heads | set(values) | labelled


def _field_heading(text: str) -> str | None:
    """ "lead" or "partner" when `text` is a field's label alone, by the first role it names ("Cơ quan chủ trì, phối
    hợp", "Chủ trì thực hiện": the lead's; "Cơ quan phối hợp": the partners')."""
    label = _FIELD_HEADING.fullmatch(text)
    if not label or not (label.group("bodies") or _NAMED_ROLE.search(text)):
        return None
    return "partner" if label.group("role").casefold() == V.PLAN_PARTNER_ROLE else "lead"


def _names_only(value: str) -> tuple[str, ...]:
    """The names a field's value lists when it lists nothing else ("Bộ Quốc phòng; các Bộ, ngành, cơ quan liên
    quan."); () when it goes on to say what they do."""
    out: tuple[str, ...] = ()
    for part in _VALUE_PARTS.split(value.strip(" .;")):
        run = read_names(part)
        rest = part[run.end:].strip(" ,.;") if run else part
        if rest and (starts_with_action(rest) or len(part.split()) > _FIELD_NAME_WORDS):
            return ()
        out += run.names if run and not rest else (part,)  # by its place in the list, a name ("Các quân khu")
    return out


def _field_names(value: str) -> tuple[str, ...]:
    """The bodies a lead or partner field names: as the lexicon reads them, else, by its
    position after the label, the value itself when it is short ("Ban Quản lý dự án ...")."""
    run = read_names(value)
    if run:
        return run.names
    value = value.strip(" .;")
    return (value,) if value and len(value.split()) <= _FIELD_NAME_WORDS else ()


def _title_task(its: list[Item], b: Block, fields: dict[int, str]) -> bool:
    """A block without a task field is the task its item states."""
    title = its[b.title]
    fielded = all(c in fields for c in title.children)  # its lines under it are its fields alone
    if not b.tasks and (starts_with_action(title.text) or fielded
                        or (not title.is_heading and states_duty(title.text))):
        b.tasks.append(b.title)
    return bool(b.tasks)
