"""Patterns built from phrase lists: the one place a word list becomes a regex.

Every stage keeps its words in `extractors/data` and compiles them here, so that a
phrase matches the same way everywhere: its words separated by any run of white
space (lines wrap anywhere), the longest phrase tried first ("Thông tư liên tịch"
before "Thông tư", "thị xã" before "xã").
"""
from __future__ import annotations

import bisect
import os
import re
import sys
import unicodedata
from collections.abc import Iterable

# An aside in round brackets, not nested ("Sở Tư pháp (Trung tâm trợ giúp pháp lý nhà nước)")
BRACKETED = r"\([^()]*\)"


def phrase(p: str) -> str:
    """A phrase whose words may be separated by any run of white space."""
    return _escaped(_spaced(p))


def _longest_first(phrases: Iterable[str]) -> list[str]:
    """Each phrase once, longest first, in the table's order among equals (a stable
    pattern from run to run)."""
    return sorted(dict.fromkeys(phrases), key=len, reverse=True)


def _spaced(p: str) -> str:
    """A phrase with one space between its words."""
    return " ".join(p.split())


def _escaped(run: str) -> str:
    """Letters of phrases with one space between words, escaped, each space any run of white space."""
    return re.escape(run).replace("\\ ", r"\s+")


def _folded(p: str) -> str:
    """A phrase in lower case, letter for letter."""
    lower = p.lower()
    return lower if len(lower) == len(p) else "".join(c.lower() if len(c.lower()) == 1 else c for c in p)


_LAST = chr(sys.maxunicode)  # after every letter: "xã" + _LAST bounds the phrases that begin with "xã"


def _case_bound(phrases: list[str]) -> bool:
    """Whether a phrase begins a longer one in another case ("Sở" and "sở y tế"): in a
    case-insensitive pattern both may match at one place, and only the flat list surely
    tries the longer first; a trie tries the branch of its own case."""
    if all(p == _folded(p) for p in phrases):
        return False
    pairs = sorted((_folded(p), p) for p in map(_spaced, phrases))
    folds = [f for f, _ in pairs]
    for i, (fold, p) in enumerate(pairs):
        for longer_fold, longer in pairs[i + 1:bisect.bisect_right(folds, fold + _LAST, i + 1)]:
            if len(longer_fold) > len(fold) and longer_fold.startswith(fold) and not longer.startswith(p):
                return True
    return False


def _branches(phrases: list[str], start: int) -> list[str]:
    """The branches below `start` of a trie of phrases sorted and alike before it: each run
    they share written once, the phrase that ends here tried last."""
    branches, ends, i = [], False, 0
    while i < len(phrases):
        p = phrases[i]
        if len(p) == start:
            ends, i = True, i + 1
            continue
        j = bisect.bisect_left(phrases, p[:start] + chr(ord(p[start]) + 1), i)
        shared = os.path.commonprefix([p, phrases[j - 1]])
        below = _branches(phrases[i:j], len(shared))
        branches.append(_escaped(shared[start:]) + (f"(?:{'|'.join(below)})" if len(below) > 1 else below[0]))
        i = j
    return branches + [""] * ends


def _trie(phrases: list[str], fold: bool) -> str:
    r"""`alternation` of phrases factored by their common beginnings ("thị xã|thị
    trấn|thị" as "thị(?:\s+(?:trấn|xã)|)"): the same matches, preferred in the
    same order (a phrase before the shorter ones it begins with), but a pattern engine
    tries each first letter once, not once per phrase."""
    return "|".join(_branches(sorted({_folded(w) if fold else w for w in map(_spaced, phrases)}), 0))


def alternation(phrases: Iterable[str]) -> str:
    """`p1|p2|...` of the phrases, longest first, as a trie (`_trie`) where the phrases'
    cases cannot change which one a case-insensitive pattern prefers."""
    words = _longest_first(phrases)
    return "|".join(phrase(p) for p in words) if _case_bound(words) else _trie(words, fold=False)


def guarded(phrases: Iterable[str]) -> str:
    """`alternation` behind a look-ahead on the phrases' first letters (either case), so
    that a scan along the text skips most positions at once."""
    words = _longest_first(phrases)
    firsts = "".join(sorted({c for w in words for c in (w[0].lower(), w[0].upper())}))
    return f"(?=[{re.escape(firsts)}])(?:{alternation(words)})"


def whole_words(phrases: Iterable[str]) -> str:
    r"""`(?<!\w)(?:p1|p2|...)(?!\w)` for a case-insensitive pattern searched along the
    text, longest phrase first, written for speed: a look-ahead on the phrases' first
    letters rejects most positions at once, then the phrases are tried as a trie of their
    letters in lower case (`_trie`). Every phrase begins and ends with a letter, so word
    boundaries (\b) stand for the look-arounds."""
    words = _longest_first(phrases)
    letters = "".join(dict.fromkeys(re.escape(w[0].casefold()) for w in words))
    return rf"(?=[{letters}])\b(?:{_trie(words, fold=True)})\b"


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
