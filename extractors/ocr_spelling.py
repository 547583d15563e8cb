"""Words on a scanned page respelled where OCR misread a tone or vowel mark, for the task reading.

OCR of a scan reads "đẩy mạnh" as "đây mạnh", "tổ chức" as "tô chức", "Chi nhánh" as "Chỉ
nhánh", "Ban Quản lý" as "Ban Quần lý": the letters are right, a mark is not, and the words a
duty or a body's name opens with go unread. A word that makes no compound with either neighbour
(white space alone between them), where exactly one spelling of its letters would make, with a
neighbour as printed, a pair of words the readers know (two words in a row of the tables of
duty words, bodies, heads and places) that is also a compound of the language, is taken in
that spelling ("đây" + "mạnh" -> "đẩy mạnh"). The compounds are the Vietnamese word list
underthesea ships (Viet74K): a word in one of them as read ("xây dựng theo", "đồng chí Cục")
stays, however near a known pair its letters come. Each respelling keeps the word's length, so
every offset into the text stays true. The tasks of a document any page of which was OCR'd are
read from its respelled text; their assignees keep the respelling, their text, action and
deadline quote the document as loaded; the respellings are told in a warning.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from extractors.data import agencies as A
from extractors.data import assignee_names as N
from extractors.data import duty_verbs as V
from extractors.data.tones import strip_marks, unify_tones
from models.extraction import LoadMeta, Task

__all__ = ["as_read", "respell_text", "scanned", "respelling_warnings"]

_WORD = re.compile(r"[^\W\d_]+")
# the word list, in the package; found without importing underthesea, which is slow to import
_WORD_LIST = ("underthesea", "corpus/data/Viet74K.txt")
_MOST_TOLD = 12  # respellings named in the warning


def _pairs(phrases: Iterable[str]) -> set[tuple[str, str]]:
    """Each two words in a row of the phrases, case folded, tones placed one way."""
    out: set[tuple[str, str]] = set()
    for phrase in phrases:
        words = _WORD.findall(unify_tones(phrase).casefold())
        out.update(zip(words, words[1:]))
    return out


@cache
def _language() -> frozenset[tuple[str, str]]:
    """The two-syllable compounds of the language (Viet74K)."""
    spec = find_spec(_WORD_LIST[0])
    assert spec is not None and spec.submodule_search_locations, "underthesea is a dependency"
    listed = Path(next(iter(spec.submodule_search_locations))) / _WORD_LIST[1]
    return frozenset(_pairs(listed.read_text(encoding="utf-8").splitlines()))


def _strings(table: tuple | frozenset | set | dict) -> list[str]:
    """The strings of a data table (its items, a tuple's members, a dict's keys and values)."""
    items = table.items() if isinstance(table, dict) else table
    return [s for item in items for s in (item if isinstance(item, tuple) else (item,)) if isinstance(s, str)]


@cache
def _known() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """The pairs of words in a row of the readers' tables (duty words, bodies, heads, places) that are compounds of
    the language, by their letters without marks."""
    phrases = [s for module in (A, N, V) for table in vars(module).values()
               if isinstance(table, (tuple, frozenset, set, dict)) for s in _strings(table)]
    by_letters: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for pair in _pairs(phrases) & _language():
        by_letters[(strip_marks(pair[0]), strip_marks(pair[1]))].append(pair)
    return {k: tuple(v) for k, v in by_letters.items()}


def _spelling(words: list[str], i: int, beside: list[int]) -> str | None:
    """The one spelling of word i that makes a known pair with a neighbour as printed."""
    spellings: set[str] = set()
    for j in beside:
        first, second = (i, j) if j > i else (j, i)
        mine, theirs = (0, 1) if j > i else (1, 0)  # where word i and its neighbour stand in the pair
        for pair in _known().get((strip_marks(words[first]), strip_marks(words[second])), ()):
            if pair[theirs] == words[j]:
                spellings.add(pair[mine])
    return spellings.pop() if len(spellings) == 1 else None


def _respellings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, spelling) of each word of `text` to respell, its length kept."""
    spans = [m.span() for m in _WORD.finditer(text)]
    words = [unify_tones(text[a:b]).casefold() for a, b in spans]
    language = _language()
    out: list[tuple[int, int, str]] = []
    for i, (a, b) in enumerate(spans):
        beside = [j for j in (i + 1, i - 1) if 0 <= j < len(spans)
                  and not text[spans[min(i, j)][1]:spans[max(i, j)][0]].strip()]
        if any((words[min(i, j)], words[max(i, j)]) in language for j in beside):
            continue
        spelt = _spelling(words, i, beside)
        if spelt is None or spelt == words[i] or len(spelt) != b - a:
            continue
        read = text[a:b]
        spelt = spelt.upper() if read.isupper() and len(read) > 1 else spelt.capitalize() if read[:1].isupper() \
            else spelt
        out.append((a, b, spelt))
        words[i] = spelt.casefold()
    return out


def respell_text(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each word OCR misread a mark of respelled (see the module's doc), and what was read and taken at
    each respelling."""
    out, last, changes = [], 0, []
    for a, b, spelt in _respellings(text):
        out.append(text[last:a] + spelt)
        changes.append((text[a:b], spelt))
        last = b
    return "".join(out) + text[last:], changes


def as_read(tasks: list[Task], read: str, respelt: str) -> list[Task]:
    """The tasks read from the `respelt` text with their text, action and deadline phrase quoted as `read` spells
    them: a task quotes the document as loaded (its names stay respelled)."""
    if read == respelt:
        return tasks
    return [_quoted(t, read, respelt) for t in tasks]


def _quoted(task: Task, read: str, respelt: str) -> Task:
    a, b = task.span.start, task.span.end
    if read[a:b] == respelt[a:b]:
        return task
    source = [(m.start(), m.group()) for m in _WORD.finditer(respelt, a, b)]
    update = {"text": _unspelt(task.text, source, read), "action": _unspelt(task.action, source, read)}
    if task.deadline is not None:
        update["deadline"] = task.deadline.model_copy(update={"text": _unspelt(task.deadline.text, source, read)})
    return task.model_copy(update=update)


def _unspelt(phrase: str, source: list[tuple[int, str]], read: str) -> str:
    """`phrase`, whose words are a run of `source` (word positions in the respelt text), with each word as `read`
    has it at that position."""
    words = list(_WORD.finditer(phrase))
    spelt = [m.group() for m in words]
    for k in range(len(source) - len(spelt) + 1):
        if [w for _, w in source[k:k + len(spelt)]] == spelt:
            out, last = [], 0
            for m, (pos, _) in zip(words, source[k:k + len(spelt)]):
                out.append(phrase[last:m.start()] + read[pos:pos + len(m.group())])
                last = m.end()
            return "".join(out) + phrase[last:]
    return phrase


def scanned(meta: LoadMeta | None) -> bool:
    """Whether any page of the document was OCR'd (the loader lists them)."""
    return bool(meta and meta.ocr_pages)


def respelling_warnings(changes: list[tuple[str, str]]) -> list[str]:
    """One warning naming the words respelled for the task reading."""
    if not changes:
        return []
    told = list(dict.fromkeys(f"{read!r} as {spelt!r}" for read, spelt in changes))
    more = f" and {len(told) - _MOST_TOLD} more" if len(told) > _MOST_TOLD else ""
    return [f"tasks read with {len(changes)} word(s) respelled where OCR misread their marks: "
            f"{', '.join(told[:_MOST_TOLD])}{more}"]
