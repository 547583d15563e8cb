"""Task obligations: who must act, what, with whom, by when.

The body is read as a tree of items (`outline`). A sentence that names its
assignee ("Giao Sở X chủ trì ...", "Sở X có trách nhiệm ...") is a task; an item
that opens with an action verb is a task of the bodies its heading or lead-in
names ("2. Phòng Nội vụ" / "Yêu cầu Thủ trưởng các cơ quan ...:"); a plan's task
block takes its lead unit, partners and time from its labelled fields; a task
table ("DANH MỤC NHIỆM VỤ", `tables`) gives a task per row. A report
(báo cáo) narrates done work: only its forward sections ("nhiệm vụ trọng tâm thời
gian tới") hold tasks, with the issuer as implicit assignee.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from extractors.agency_names import group_key
from extractors.assignees import read_names
from extractors.data import assignee_names as N
from extractors.data import duty_verbs as V
from extractors.deadlines import find_deadline, report_periods
from extractors.layout import Layout
from extractors.regexes import alternation
from extractors.tasks.build import make_task
from extractors.tasks.outline import Item, ancestors, body_bounds, items, sentences
from extractors.tasks.reading import (Duty, acting_clause, continues, coordinators, heading_names, is_basis, modality,
                                     read_duty, report_to, starts_with_action, strip_label)
from extractors.tasks.tables import task_tables
from models.extraction import Deadline, Span, Task

__all__ = ["addressed", "find_tasks"]


def _label_re(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(labels)})\s*:\s*", re.IGNORECASE)


_FIELDS = {
    "lead": _label_re(V.PLAN_LEAD_LABELS),
    "partner": _label_re(V.PLAN_PARTNER_LABELS),
    "time": _label_re(V.PLAN_TIME_LABELS),
    "task": _label_re(V.PLAN_TASK_LABELS),
}
# A forward heading names its section in its first words ("III. MỘT SỐ NHIỆM VỤ TRỌNG TÂM ...").
_FORWARD = re.compile(rf"(?:\S+\s+){{0,2}}(?:{alternation(V.FORWARD_SECTIONS)})", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_HONORIFIC = tuple(f"{h} " for h in N.ADDRESSEE_HONORIFICS)
_HEADING_DUTY_WORDS = 8  # a heading stating a whole duty ("1. Sở X theo dõi, đôn đốc ...; tham mưu ...")
# Report periods matter only where a duty says "định kỳ" or "cuối kỳ" without naming one.
_PERIODIC_WORD = "kỳ"
_PERIODIC = re.compile(rf"\b{_PERIODIC_WORD}\b", re.IGNORECASE)
_TARGETS = re.compile(rf"(?:\S+\s+){{0,2}}(?:{alternation(V.TARGET_SECTIONS)})", re.IGNORECASE)
_TIME_NOTE = re.compile(rf"(?:{alternation(V.PLAN_TIME_LABELS)})\b", re.IGNORECASE)


@dataclass
class _Block:
    """A plan's task block: a heading whose items label the lead unit, partners, time."""

    title: int
    leads: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    time: str | None = None
    tasks: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _Context:
    text: str
    doc_date: date | None
    doc_year: int | None
    periods: tuple[str, ...]


def find_tasks(text: str, layout: Layout, *, doc_type: str | None = None,
               doc_date: date | None = None, doc_year: int | None = None) -> list[Task]:
    """Every obligation the body places on someone, in document order."""
    its = items(text, layout)
    start, end = body_bounds(text, layout)
    body = text[start:end]
    # the literal test first: every letter IGNORECASE takes for k or ỳ lower-cases to it (K, K, Ỳ)
    periodic = _PERIODIC_WORD in body.lower() and _PERIODIC.search(body)
    periods = report_periods(body) if periodic else ()
    ctx = _Context(text, doc_date, doc_date.year if doc_date else doc_year, periods)
    narrative = bool(doc_type) and doc_type.strip().lower() in V.NARRATIVE_TYPES
    forward = _forward_items(its) if narrative else set(range(len(its)))
    fields = {i: kind for i, it in enumerate(its) for kind, rx in _FIELDS.items() if rx.match(it.text)}
    blocks = _blocks(its, fields)
    in_block = {i: b for b in blocks.values() for i in b.tasks}
    names = [_heading_names(it) for it in its]
    # a report's tables list work done, not duties
    tables = [] if narrative else task_tables(text, doc_date=doc_date, doc_year=ctx.doc_year)
    out: list[Task] = [t for table in tables for t in table.tasks]
    for i, it in enumerate(its):
        if i not in forward or any(tb.span.start <= it.start < tb.span.end for tb in tables):
            continue
        if i in in_block:
            out.append(_block_task(ctx, its, i, in_block[i]))
            continue
        up = ancestors(its, i)
        inherited = next((names[a] for a in up if names[a]), ())
        found = _item_tasks(ctx, it, inherited, implicit=narrative, field=i in fields)
        if any(its[a].is_heading and _TARGETS.match(its[a].text) for a in up):
            found = [t.model_copy(update={"modality": "target"}) for t in found]
        out.extend(found)
    return _once(sorted(out, key=lambda t: t.span.start))


def _once(tasks: list[Task]) -> list[Task]:
    """A duty printed twice (a summary above the letter repeating its items) is one task."""
    seen: set[tuple] = set()
    out = []
    for t in tasks:
        key = (tuple(t.assignees), " ".join(t.action.split()))
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


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


def _forward_items(its: list[Item]) -> set[int]:
    """Items under a report's forward-looking headings."""
    heads = {i for i, it in enumerate(its) if it.is_heading and it.style != "lead" and _FORWARD.match(it.text)}
    return {i for i in range(len(its)) if heads & set(ancestors(its, i))}


def _heading_names(it: Item) -> tuple[str, ...]:
    """Who a heading or lead-in assigns the items under it to."""
    if not it.is_heading:
        return ()
    parts = sentences(it.text) if it.style == "lead" else ()
    if len(parts) > 1:  # a lead-in names who acts in its last sentence ("Trước tình hình đó, ... yêu cầu X ...:")
        return heading_names(parts[-1][1]) or heading_names(it.text)
    return heading_names(it.text)


def _blocks(its: list[Item], fields: dict[int, str]) -> dict[int, _Block]:
    blocks: dict[int, _Block] = {}
    for i, kind in fields.items():
        owner = its[i].parent
        if owner is not None and owner in fields and fields[owner] in ("lead", "partner"):
            owner = its[owner].parent  # "b) Cơ quan thực hiện:" then "- Đơn vị chủ trì: ..."
        if owner is None:
            continue
        b = blocks.setdefault(owner, _Block(owner))
        value = _FIELDS[kind].sub("", its[i].text, count=1)
        if kind == "lead":
            run = read_names(value)
            b.leads += run.names if run else ()
        elif kind == "partner":
            run = read_names(value)
            b.partners += run.names if run else ()
        elif kind == "time":
            b.time = its[i].text
        else:
            b.tasks.extend(its[i].children or [i])
    return {k: b for k, b in blocks.items() if b.leads and (b.tasks or _title_task(its, b))}


def _title_task(its: list[Item], b: _Block) -> bool:
    """A block without a task field is the task named by its heading."""
    if not b.tasks and starts_with_action(its[b.title].text):
        b.tasks.append(b.title)
    return bool(b.tasks)


def _block_task(ctx: _Context, its: list[Item], i: int, b: _Block) -> Task:
    it = its[i]
    body = strip_label(_FIELDS["task"].sub("", it.text, count=1)) or it.text
    deadline = _deadline(ctx, body, it) or (_deadline(ctx, b.time, it) if b.time else None)
    return _task(it, body, b.leads, body, deadline, coordinators=b.partners or coordinators(body),
                 report=report_to(body), mode=modality(body))


def _item_tasks(ctx: _Context, it: Item, inherited: tuple[str, ...], *, implicit: bool, field: bool) -> list[Task]:
    """One task per sentence that names its assignee; one for the item's first action
    when a heading or lead-in names who acts (or the issuer acts, in a report)."""
    if field:
        return []
    out: list[Task] = []
    parts = [s for _, s in sentences(it.text)]
    # "Thời gian hoàn thành trước ngày ..." after the duty gives its deadline
    note = next((s for s in parts if _TIME_NOTE.match(s)), None)
    owner, continued = inherited, False
    for sentence in parts:
        duty: Duty | None = read_duty(sentence)
        if it.is_heading and (sentence.endswith(":") or not sentence.rstrip().endswith((".", ";"))):
            if sentence.endswith(":") or not (duty and duty.leading
                                              and len(_WORD.findall(duty.action)) >= _HEADING_DUTY_WORDS):
                continue  # a heading that only names who acts, or a title of what follows
        action = acting_clause(sentence)
        deadline = None
        further = continued or not out or continues(sentence)
        if not further and action is not None and (owner or implicit):
            deadline = _deadline(ctx, sentence, it)  # a later sentence with its own deadline is a further duty
            further = deadline is not None
        if duty and (duty.leading or (owner and is_basis(sentence) and _named_anew(duty, owner))):
            assignees, action = duty.assignees, duty.action
            owner, continued = duty.assignees, True
        elif action is not None and (owner or implicit) and further:
            assignees = owner
        elif duty:
            assignees, action = duty.assignees, duty.action
        else:
            continue
        if len(_WORD.findall(action)) < 2:
            continue
        deadline = deadline or _deadline(ctx, sentence, it) or (_deadline(ctx, note, it) if note else None)
        out.append(_task(it, sentence, assignees, action, deadline,
                         coordinators=duty.coordinators if duty else coordinators(action),
                         report=duty.report_to if duty else report_to(action), mode=modality(sentence)))
    return out


def _named_anew(duty: Duty, owner: tuple[str, ...]) -> bool:
    """ "Trên cơ sở đó, Bộ Tư pháp tổng hợp ...": after a basis clause, a subject that is
    not among the bodies the item is about takes the duty."""
    held = {group_key(o) for o in owner}
    named = duty.assignees[0][:1].isupper()  # a body's name, not "các cơ quan" that "phối hợp với" governs
    return named and not any(group_key(a) in held for a in duty.assignees)


def _deadline(ctx: _Context, phrase: str, it: Item) -> Deadline | None:
    found = find_deadline(phrase, doc_date=ctx.doc_date, doc_year=ctx.doc_year, periods=ctx.periods)
    if found is None:
        return None
    where = ctx.text.find(found.text.split(" ")[0], it.start, it.end + 1)
    span = Span(start=where, end=where + len(found.text)) if where >= 0 else None
    return found.model_copy(update={"span": span})


def _task(it: Item, sentence: str, assignees: tuple[str, ...], action: str, deadline: Deadline | None, *,
          coordinators: tuple[str, ...], report: str | None, mode: str) -> Task:
    return make_task(Span(start=it.start, end=it.end), sentence, assignees, action, deadline,
                     coordinators=coordinators, report=report, mode=mode)
