"""Names on a scanned page, respelled where OCR misread a tone or vowel mark.

OCR of a scan reads "Chi nhánh" as "Chỉ nhánh", "Ban Quản lý" as "Ban Quần lý", "thành phố" as
"thành phô": the letters are right, a mark is not. A word of a name that makes no pair of the
names the lexicon knows with either neighbour (two words in a row of its tables of bodies,
heads and places), where one spelling of its letters would make one with a neighbour as
printed, is taken in that spelling ("chỉ" + "nhánh" -> "chi nhánh"). A word whose letters could
be respelled more than one way stays as read; so does one a comma parts from its neighbours.
Only names read from a page that was OCR'd are respelled, and each change is told in a warning.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from extractors.agency_names import group_key
from extractors.data import agencies as A
from extractors.data import assignee_names as N
from extractors.data.tones import strip_marks, unify_tones
from models.extraction import Extraction, LoadMeta

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _compounds() -> tuple[frozenset[tuple[str, str]], dict[tuple[str, str], tuple[tuple[str, str], ...]]]:
    """The two words in a row of the names the lexicon knows ("chi nhánh", "ban quản", "quản lý", "thành phố"),
    and each pair by its letters without marks."""
    pairs: set[tuple[str, str]] = set()
    for module in (A, N):
        for table in vars(module).values():
            phrases = table.items() if isinstance(table, dict) else table
            if not isinstance(table, (tuple, frozenset, set, dict)):
                continue
            for phrase in phrases:
                for text in phrase if isinstance(phrase, tuple) else (phrase,):
                    if isinstance(text, str):
                        words = _WORD.findall(unify_tones(text).casefold())
                        pairs.update(zip(words, words[1:]))
    by_letters: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for pair in pairs:
        by_letters[(strip_marks(pair[0]), strip_marks(pair[1]))].append(pair)
    return frozenset(pairs), {k: tuple(v) for k, v in by_letters.items()}


def _respelt_word(words: list[str], i: int, neighbours: list[int]) -> str | None:
    """The one spelling of word i that makes a compound with a neighbour as printed, when it makes none as read."""
    _, by_letters = _compounds()
    spellings: set[str] = set()
    for j in neighbours:
        first, second = (i, j) if j > i else (j, i)
        mine, theirs = (0, 1) if j > i else (1, 0)  # where word i and its neighbour stand in the pair
        for pair in by_letters.get((strip_marks(words[first]), strip_marks(words[second])), ()):
            if pair[theirs] == words[j]:
                spellings.add(pair[mine])
    return spellings.pop() if len(spellings) == 1 else None


def respell(name: str) -> str:
    """`name` with each word that makes no compound respelled as the one compound its letters and a neighbour make."""
    pairs, _ = _compounds()
    spans = [m.span() for m in _WORD.finditer(name)]
    words = [unify_tones(name[a:b]).casefold() for a, b in spans]
    # the words next to each, white space alone between them ("tỉnh, thành" are no compound)
    beside = [[j for j in (i + 1, i - 1) if 0 <= j < len(spans)
               and not name[spans[min(i, j)][1]:spans[max(i, j)][0]].strip()] for i in range(len(spans))]
    out, last = [], 0
    for i, (a, b) in enumerate(spans):
        if any((words[min(i, j)], words[max(i, j)]) in pairs for j in beside[i]):
            continue
        spelt = _respelt_word(words, i, beside[i])
        if spelt is not None and spelt != words[i]:
            read = name[a:b]
            out.append(name[last:a] + (spelt.capitalize() if read[:1].isupper() else spelt))
            words[i], last = spelt, b
    return "".join(out) + name[last:]


def _scanned(meta: LoadMeta | None) -> bool:
    return bool(meta and any(page.method == "ocr" for page in meta.pages))


def respell_names(ex: Extraction, meta: LoadMeta | None) -> list[str]:
    """Respell the assignees and partners of the tasks of a scanned document; one warning per name changed."""
    if not _scanned(meta):
        return []
    changed: dict[str, str] = {}

    def spelt(names: list[str]) -> list[str]:
        out = []
        for name in names:
            new = changed.get(name) or respell(name)
            if new != name:
                changed[name] = new
            out.append(new)
        return out

    for k, task in enumerate(ex.tasks):
        assignees, partners = spelt(task.assignees), spelt(task.coordinators)
        if assignees != task.assignees or partners != task.coordinators:
            ex.tasks[k] = task.model_copy(update={"assignees": assignees, "coordinators": partners,
                                                  "assignees_canonical": [group_key(a) for a in assignees]})
    return [f"name read off a scan as {old!r} taken as {new!r} (OCR misread its marks)" for old, new in changed.items()]
