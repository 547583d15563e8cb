"""Patterns built from phrase lists: the one place a word list becomes a regex.

Every stage keeps its words in `extractors/data` and compiles them here, so that a
phrase matches the same way everywhere: its words separated by any run of white
space (lines wrap anywhere), the longest phrase tried first ("Thông tư liên tịch"
before "Thông tư", "thị xã" before "xã").
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# An aside in round brackets, not nested ("Sở Tư pháp (Trung tâm trợ giúp pháp lý nhà nước)")
BRACKETED = r"\([^()]*\)"


def phrase(p: str) -> str:
    """A phrase whose words may be separated by any run of white space."""
    return r"\s+".join(map(re.escape, p.split()))


def _longest_first(phrases: Iterable[str]) -> list[str]:
    """Each phrase once, longest first, in the table's order among equals (a stable
    pattern from run to run)."""
    return sorted(dict.fromkeys(phrases), key=len, reverse=True)


def alternation(phrases: Iterable[str]) -> str:
    """`p1|p2|...` of the phrases, longest first."""
    return "|".join(phrase(p) for p in _longest_first(phrases))


def guarded(phrases: Iterable[str]) -> str:
    """`alternation` behind a look-ahead on the phrases' first letters (either case), so
    that a scan along the text skips most positions at once."""
    words = _longest_first(phrases)
    firsts = "".join(sorted({c for w in words for c in (w[0].lower(), w[0].upper())}))
    return f"(?=[{re.escape(firsts)}])(?:{alternation(words)})"


def whole_words(phrases: Iterable[str]) -> str:
    r"""`(?<!\w)(?:p1|p2|...)(?!\w)` for a case-insensitive pattern searched along the
    text, longest phrase first, written for speed: a look-ahead on the phrases' first
    letters rejects most positions at once, then the phrases are tried by first letter
    (case-folded). Every phrase begins and ends with a letter, so word boundaries (\b)
    stand for the look-arounds."""
    groups: dict[str, list[str]] = {}
    for p in _longest_first(phrases):
        pattern = phrase(p)  # its first character is the phrase's first letter
        groups.setdefault(pattern[0].casefold(), []).append(pattern[1:])
    letters = "".join(map(re.escape, groups))
    return rf"(?=[{letters}])\b(?:" + "|".join(
        f"{re.escape(letter)}(?:{'|'.join(tails)})" for letter, tails in groups.items()) + r")\b"


def joined(phrases: Iterable[str], joins: Iterable[str], most: int) -> str:
    """One to `most` of `phrases` in a row, any `joins` between them ("trách nhiệm, quyền
    hạn và nghĩa vụ"): a list of listed words, compiled once however many orders it may
    take."""
    one = alternation(phrases)
    between = alternation(joins)
    return rf"(?:{one})(?:\s*(?:{between})\s*(?:{one})){{0,{most - 1}}}"


_MISREAD_WORD = 6  # letters of a label's first word a scan misread whole ("Kính" as "Site")


def _misread(label: str) -> str:
    """A label as OCR may read it off a scan: each letter with a mark may come out as any
    letter ("Nơi nhận" as "Noi nhận", "Nai nhận", "Nơi nhan")."""
    return r"\s+".join("".join(r"\w" if unicodedata.decomposition(c) or c in "đĐ" else re.escape(c) for c in word)
                       for word in label.split())


def labelled(labels: Iterable[str], *, first_lost: bool = False) -> str:
    """One of the labels that open a block ("Kính gửi", "Nơi nhận"): as printed, its colon
    optional, or misread off a scan (`_misread`), where only the colon after it says it
    is the label; with `first_lost`, a label whose first word a scan misread whole, or lost
    ("Site gửi:", "gửi:"): its last word, first on its line, and the colon say it."""
    labels = _longest_first(labels)
    lasts = _longest_first(_misread(label.split()[-1]) for label in labels if " " in label) if first_lost else []
    return rf"(?:{alternation(labels)})\s*:?|(?:{'|'.join(map(_misread, labels))})\s*:" \
        + (rf"|(?:[^\W\d_]{{1,{_MISREAD_WORD}}}\s+)?(?:{'|'.join(lasts)})\s*:" if lasts else "")
