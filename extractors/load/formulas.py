"""The fixed lines of a letter's layout, restored where OCR slipped on a tone mark.

Every letter prints the same few lines (Decree 30/2020 Phụ lục I): the quốc hiệu, the
tiêu ngữ, the type name as its title, and labels such as "Số:" and "Nơi nhận:". In
capitals Tesseract often takes one tone mark for another ("CỌNG HÒA", "QUYÉT ĐỊNH",
"Só:", "PHO CHỦ TỊCH"), and then the header and signature readers no longer know
the line. An OCR'd line whose letters, tone marks aside, are exactly one of these lines
(or which opens with one of the labels) is given back its printed form; in a line set
in capitals, a word that is, tone marks aside, a word of these lines or of an office
holder's title ("PHO" -> "PHÓ", "CHU" -> "CHỦ") and of no other word among them takes
its printed form too. Any other text is left as read.
"""
from __future__ import annotations

import re
from functools import cache

from extractors.bodies import divisions
from extractors.data import doc_types
from extractors.data import layout_markers as M
from extractors.data.tones import strip_marks

_LABELS = (M.NUMBER_LABEL, *M.RECIPIENTS_LABELS, *M.CC_LABELS)
_LABEL = re.compile(r"^\s*(\w+(?:\s\w+)?)\s*:")


def _bare(s: str) -> str:
    """Upper case, tone marks and punctuation dropped, spaces collapsed."""
    return " ".join(re.sub(r"[^\w\s]", " ", strip_marks(s)).upper().split())


@cache
def _lines() -> dict[str, str]:
    lines = [*M.NATIONAL_TITLE, *M.MOTTO, *M.PARTY_TITLE, *(n.upper() for n in doc_types.type_names())]
    return {_bare(line): line for line in reversed(lines)}  # the first spelling of a line wins


@cache
def _words() -> dict[str, str]:
    """Bare word -> printed word, for the words of office holders' titles whose bare
    form no other of those words shares."""
    printed: dict[str, set[str]] = {}
    for word in " ".join(M.SIGNER_TITLE_WORDS).split():
        printed.setdefault(_bare(word), set()).add(word)
    return {bare: next(iter(words)) for bare, words in printed.items() if len(words) == 1}


@cache
def _provinces() -> dict[str, str]:
    """Bare name -> printed name in capitals, for the provinces with their unit word."""
    names = {d.name.upper() for d in divisions() if d.kind.startswith("province")}
    return {_bare(n): n for n in names}


@cache
def _heads() -> dict[str, str]:
    return {_bare(h): h for h in reversed(M.ENACTING_HEADS)}


def _names(words: list[str]) -> list[str]:
    """`words` with an authority's name at their head and a province at their tail restored."""
    for n in range(min(6, len(words)), 1, -1):
        head = _heads().get(_bare(" ".join(words[:n])))
        if head is not None:
            words = head.split() + words[n:]
            break
    for n in range(2, min(6, len(words)) + 1):
        name = _provinces().get(_bare(" ".join(words[-n:])))
        if name is not None:
            return words[:-n] + name.split()
    return words


@cache
def _labels() -> dict[str, str]:
    return {_bare(label): label for label in _LABELS}


def restore(text: str) -> str:
    """`text` (one OCR'd segment) with a fixed line or label given back its printed form."""
    core = text.strip()
    colon = ":" if core.endswith(":") else ""
    line = _lines().get(_bare(core))
    if line is not None and line.isupper() == core.isupper():  # a title in capitals, or the tiêu ngữ
        return line + colon
    m = _LABEL.match(text)
    if m:
        label = _labels().get(_bare(m[1]))
        if label is not None:
            return label + ":" + text[m.end():]
    words = [w for w in core.split() if any(c.isalpha() for c in w) and not w.endswith(".")]
    if core.isupper() and words and all(_bare(w) in _words() for w in words):  # "KT." stays
        return " ".join(_words()[_bare(w)] if w in words else w for w in core.split())
    if core.isupper():
        restored = " ".join(_names(core.split()))
        return text if restored == " ".join(core.split()) else restored
    return text
