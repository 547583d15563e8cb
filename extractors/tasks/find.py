"""Every task of a document: its outline read item by item, each under the scope its
headings and lead-ins give it.

The body and a regulation or plan attached after the signature are read as a tree
of items (`outline`). A heading or lead-in names who acts for the items under it
("2. Phòng Nội vụ", "Điều 9. Trách nhiệm của Sở Công Thương", "Đối với X:",
"đề nghị X ... như sau:"); under such a scope an item is a task unless something says
it is not (a sub-heading, a purpose or a requirement, a criterion, a quotation,
narration, a list of instances, a section that states no duty, where only the
execution formula "X; Y chịu trách nhiệm thi hành ..." still names who acts), and the
verb list only decides where no scope speaks. A sentence that names its own assignee
("Giao Sở X chủ trì ...", "Sở X có trách nhiệm ...") is a task wherever it stands. A
plan's item takes its lead unit, partners and time from its field lines (`blocks`); a
task table gives a task per row (`tables`). A report (báo cáo) narrates done work:
only its forward sections ("nhiệm vụ trọng tâm thời gian tới") hold tasks, with the
issuer as implicit assignee. In an attached regulation only headings of duties name
who acts.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from extractors.agency_names import group_key
from extractors.assignees import cut_mid_clause, heads_only, read_names
from extractors.data import assignee_names as N
from extractors.data import deadline_phrases as P
from extractors.data import duty_verbs as V
from extractors.data.doc_types import type_names
from extractors.deadlines import (column_deadline, effective_date, every_year, find_deadline, named_period,
                                  opening_date, report_periods, states_period)
from extractors.layout import Layout
from extractors.regexes import alternation
from extractors.tasks.addressed import acting_copies
from extractors.tasks.blocks import Block, block_text, blocks, field_kinds, field_sections, section_times, time_value
from extractors.tasks.build import make_task
from extractors.tasks.outline import LIST_STYLES, Item, ancestors, body_bounds, items, sentences
from extractors.tasks.reading import (
    Duty,
    acts_first,
    assigns,
    acting_clause,
    agent_duty,
    article_subject,
    asks_below,
    continues,
    coordinators,
    criteria_section,
    duties_part,
    effect_section,
    entitles,
    executes,
    heading_names,
    implementing_section,
    is_basis,
    is_set,
    label_duty,
    lists_examples,
    lists_objects,
    lists_parts,
    looks_back,
    may_own_duty,
    modality,
    named_label,
    named_subject,
    non_duty_section,
    not_duty,
    opens_act,
    ownerless_duties,
    owns_duty,
    part_name,
    plan_subject,
    procedure_section,
    read_duty,
    refers_only,
    report_to,
    responsible_after,
    rights_section,
    role_subject,
    roles_only,
    says_no_work,
    scope_names,
    scoped_subject,
    shaped_label,
    shares_out,
    starts_with_action,
    states_duty,
    step_subject,
    strip_label,
    subject_clauses,
    whole_name,
    whole_role,
)
from extractors.tasks.repeated import name_in_full, qualified_names
from extractors.tasks.roles import document_roles
from extractors.tasks.tables import task_tables
from models.extraction import Deadline, Span, Task

__all__ = ["find_tasks"]


# A forward heading names its section in its first words ("III. MỘT SỐ NHIỆM VỤ TRỌNG TÂM ...").
_FORWARD = re.compile(rf"(?:\S+\s+){{0,2}}(?:{alternation(V.FORWARD_SECTIONS)})", re.IGNORECASE)
# "II. NHIỆM VỤ THÁNG 02 NĂM 2025", "Nhiệm vụ trong thời gian tới": a section of tasks, by the time it names
_TASK_HEAD = re.compile(rf"(?:\S+\s+){{0,2}}(?:{alternation(V.FORWARD_TASK_HEADS)})(?![\w])", re.IGNORECASE)
_FORWARD_TIME = re.compile(rf"(?<![\w])(?:{alternation(V.FORWARD_TIMES)})(?![\w])", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_SIBLING_NAME_WORDS = 10  # "Cơ quan Thanh tra, giám sát ngân hàng": a unit's name among its siblings
_HEADING_DUTY_WORDS = 8  # a heading stating a whole duty ("1. Sở X theo dõi, đôn đốc ...; tham mưu ...")
_PARAGRAPHS = ("para", "lead")  # unmarked text: a scope's list items are marked, but see _scope_list
_ARTICLES = ("dieu",)  # "Điều 7. Bảng giá đất"
_CLAUSES = ("num", "paren_num")  # its clauses ("3. Hội đồng nhân dân cấp tỉnh quyết định ...")
# "trong thời hạn 03 ngày làm việc, kể từ ngày Quyết định có hiệu lực thi hành": the longest date phrase, in words
_DATE_WORDS = 17
_COPY_MIN_WORDS = 12  # a duty long enough that a few words' difference is a retyped copy, not another duty
_COPY_SHARE = 0.9
_NOTE_WORDS = 3  # "Hoàn thành trước ngày ...": the words a deadline-only sentence has besides its date
# "Hàng năm, ..." opening a heading: the period its items recur with, up to the opening's comma
_RECURRING_OPENER = re.compile(rf"(?:{alternation(P.RECURRENCE_WORDS)})(?![\w])[^,:;.]*", re.IGNORECASE)
# "II. Một số công việc tiếp tục triển khai ...", "NHIỆM VỤ VÀ GIẢI PHÁP": a heading that names work in its first words
_WORK_SECTION = re.compile(rf"(?:\S+\s+){{0,2}}(?:{alternation(V.WORK_SECTION_NOUNS)})(?![\w])", re.IGNORECASE)
# A name that is a paper's: a document's type opens it, after its determiner ("Các Công văn của Bộ", "Quy chế phối hợp
# ..."); a one-word type may open a person's title ("Luật sư"), so only types of two words or more
_PAPER_TYPES = tuple(t for t in type_names() if " " in t)
_PAPER = re.compile(rf"(?:(?:{alternation(N.PLURAL_DETERMINERS)})\s+)?(?:{alternation(_PAPER_TYPES)})(?![\w])",
                    re.IGNORECASE)
# Report periods matter only where a duty says "định kỳ" or "cuối kỳ" without naming one.
_PERIODIC_WORD = "kỳ"
_PERIODIC = re.compile(rf"\b{_PERIODIC_WORD}\b", re.IGNORECASE)
_TARGETS = re.compile(rf"(?:\S+\s+){{0,2}}(?:{alternation(V.TARGET_SECTIONS)})", re.IGNORECASE)
_POINTS_ON = re.compile(rf"(?<![\w])(?:{alternation(V.FOLLOWING_WORDS)})\s*[.:]?\s*$", re.IGNORECASE)  # "... sau."
_RE_PLURAL_HEAD = re.compile(rf"(?:{alternation(N.PLURAL_DETERMINERS)})\s+(?P<head>\S+(?:\s+\S+){{0,2}})",
                             re.IGNORECASE)
_RE_PART_START = re.compile(rf"(?:{alternation(V.PART_WORDS)})\s+(?:[IVXLC]+|\d{{1,2}})(?![\w])", re.IGNORECASE)
_TIME_NOTE = re.compile(rf"(?:{alternation(V.DEADLINE_NOTES)})\b", re.IGNORECASE)
# "... và thực hiện các công việc sau", "... và có trách nhiệm:": the clause that opens a lead-in's list of work, its
# own verb joined to a duty stated before it (not "..., gồm các nhiệm vụ sau:", which says what that duty holds)
_RE_JOINED_LIST = re.compile(rf"\s+và\s+(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:{alternation(N.PLURAL_DETERMINERS)})\s+"
                             rf"(?:{alternation(V.WORK_NOUNS)})(?:\s+[^\W\d_]+){{0,2}}"
                             rf"|(?:{alternation(V.RESPONSIBILITY_WORDS)}))\s*:?\s*$", re.IGNORECASE)
_PARTS_ON = re.compile(rf"[,;]\s*(?:{alternation(V.PART_LEADS)})\s*:?\s*$", re.IGNORECASE)  # "..., trong đó:"


@dataclass(frozen=True)
class _Context:
    text: str
    doc_date: date | None
    doc_year: int | None
    periods: tuple[str, ...]
    effective: date | None  # the day the document takes effect
    roles: tuple[str, ...]  # the roles its articles define ("Tổ chức thu lệ phí"), longest first
    standing: bool = False  # a standing rule: its dates without a year recur every year


def find_tasks(text: str, layout: Layout, *, doc_type: str | None = None, doc_date: date | None = None,
               doc_year: int | None = None, issuer: str | None = None, standing: bool = False) -> list[Task]:
    """Every obligation the body places on someone, in document order. `issuer` is the
    body that issues the document: outside a report, a lead-in in its own voice ("Bộ Tài
    chính hướng dẫn bổ sung ... như sau:") gives its items no assignee. `standing`: the
    document is a standing rule (a legal text whose number holds its year, "140/2026/NĐ-CP"),
    whose duties dated by a day and month alone recur every year."""
    its = items(text, layout)
    start, end = body_bounds(text, layout)
    body = text[start:end]
    # the literal test first: every letter IGNORECASE takes for k or ỳ lower-cases to it (K, K, Ỳ)
    periodic = _PERIODIC_WORD in body.lower() and _PERIODIC.search(body)
    periods = report_periods(body) if periodic else ()
    ctx = _Context(text, doc_date, doc_date.year if doc_date else doc_year, periods, effective_date(text, doc_date),
                   document_roles(text, its), standing)
    kind = doc_type.strip().lower() if doc_type else ""
    narrative = kind in V.NARRATIVE_TYPES
    heads = _forward_heads(ctx, its) if narrative else {}
    forward = _forward_items(its, set(heads)) if narrative else set(range(len(its)))
    due = _named_periods(its, {h: end for h, end in heads.items() if end is not None})
    fields = field_kinds(its)
    in_block = {i: b for b in blocks(its, fields).values() for i in b.tasks}
    # who each heading assigns its items to, read when asked; a plan's section, by the field heading under it
    names, field_items = field_sections(its)
    times = section_times(its, set(names))  # ... and the time its field gives them
    measures = _plan_measures(its, set(fields) | field_items) if kind in V.PLAN_TYPES else set()
    own = group_key(issuer).casefold() if issuer and not narrative else None
    quiet = {i for i, it in enumerate(its) if it.is_heading and (non_duty_section(it.text) or rights_section(it.text))}
    effect = {i for i in quiet if effect_section(its[i].text)}
    # criteria speak for their own items: an article on "Tiêu chuẩn, điều kiện xe tập lái và cấp, ..., thu hồi
    # Giấy phép" holds duties under its clause "6. Thu hồi Giấy phép xe tập lái"
    criteria = {i for i, it in enumerate(its) if it.is_heading and criteria_section(it.text)}
    # an article of a procedure, or in the body a lead-in that opens one ("3. Trình tự, thủ tục thực hiện như sau:")
    procedures = {i for i, it in enumerate(its) if (it.style in _ARTICLES or (_lead_in(it) and not it.attached))
                  and procedure_section(it.title or it.text)}
    # a lead-in that asks and names no one ("..., Chủ tịch UBND tỉnh yêu cầu:"): its items name whom it asks
    asking = {i for i, it in enumerate(its) if _lead_in(it) and asks_below(it.text)}
    # a report's tables list work done, not duties
    tables = [] if narrative else task_tables(text, doc_date=doc_date, doc_year=ctx.doc_year)
    out: list[Task] = [t for table in tables for t in table.tasks]
    part_of = _parts(its)
    owners = _part_owners(its, part_of)
    # a text addressed to no one (a Thông báo kết luận) whose copy list sends it to bodies to act ("- Tổng cục Thuế (để
    # thực hiện);"): they own the work its sections list naming no one ("II. Một số công việc ...:" / "- Rà soát ...")
    copies = acting_copies(layout.cc_list) if not layout.recipient_list else ()
    work = {i for i, it in enumerate(its) if it.is_heading and _WORK_SECTION.match(it.text)} if copies else set()
    lead_dues: dict[int, Deadline | None] = {}  # the deadline each lead-in gives its items, read once
    objects: dict[int, bool] = {}  # whether a lead-in names the things its items are, read once
    for i, it in enumerate(its):
        if i not in forward or i in field_items or any(tb.span.start <= it.start < tb.span.end for tb in tables):
            continue
        if i in in_block:
            out.append(_block_task(ctx, its, i, in_block[i]))
            continue
        up = ancestors(its, i)
        measured = bool(criteria) and bool(criteria & {i, *_under_criteria(its, up)}) \
            and article_subject(it.text) is None
        quieted = quiet & {i, *up}
        if (quieted or measured) and not executes(it.text) and not (quieted and quieted <= effect
                                                                     and _body_acts(it.text)):
            continue  # "Phạm vi điều chỉnh", "Mục đích, yêu cầu", "Tiêu chí ...": no duty stated there; among criteria,
            # only a clause in which a body acts ("b) Ủy ban nhân dân cấp tỉnh hướng dẫn cụ thể ..."), and so under
            # the text's effect ("Điều 10. Hiệu lực thi hành" / "2. Bộ Giáo dục và Đào tạo có trách nhiệm rà soát ...")
        inherited = next((n for a in up if (n := _names_of(its, a, names, own, ctx.roles, part_of))), ()) \
            or next((owners[a] for a in up if a in owners), ()) or (copies if not work.isdisjoint(up) else ())
        # an attached regulation's procedures: duties only where a heading names who acts, where a sentence names
        # its own in words only a duty takes ("Sở Tài chính chủ trì và phối hợp ..."), or where a body's own name
        # opens it with its act (a step: "Chánh Văn phòng Hội đồng trình Chủ tịch Hội đồng ..."); the items of a lead
        # field ("- Cơ quan chủ trì:" / "+ Sở Nội vụ thực hiện ...") name their lead bodies; under its implementing
        # part ("III. TỔ CHỨC THỰC HIỆN" / "2. Các bộ, ... tăng cường ..."), every clause is read as the body's are
        enacting = it.parent is not None and implementing_section(its[it.parent].text)
        own_only = it.attached and not inherited and fields.get(it.parent) != "lead" and not enacting
        if own_only and not may_own_duty(it.text) and article_subject(it.text) is None \
                and (it.regulation or not plan_subject(it.text)):
            continue
        # "... các hành vi như:" lists instances; a lead-in that states a whole duty ("..., cụ thể:") its details
        lead = its[it.parent].text if inherited and it.parent is not None else None
        instances = lead is not None and lists_examples(lead) and not lists_parts(lead, it.text)
        # "... báo cáo cụ thể về một số nội dung sau:" / "- Số hộ dân có nhà bị sập ...": what the report holds
        listed = instances or (lead is not None and (_lists_objects(lead) or _names_objects(its, it.parent, objects))
                               and not lists_parts(lead, it.text))
        article = it.style in _ARTICLES or (it.parent is not None and it.style in _CLAUSES
                                            and _clause_of_article(its, it.parent))
        things = _names_objects(its, i, objects) \
            or (_lists_below(its, i) and shares_out([its[c].text for c in it.children]))
        found = _item_tasks(ctx, it, inherited, implicit=narrative or i in measures, measure=i in measures,
                            field=i in fields, listed=listed, things=things, instances=instances,
                            enacting=enacting or it.parent in asking,
                            article=article, step=bool(procedures & {i, *up}), marked=_marked(its, i),
                            labels_name=_labels_name(its, it), own_only=own_only)
        if i in due:  # "II. NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2025": its items are due by the month's end
            found = [t if t.deadline else t.model_copy(update={"deadline": due[i]}) for t in found]
        if found and it.parent is not None and it.parent not in lead_dues:
            lead_dues[it.parent] = _lead_deadline(ctx, its[it.parent])
        lead_due = lead_dues.get(it.parent) if found else None
        if lead_due is not None:  # "b) Các Bộ: ... khẩn trương khắc phục ..., hoàn thành trong tháng 11 năm 2025, cụ thể:"
            found = [t if t.deadline else t.model_copy(update={"deadline": lead_due}) for t in found]  # its details
        section = next((a for a in up if a in times), None)
        if section is not None:  # "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên." under the plan's section
            when = _field_deadline(ctx, its[times[section]])
            found = [t if t.deadline or when is None else t.model_copy(update={"deadline": when}) for t in found]
        recurring = next((r for a in up if (r := _opening_recurrence(ctx, its[a]))), None) if found else None
        if recurring is not None:  # "2. Hàng năm, cùng với thời gian lập dự toán ..., các cơ quan ... lập dự toán ...:"
            found = [t if t.deadline else t.model_copy(update={"deadline": recurring}) for t in found]
        # "... định kỳ tổng hợp báo cáo ... như sau:" / "- Báo cáo 6 tháng: ... trước ngày 05/7": the day recurs yearly
        if found and any(_periodic_lead(its[a]) for a in up):
            found = [t.model_copy(update={"deadline": every_year(t.deadline)}) if t.deadline else t for t in found]
        if any(its[a].is_heading and _TARGETS.match(its[a].text) for a in up):
            found = [t.model_copy(update={"modality": "target"}) for t in found]
        out.extend(found)
    if not doc_type and own:  # a news page carrying a text: what the issuer does, told of it, is no duty it places
        out = [t for t in out if not _told_of(t, own)]
    # a paper is no one who acts ("Các Công văn của Bộ hướng dẫn ...", "Quy chế phối hợp giữa ...")
    out = [t for t in out if not t.assignees or not all(_PAPER.match(a) for a in t.assignees)]
    named = qualified_names(out)  # "Cơ quan, đơn vị thực hiện dự án": a name the document repeats, in full
    out = [name_in_full(t, named) for t in out] if named else out
    return _once(sorted(out, key=lambda t: t.span.start), {it.start: it.style for it in its})


def _parts(its: list[Item]) -> tuple[int | None, ...]:
    """For each item, the part ("Chương III" / its title) it stands in: the last part's opening item before it."""
    out: list[int | None] = []
    part = None
    for i, it in enumerate(its):
        out.append(part)
        if it.style == "para" and _RE_PART_START.match(it.text):
            part = i
    return tuple(out)


def _part_owners(its: list[Item], part_of: tuple[int | None, ...]) -> dict[int, tuple[str, ...]]:
    """The articles titled with duties that say not whose ("Điều 2. Nhiệm vụ và quyền hạn"), each with the body its
    part's title names ("Chương I" / "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), where one does."""
    out: dict[int, tuple[str, ...]] = {}
    for i, it in enumerate(its):
        if part_of[i] is not None and it.style in _ARTICLES and ownerless_duties(it.title or it.text):
            owner = part_name(its[part_of[i]].text)
            if owner:
                out[i] = owner
    return out


def _body_acts(text: str) -> bool:
    """Whether a sentence of an item opens with a body's proper name (capitalised, not bare heads) and its duty."""
    for _, sentence in sentences(text):
        duty = named_subject(sentence.strip()) or read_duty(sentence.strip())
        if duty and duty.leading and all(a[:1].isupper() and not heads_only(a) for a in duty.assignees):
            return True
    return False


def _under_criteria(its: list[Item], up: list[int]) -> list[int]:
    """The ancestors whose criteria speak for an item: its parent, and further up through headings that name what
    is measured ("Điều 10. Tiêu chuẩn của thôn, tổ dân phố" / "1. Quy mô số hộ gia đình" / "a) ... Thôn phải có từ 500
    hộ ..."), not through one that names an act ("3. Cấp Giấy phép xe tập lái", which holds its steps)."""
    out: list[int] = []
    for a in up:
        out.append(a)
        if opens_act(its[a].text):
            break
    return out


def _clause_of_article(its: list[Item], parent: int) -> bool:
    """An item's parent is an article, or the article's lead-in ("Điều 5. Lập dự toán, ..." / "Việc lập dự toán ...
    thực hiện theo quy định hiện hành ... như sau:" / "3. Căn cứ ..., Bộ Tài chính xác định ...")."""
    up = its[parent]
    if up.style == "lead" and up.parent is not None:
        up = its[up.parent]
    return up.style in _ARTICLES


def _told_of(task: Task, own: str) -> bool:
    """ "..., Bộ Tài chính xây dựng kế hoạch tổ chức 06 hội nghị ...", "Thủ tướng Chính phủ gửi lời thăm hỏi ...":
    in a text with no type of its own (a news page that carries a letter), a duty of the issuer alone."""
    return len(task.assignees) == 1 and group_key(task.assignees[0]).casefold() == own


def _once(tasks: list[Task], styles: dict[int, str]) -> list[Task]:
    """A duty printed twice (a summary above the letter repeating its items) is one task;
    not when both copies are items of one marker style: the same point of two clauses
    ("a) Ủy ban nhân dân thành phố rà soát ..." under khoản 1 and under khoản 2). A copy
    that differs in a few words (a news summary retyped above the text: "tinh gọn" /
    "tinh, gọn") is the same duty, read from the later copy, the text itself, when both
    are due alike."""
    seen: dict[tuple, set[str]] = {}
    out: list[Task] = []
    for t in tasks:
        key = (tuple(t.assignees), " ".join(t.action.split()))
        style = styles.get(t.span.start, "table")
        if key in seen and (style in _PARAGRAPHS or style not in seen[key]):
            continue
        copy = next((k for k, o in enumerate(out) if o.assignees == t.assignees and _due(o) == _due(t)
                     and styles.get(o.span.start, "table") != style and _retyped(o.action, t.action)), None)
        if copy is not None:
            del out[copy]
        seen.setdefault(key, set()).add(style)
        out.append(t)
    return out


def _due(t: Task) -> tuple:
    """A task's deadline as it is due: two duties alike but for their dates ("... điều chỉnh lần thứ nhất" by 15
    December, "... lần thứ hai" by 5 February) are two duties, not a copy."""
    return (t.deadline.date, t.deadline.recurrence) if t.deadline else ()


def _retyped(a: str, b: str) -> bool:
    """Two long actions that share all but a few of their words."""
    x, y = Counter(_WORD.findall(a.lower())), Counter(_WORD.findall(b.lower()))
    longer = max(sum(x.values()), sum(y.values()))
    return longer >= _COPY_MIN_WORDS and sum((x & y).values()) >= _COPY_SHARE * longer


def _forward_heads(ctx: _Context, its: list[Item]) -> dict[int, Deadline | None]:
    """A report's forward-looking headings, each with the end of the period it names (None
    when it names none): a known section ("NHIỆM VỤ TRỌNG TÂM ...", "PHƯƠNG HƯỚNG ..."), or
    a section of tasks that names a coming time ("Nhiệm vụ trong thời gian tới") or a
    period not over at the report's date ("NHIỆM VỤ THÁNG 02 NĂM 2025")."""
    heads: dict[int, Deadline | None] = {}
    for i, it in enumerate(its):
        if not it.is_heading or it.style == "lead":
            continue
        known = _FORWARD.match(it.text)
        if not (known or _TASK_HEAD.match(it.text)):
            continue
        period = _heading_period(ctx, it)
        if known or period is not None or _FORWARD_TIME.search(it.text):
            heads[i] = period
    return heads


def _forward_items(its: list[Item], heads: set[int]) -> set[int]:
    """Items under a report's forward-looking headings."""
    return {i for i in range(len(its)) if not heads.isdisjoint(ancestors(its, i))}


def _plan_measures(its: list[Item], fielded: set[int]) -> set[int]:
    """A plan's measures ("2. Nhiệm vụ và giải pháp cụ thể" / "- Rà soát, điều chỉnh, bổ sung các quy hoạch ..."): the
    items under a section heading of tasks and solutions, not an article's, where no field line of the plan ("Cơ quan
    chủ trì: ...") gives a lead. Those that name no one are the issuer's own work (implicit), whatever verb opens them:
    the section says what they are."""
    heads = {i for i, it in enumerate(its)
             if it.is_heading and it.style != "lead" and it.style not in _ARTICLES and _FORWARD.match(it.text)}
    led = {a for i in fielded for a in ancestors(its, i)}
    return {i for i in _forward_items(its, heads) if led.isdisjoint(ancestors(its, i))}


def _named_periods(its: list[Item], dated: dict[int, Deadline]) -> dict[int, Deadline]:
    """The items under a forward heading that names a period (`dated`: the heading and the
    period's end), each with the end of the period its nearest such heading names."""
    out: dict[int, Deadline] = {}
    if not dated:
        return out
    for i in range(len(its)):
        up = next((a for a in ancestors(its, i) if a in dated), None)
        if up is not None:
            out[i] = dated[up]
    return out


def _heading_period(ctx: _Context, it: Item) -> Deadline | None:
    found = named_period(it.text, doc_date=ctx.doc_date, doc_year=ctx.doc_year)
    if found is None:
        return None
    return found.model_copy(update={"span": _phrase_span(ctx.text, it.text, found.text, it)})


def _names_of(its: list[Item], i: int, read: dict[int, tuple[str, ...]], own: str | None,
              roles: tuple[str, ...], part_of: tuple[int | None, ...]) -> tuple[str, ...]:
    """_heading_names of item `i`, read once into `read`: only the headings above an item
    that may hold a duty are read. A lead-in that names only the issuer (group key `own`)
    over parts that are not actions speaks in the document's own voice ("Bộ Tài chính hướng
    dẫn bổ sung ... như sau:" over "I. Những quy định chung:"): what follows is its guidance,
    no one's duty by that lead-in; over actions ("Ủy ban nhân dân xã triển khai thực hiện các
    nhiệm vụ sau:" over "1. Tổ chức tuyên truyền ..."), they are the issuer's own tasks."""
    if i not in read:
        named = _heading_names(its, i, part_of)
        voice = its[i].style == "lead" and own is not None and bool(named) \
            and all(group_key(n).casefold() == own for n in named) and not _over_duties(its, its[i])
        read[i] = () if voice else _whole_roles(its[i].text, named, roles, article=its[i].style in _ARTICLES) \
            or _named_like_siblings(its, i, part_of)
    return read[i]


def _named_like_siblings(its: list[Item], i: int, part_of: tuple[int | None, ...]) -> tuple[str, ...]:
    """ "Điều 9. Trách nhiệm các đơn vị ..." / "1. Vụ Chính sách tiền tệ", "2. Cơ quan Thanh tra, giám sát ngân hàng",
    "3. Sở Giao dịch Ngân hàng Nhà nước", ...: a clause's heading among headings of its style most of which are names is
    a name by its position, whole, when it opens with one and is short and states nothing (no stop, no word only a duty
    takes)."""
    it = its[i]
    title = it.text.strip().rstrip(":").strip()
    if it.parent is None or it.style in _ARTICLES or title.endswith((".", ";")) or not title[:1].isupper() \
            or len(title.split()) > _SIBLING_NAME_WORDS or may_own_duty(title) \
            or (read_names(title) is None and not implementing_section(its[it.parent].title or its[it.parent].text)):
        return ()
    siblings = [j for j in its[it.parent].children if j != i and its[j].style == it.style and its[j].is_heading]
    named = sum(bool(_heading_names(its, j, part_of)) for j in siblings)
    return (title,) if siblings and 2 * named > len(siblings) else ()


def _whole_roles(heading: str, named: tuple[str, ...], roles: tuple[str, ...], *, article: bool) -> tuple[str, ...]:
    """ "1. Đơn vị chủ trì liên kết đào tạo:": a heading's name read up to the middle of a role the document
    defines (the lexicon stops at "chủ trì") is that role, as printed; so is a clause's heading that is all one role,
    read as no name ("1. Vụ Chính sách tiền tệ", the body whose chief proposed the text); not an article's title, which
    may name the role it sets rules for ("Điều 5. Người phụ trách công tác dược lâm sàng")."""
    if not named and not article:
        title = heading.strip().rstrip(":.").strip()
        return next(((title,) for role in roles if title.lower() == role.lower()), ())
    if len(named) != 1:
        return named
    for role in roles:
        if len(role) > len(named[0]) and heading[:len(role)].lower() == role.lower() \
                and role.lower().startswith(named[0].lower()):
            return (heading[:len(role)],)
    return named


def _heading_names(its: list[Item], i: int, part_of: tuple[int | None, ...]) -> tuple[str, ...]:
    """Who a heading or lead-in assigns the items under it to; `part_of`, the part each item stands in (`_parts`)."""
    it = its[i]
    if not it.is_heading:
        return ()
    parts = sentences(it.text) if it.style == "lead" else ()
    if len(parts) > 1:  # a lead-in names who acts in its last sentence ("Trước tình hình đó, ... yêu cầu X ...:")
        named = heading_names(parts[-1][1], attached=it.attached)
        if named:
            return named
        # else only whom an earlier sentence assigns or opens with, not a body a clause narrates
        # ("Thực hiện Kết luận ..., Bộ Tài chính xây dựng kế hoạch ... Thông tin cụ thể như sau:")
        duty = read_duty(it.text)
        return duty.assignees if duty and duty.leading else ()
    # an attached plan's implementing part ("III. TỔ CHỨC THỰC HIỆN" / "1. Bộ Lao động - Thương binh và Xã hội")
    # names who acts by its headings, as a letter's body does
    enacting = it.parent is not None and implementing_section(its[it.parent].text)
    # in a part titled with duties ("Chương III" / "TRÁCH NHIỆM CỦA CÔNG AN CÁC ĐƠN VỊ, ĐỊA PHƯƠNG ..."), an article
    # whose title is a name holds that body's duties
    in_duties = part_of[i] is not None and duties_part(its[part_of[i]].text)
    over = _over_duties(its, it) or (it.style in _ARTICLES and in_duties and _opens_actions(its, it))
    return _title_names(it) or heading_names(it.text, attached=it.attached and not enacting,
                                             plan=it.attached and not it.regulation, article=it.style in _ARTICLES,
                                             over_duties=over)


def _title_names(it: Item) -> tuple[str, ...]:
    """ "Điều 20. Thẩm quyền và trách nhiệm của Bộ trưởng, ..." / "Bộ trưởng, ... thực hiện thẩm quyền, trách nhiệm
    sau:": an article whose title of duties stands on its line, a lead-in of its own under it (not the title's wrapped
    end): the title names who acts, the lead-in is no part of that name."""
    lead = it.text[len(it.title):].strip() if it.style in _ARTICLES else ""
    duty = read_duty(lead) if lead.endswith(":") else None
    return scope_names(it.title) if duty and duty.leading else ()


def _lists_objects(lead: str) -> bool:
    """A lead-in whose items (besides the instances `lists_examples` finds) are details of
    what it said ("... báo cáo kịp thời cho UBND tỉnh. Trong đó, lưu ý các dữ liệu về:"), or
    of the whole duty its one sentence states ("Thực hiện đúng trách nhiệm của doanh nghiệp
    ...; đảm bảo quyền và nghĩa vụ của người lao động ..., cụ thể:"); not a short lead whose
    items are what its verb is to be done on, each a duty ("- Nghiên cứu, tham mưu Lãnh đạo
    Bộ:" / "+ Các chính sách nhằm thể chế hóa ..."), nor a duty stated in whole sentences over
    its own items ("1. Thực hiện nghiêm túc Nghị quyết số 19/NQ-CP ... để hỗ trợ doanh
    nghiệp." over "- Đẩy mạnh ...")."""
    last = sentences(lead)[-1][1] if lead.rstrip().endswith(":") else ""
    if last == lead:  # its action's words, after a label naming who acts ("2. Vụ Tổ chức cán bộ: Tham mưu ...:")
        duty = read_duty(lead)
        return starts_with_action(lead) and len(_WORD.findall(duty.action if duty else lead)) >= _HEADING_DUTY_WORDS
    return bool(last) and not_duty(last)


def _marked(its: list[Item], i: int) -> bool:
    """Whether the item counts as a list item of the scope above it: it has a marker; or it
    is a paragraph right under a heading that says whose duties follow ("a) Nhiệm vụ,
    quyền hạn của Giám đốc Quỹ" over "Tổ chức điều hành hoạt động của Quỹ ...;"), a list
    whose markers the page dropped; or one between the list items of its heading ("- Tổ
    chức tập huấn ..." / "Giao kế hoạch cụ thể ...;"), whose marker the scan lost."""
    it = its[i]
    if it.style not in _PARAGRAPHS:
        return True
    if it.style != "para" or it.parent is None:
        return False
    around = [its[k] for k in (i - 1, i + 1) if 0 <= k < len(its)]
    listed = len(around) == 2 and all(o.parent == it.parent and o.style in LIST_STYLES for o in around)
    return listed or bool(scope_names(its[it.parent].text, subjects=False))


def _labels_name(its: list[Item], it: Item) -> bool:
    """Whether the item's siblings of its style open with labels that name who acts ("5.
    Ngân hàng Nhà nước ...: Chỉ đạo ...", "7. UBND các huyện ...: Chỉ đạo ..."): by its
    position, the item's own label names who acts too, the lexicon knowing it or not."""
    if it.parent is None or it.style in _PARAGRAPHS:
        return False
    return any(its[c].style == it.style and its[c] is not it and named_label(its[c].text)
               for c in its[it.parent].children)


def _over_duties(its: list[Item], it: Item) -> bool:
    """A clause or list heading (not an article, which may describe a body) most of whose
    items open with an action: a heading over duties, which names who does them."""
    return it.style not in _ARTICLES and _opens_actions(its, it)


def _opens_actions(its: list[Item], it: Item) -> bool:
    """Whether most of an item's items open with an action."""
    acting = sum(starts_with_action(its[c].text) for c in it.children)
    return 2 * acting > len(it.children)


def _block_task(ctx: _Context, its: list[Item], i: int, b: Block) -> Task:
    """A block's task; the block's own item quotes its field lines too ("2.1. Cải cách thể chế hành chính :" /
    "- Cơ quan chủ trì: Sở Tư pháp." / "- Cơ quan phối hợp: ...")."""
    it = its[i]
    body = block_text(it.text)
    deadline = _deadline(ctx, body, it) or (_deadline(ctx, b.time, it) if b.time else None)
    task = _task(it, body, b.leads, body, deadline, coordinators=b.partners or coordinators(body),
                 report=report_to(body), mode=modality(body))
    lines = [its[k] for k in b.lines if k > i] if i == b.title else []
    if not lines:
        return task
    return task.model_copy(update={"text": " ".join([task.text, *(f"{ln.marker} {ln.text}" for ln in lines)]),
                                   "span": Span(start=it.start, end=max(ln.end for ln in lines))})


def _item_tasks(ctx: _Context, it: Item, inherited: tuple[str, ...], *, implicit: bool, measure: bool, field: bool,
                listed: bool, things: bool, instances: bool, enacting: bool, article: bool, step: bool, marked: bool,
                labels_name: bool, own_only: bool) -> list[Task]:
    """One task per sentence that names its assignee; one for the item's first action
    when a heading or lead-in names who acts (or the issuer acts, in a report's forward section, `implicit`, or among
    a plan's `measure`s, where whatever verb opens the item, it is the issuer's task unless it says not); under
    an article on who implements the text (`enacting`), one for a clause that opens
    with a body's name, whatever its verb, and so in an article of a procedure (`step`)
    for a clause whose body's name opens it or follows its time. An item `listed` under a
    lead-in that lists objects states no duty by its position alone, and one of its
    `instances` ("..., gồm các tài liệu sau:" / "a) Quyết định thành lập ...") none by its
    opening verb either. With `own_only` (an attached text's item no heading gives an
    assignee), only sentences that own a duty in words (`owns_duty`) or, in a plan of work,
    open with who acts and an action of their own (`plan_subject`). A sentence whose clause
    after a ";" opens with another body's own name is read a clause at a time."""
    if field:
        return []
    out: list[Task] = []
    parts = [c for _, s in sentences(it.text) for c in subject_clauses(s)]
    # "Thời gian hoàn thành trước ngày ...", "Hoàn thành trước ngày ..." after the duty gives its deadline
    notes = [s for s in parts if _TIME_NOTE.match(s) or _deadline_only(ctx, s)]
    note = notes[0] if notes else None
    # "...; hoàn thành trước ngày 30/11/2025." closing a later sentence dates the sentences before it too
    closing = next(((k, c) for k, s in enumerate(parts) for c in s.split(";")[1:] if _TIME_NOTE.match(c.strip())),
                   None) if note is None and len(parts) > 1 else None
    owner, continued = inherited, False
    narrated = bool(parts) and ((it.style == "para" and looks_back(parts[0]))
                                or (it.style in _PARAGRAPHS and _told_day(ctx, parts[0])))
    for k, sentence in enumerate(parts):
        if own_only and not owns_duty(sentence) and article_subject(sentence) is None \
                and (it.regulation or not plan_subject(sentence)):
            continue
        if (sentence in notes and out) or (narrated and not assigns(sentence)) or entitles(sentence):
            continue  # a date note; a look back on the work so far (only what it assigns is a duty); a right
        if closing:
            note = closing[1] if k < closing[0] else None
        first = sentence is parts[0] and not it.is_heading
        read = None if owner and acts_first(sentence) else read_duty(sentence)
        duty: Duty | None = whole_role(read or (
            shaped_label(sentence) if labels_name and sentence is parts[0] else None) or (
            named_subject(sentence) if enacting and first else None) or (
            article_subject(sentence) if article else None) or (
            step_subject(sentence) if step else None) or role_subject(sentence, ctx.roles) or (
            scoped_subject(sentence) if owner and first and marked else None) or agent_duty(sentence) or (
            # a condition's responsibility opening its own item, a clause's too; after the item's duty, a case of
            # that duty ("3. Doanh nghiệp đảm bảo ... Trường hợp ... thì doanh nghiệp có trách nhiệm đề nghị cấp lại")
            responsible_after(sentence) if sentence is parts[0] else None), ctx.roles)
        if duty and owner and _names_owner_again(duty.assignees, owner):
            duty = replace(duty, assignees=owner)  # "1/ Các Cục Thuế rà soát ...": the lead-in's bodies, named again
        titled = it.is_heading and (sentence.endswith(":") or not sentence.rstrip().endswith((".", ";"))
                                    or bool(_POINTS_ON.search(sentence)))
        if titled and not _stated_before_list(duty, sentence) and not _lists_its_objects(duty, sentence, things) and (
                it.style in _ARTICLES or sentence.endswith(":") or whole_name(sentence)
                or not (duty and duty.leading and len(_WORD.findall(duty.action)) >= _HEADING_DUTY_WORDS)):
            continue  # a heading that only names who acts, or a title of what follows (an article's, always)
        action = None if instances else acting_clause(sentence)
        # under a scope naming who acts, or among a plan's measures, an item is a task unless it says not
        if action is None and (owner or measure) and not out and marked and sentence is parts[0] and not listed \
                and not (_titles(it) and sentence is parts[-1]) and states_duty(sentence):
            action = strip_label(sentence)
            duty = duty or label_duty(sentence, shaped=labels_name)  # its own label names who acts, not the scope's
        deadline = None
        # "Đồng thời ..." goes on with the same duty, unless the duty before it has a deadline of its own
        further = continued or not out or (continues(sentence) and out[-1].deadline is not None)
        if not further and action is not None and (owner or implicit):
            deadline = _deadline(ctx, sentence, it)  # a later sentence with its own deadline is a further duty
            further = deadline is not None
        if duty and (duty.leading or (owner and (is_basis(sentence) or is_set(sentence) or continues(sentence))
                                      and _named_anew(duty, owner))):
            assignees, action = duty.assignees, duty.action
            owner, continued = duty.assignees, True
        elif action is not None and (owner or implicit) and further:
            assignees = owner
        elif duty:
            assignees, action = duty.assignees, duty.action
        else:
            continue
        action = _PARTS_ON.sub("", action)  # "..., trong đó:" opens the parts below, it is no part of the duty
        if len(_WORD.findall(action)) < 2 or roles_only(action) or refers_only(action) or says_no_work(action) \
                or any(map(cut_mid_clause, assignees)):
            continue
        deadline = deadline or _deadline(ctx, sentence, it) or (_deadline(ctx, note, it) if note else None)
        out.append(_task(it, sentence, assignees, action, deadline,
                         coordinators=duty.coordinators if duty else coordinators(action),
                         report=duty.report_to if duty else report_to(action), mode=modality(sentence)))
    return out


def _told_day(ctx: _Context, sentence: str) -> bool:
    """ "Ngày 05/3/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp ...": a sentence that opens with a day before the
    document's own tells of what happened that day; the paragraph it opens narrates."""
    if ctx.doc_date is None:
        return False
    day = opening_date(sentence)
    return day is not None and day < ctx.doc_date


def _names_owner_again(names: tuple[str, ...], owner: tuple[str, ...]) -> bool:
    """ "Các Cục Thuế" under "... yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực hiện ... sau:": the
    plural of the head of a name the scope gives, which that name says in full."""
    if len(names) != 1:
        return False
    plural = _RE_PLURAL_HEAD.fullmatch(names[0])
    head = plural.group("head").casefold() if plural else ""
    return bool(head) and any(o.casefold().startswith(head + " ") for o in owner)


def _stated_before_list(duty: Duty | None, sentence: str) -> bool:
    """A lead-in that assigns a whole duty in a clause of its own before the clause that
    opens its list ("Giao Bộ Công an chủ trì, ... nghiên cứu, tiếp thu tối đa ý kiến ...;
    Bộ Công an chịu trách nhiệm ..., bảo đảm một số yêu cầu sau:"), or before the parts it
    goes on to ("..., trong đó:"), or joined to the clause that opens it, its subject maybe after its time ("Trong
    thời hạn 20 ngày ..., Bộ Tư pháp có trách nhiệm vào sổ ..., kiểm tra điều kiện hợp lệ ... và thực hiện các công việc
    sau đây:"): that duty is a task."""
    if not (duty and sentence.endswith(":")):
        return False
    joined = _RE_JOINED_LIST.search(duty.action)
    if joined:
        return len(_WORD.findall(duty.action[:joined.start()])) >= _HEADING_DUTY_WORDS
    if not duty.leading:
        return False
    if _PARTS_ON.search(duty.action):  # "... tổ chức theo dõi sát tình hình, ..., trong đó:": the duty, then its parts
        return len(_WORD.findall(duty.action)) >= _HEADING_DUTY_WORDS
    return ";" in duty.action and len(_WORD.findall(duty.action.rsplit(";", 1)[0])) >= _HEADING_DUTY_WORDS


def _lists_its_objects(duty: Duty | None, sentence: str, things: bool) -> bool:
    """A lead-in that states a whole duty and then lists what it is about ("Trung tâm sát
    hạch lái xe ... có trách nhiệm bảo quản các loại hồ sơ ..., gồm các tài liệu sau:"), its
    subject maybe after its time ("Hằng năm, Ủy ban nhân dân tỉnh ... xây dựng kế hoạch ... với
    nội dung gồm:"), or, with `things`, names what its items are and they are no actions ("... báo cáo Thủ tướng Chính
    phủ ... các vấn đề sau:" / "- Tình hình lao động ..."): its items are instances, no duties, so the lead-in is the
    task."""
    return bool(duty and (duty.leading or is_set(sentence)) and (lists_examples(sentence) or things)
                and len(_WORD.findall(duty.action)) >= _HEADING_DUTY_WORDS)


def _titles(it: Item) -> bool:
    """An item with items under it is their title, unless it is a whole statement of its
    own, a long sentence that ends with a stop ("3. Nắm bắt, xử lý kịp thời ... hỗ trợ,
    xử lý kịp thời." over the contact lines "- Đầu mối hỗ trợ: ..."). Only its last
    sentence leads in to them: one before it is a statement ("- Nắm chắc cơ sở dữ liệu về
    Doanh nghiệp, báo cáo kịp thời ... . Trong đó, lưu ý các dữ liệu về:")."""
    return it.is_heading and not (it.text.endswith(".") and len(it.text.split()) >= _HEADING_DUTY_WORDS)


def _deadline_only(ctx: _Context, sentence: str) -> bool:
    """ "Hoàn thành trước ngày 28/11/2025.": a sentence that only dates the duty before it."""
    if len(sentence.split()) > _NOTE_WORDS + _DATE_WORDS:
        return False  # longer than a date and a few words (most sentences: no deadline read)
    found = find_deadline(sentence, doc_date=ctx.doc_date, doc_year=ctx.doc_year, periods=ctx.periods,
                          effective=ctx.effective, standing=ctx.standing)
    if found is None or found.text not in sentence:
        return False
    return len(_WORD.findall(sentence.replace(found.text, " "))) <= _NOTE_WORDS


def _named_anew(duty: Duty, owner: tuple[str, ...]) -> bool:
    """ "Trên cơ sở đó, Bộ Tư pháp tổng hợp ...", "Đồng thời, Văn phòng HĐND và UBND xã tổng
    hợp ...": after a basis clause or "đồng thời", a subject that is not among the bodies
    the item is about takes the duty."""
    held = {group_key(o) for o in owner}
    named = duty.assignees[0][:1].isupper()  # a body's name, not "các cơ quan" that "phối hợp với" governs
    return named and not any(group_key(a) in held for a in duty.assignees)


def _deadline(ctx: _Context, phrase: str, it: Item) -> Deadline | None:
    found = find_deadline(phrase, doc_date=ctx.doc_date, doc_year=ctx.doc_year, periods=ctx.periods,
                          effective=ctx.effective, standing=ctx.standing)
    if found is None:
        return None
    return found.model_copy(update={"span": _phrase_span(ctx.text, phrase, found.text, it)})


def _opening_recurrence(ctx: _Context, it: Item) -> Deadline | None:
    """The period a lead-in opens with ("Hàng năm, ... theo các quy định sau đây:"): the items it leads to recur with
    it."""
    opening = _RECURRING_OPENER.match(it.text) if _lead_in(it) else None
    found = _deadline(ctx, opening.group(), it) if opening else None
    return found if found is not None and found.kind == "recurring" else None


def _lead_deadline(ctx: _Context, lead: Item) -> Deadline | None:
    """The deadline a lead-in gives the work it details ("..., hoàn thành trong tháng 11 năm 2025, cụ thể:"): an item
    under it that states none is due with it (a recurring period is `_opening_recurrence`'s)."""
    if not _lead_in(lead):
        return None
    found = _deadline(ctx, lead.text, lead)
    return found if found is not None and found.kind != "recurring" else None


def _periodic_lead(it: Item) -> bool:
    """A lead-in whose work recurs ("Các sở ... định kỳ tổng hợp báo cáo ... như sau:")."""
    return _lead_in(it) and states_period(it.text)


def _lists_below(its: list[Item], i: int) -> bool:
    """A lead-in over items, none of them a heading: a list it opens."""
    return _lead_in(its[i]) and not any(its[c].is_heading for c in its[i].children)


def _names_objects(its: list[Item], i: int | None, seen: dict[int, bool]) -> bool:
    """Whether lead-in `i` names what its list holds, and its list's items (those of its first item's marker: not a
    paragraph after the list) are things, no actions (`lists_objects`); read once per lead-in, for it and its items."""
    if i is None:
        return False
    if i not in seen:
        below = its[i].children
        seen[i] = _lists_below(its, i) \
            and lists_objects(its[i].text, [its[c].text for c in below if its[c].style == its[below[0]].style])
    return seen[i]


def _lead_in(it: Item) -> bool:
    """A heading that ends on its colon: the items below detail it."""
    return it.is_heading and it.text.rstrip().endswith(":")


def _field_deadline(ctx: _Context, it: Item) -> Deadline | None:
    """The deadline a time field gives ("Thời gian thực hiện: Tháng 12/2013 và thường xuyên."): its label is the cue, so
    a bare month, quarter or year is the date by which, as in a table's time column."""
    value = time_value(it.text)
    found = column_deadline(value, doc_date=ctx.doc_date, doc_year=ctx.doc_year)
    return found and found.model_copy(update={"span": _phrase_span(ctx.text, value, found.text, it)})


def _phrase_span(text: str, phrase: str, words: str, it: Item) -> Span | None:
    """Where the deadline's `words` stand in the document, in any case and across a line
    break: within `phrase` (the sentence or note they were read from) where it is found in
    the item as printed, so that the second of two sentences dated alike ("chậm nhất vào
    ngày 20 tháng 11 hằng năm. Bộ trưởng ... chậm nhất vào ngày 30 tháng 11 hằng năm") is
    not placed on the first; else anywhere in the item; None rather than a wrong place."""
    printed = re.compile(r"\s+".join(map(re.escape, words.split())), re.IGNORECASE)
    at = text.find(phrase, it.start, it.end + 1)
    m = (at >= 0 and printed.search(text, at, it.end + 1)) or printed.search(text, it.start, it.end + 1)
    return Span(start=m.start(), end=m.end()) if m else None


def _task(it: Item, sentence: str, assignees: tuple[str, ...], action: str, deadline: Deadline | None, *,
          coordinators: tuple[str, ...], report: str | None, mode: str) -> Task:
    return make_task(Span(start=it.start, end=it.end), sentence, assignees, action, deadline,
                     coordinators=coordinators, report=report, mode=mode)
