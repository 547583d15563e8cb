"""Names a document makes for itself by repeating them: a generic head and a qualifier that
opens several of its sentences, each going on with a different verb.

"Cơ quan, đơn vị thực hiện dự án tổ chức thực hiện ...", "Cơ quan, đơn vị thực hiện dự án
thông báo ...", "Cơ quan, đơn vị thực hiện dự án xây dựng ...": the lexicon reads "Cơ quan,
đơn vị" and stops at the verb "thực hiện"; that the same words follow the same heads each time
and the sentences part only after them says the words are the name's, as a reader takes
them. One sentence alone says nothing: "Cơ quan, đơn vị thực hiện kiểm tra ..." is a duty.
"""
from __future__ import annotations

import re
from collections import defaultdict

from extractors.agency_names import group_key
from extractors.assignees import heads_only
from extractors.data import duty_verbs as V
from extractors.regexes import whole_words
from extractors.tasks.reading import is_one_action, starts_with_action
from models.extraction import Task

__all__ = ["qualified_names", "name_in_full"]

_MIN_WORDS, _MAX_WORDS = 2, 6  # of the qualifier: "chủ trì liên kết", "thực hiện dự án"
_MIN_SENTENCES = 2
_RE_WORDS = re.compile(rf"[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){{0,{_MAX_WORDS}}}")
# A qualifier does not open with what a duty states, nor is it one verb alone ("thực hiện"): a
# body's sentences may well share their first verb
_RE_DUTY_OPENING = re.compile(whole_words(V.RESPONSIBILITY_WORDS + V.OBLIGED + V.MODALS), re.IGNORECASE)


def qualified_names(tasks: list[Task]) -> dict[str, tuple[str, ...]]:
    """Each generic head the document's sentences open their tasks with (case-folded), and the
    qualifiers they repeat after it, longest first."""
    following: dict[str, list[list[str]]] = defaultdict(list)
    for task in tasks:
        if len(task.assignees) != 1 or not heads_only(task.assignees[0]):
            continue
        words = _RE_WORDS.match(task.action)
        said = words is not None and task.text.casefold().startswith(f"{task.assignees[0]} {words.group(0)}".casefold())
        if said and words.group(0)[:1].islower():  # the sentence's own subject, not a heading's name over it
            following[task.assignees[0].casefold()].append(words.group(0).split())
    out: dict[str, tuple[str, ...]] = {}
    for head, runs in following.items():
        kept: list[str] = []
        for qualifier in sorted(_shared(runs), key=lambda q: (-q[1], -len(q[0]))):
            if not any(k.startswith(qualifier[0]) or qualifier[0].startswith(k) for k in kept):
                kept.append(qualifier[0])
        if kept:
            out[head] = tuple(sorted(kept, key=len, reverse=True))
    return out


def _shared(runs: list[list[str]]) -> list[tuple[str, int]]:
    """The qualifiers that several sentences share and part right after, with how many ways they go on."""
    after: dict[str, set[str]] = defaultdict(set)
    for words in runs:
        for n in range(_MIN_WORDS, min(len(words) - 1, _MAX_WORDS) + 1):
            if starts_with_action(" ".join(words[n:])):  # where they part, each goes on with its own verb
                after[" ".join(words[:n])].add(words[n])
    return [(q, len(nxt)) for q, nxt in after.items() if len(nxt) >= _MIN_SENTENCES
            and not _RE_DUTY_OPENING.match(q) and not is_one_action(q)]


def name_in_full(task: Task, names: dict[str, tuple[str, ...]]) -> Task:
    """The task with its generic head named in full when its action opens with a qualifier the
    document repeats after that head."""
    if len(task.assignees) != 1:
        return task
    head = task.assignees[0]
    for qualifier in names.get(head.casefold(), ()):
        if task.action.casefold().startswith(qualifier.casefold() + " "):
            rest = task.action[len(qualifier):].strip()
            name = f"{head} {task.action[:len(qualifier)]}"
            return task.model_copy(update={"assignees": [name], "assignees_canonical": [group_key(name)],
                                           "action": rest})
    return task
