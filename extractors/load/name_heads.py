"""A name line read under a seal, completed from the full name printed in the same letter.

The seal's ring hides or garbles a name's first letters ("ồ Đức Phớc" for Hồ Đức
Phớc); the syllables after them are read surely (extractors.load.seal_names). A
Government letter names its signer elsewhere too: the Nơi nhận list of a Prime
Minister's decision copies the deputy who signed ("- Thủ tướng CP, PTTg Hồ Đức Phớc;"),
a body may name him. When the sure syllables end exactly one full name in the letter's
text (a family name of extractors.data.family_names, maybe a middle name, then the
same syllables), that name is the signer's; with none, or two different ones, no name
is taken. Each outcome is reported for a clerk to check.
"""
from __future__ import annotations

import re

from extractors.data.family_names import FAMILY_NAMES
from extractors.data.syllable import is_name_word
from extractors.data.tones import fold_name
from extractors.load.pages import Segment
from extractors.load.seal_names import SealName

_FAMILY = frozenset(fold_name(f) for f in FAMILY_NAMES)
# Words of a full name before the syllables read: the family name, maybe a middle name.
_MAX_BEFORE = 2
_WORD = re.compile(r"\w+")


def full_names(tail: list[str], letter: str) -> set[str]:
    """The full names in `letter` ending with the syllables `tail`: a family name, at
    most one more name word, then `tail`."""
    words = _WORD.findall(letter)
    want = [fold_name(w) for w in tail]
    found: set[str] = set()
    for i in range(len(words) - len(want) + 1):
        if [fold_name(w) for w in words[i:i + len(want)]] != want:
            continue
        for n in range(1, _MAX_BEFORE + 1):
            before = words[max(0, i - n):i]
            if len(before) == n and fold_name(before[0]) in _FAMILY and all(is_name_word(w) for w in before):
                found.add(" ".join(before + words[i:i + len(want)]))
                break
    return found


def complete(name: SealName, letter: str) -> tuple[Segment | None, str]:
    """The name line to put on the page for `name` (None when no name is taken) and the
    note for a clerk: a whole name as read, or one completed from exactly one full name
    in the `letter`'s text."""
    box = name.box
    if name.head is None:
        return (Segment(box.x0, box.y0, box.x1, box.y1, name.read, box.confidence),
                f"the name {name.read!r} read under the seal, where the page pass read no text: check it on the page")
    found = full_names(name.tail, letter)
    if len(found) != 1:
        which = f"{len(found)} full names end with them: {', '.join(sorted(found))}" if found \
            else "no full name in the letter ends with them"
        return None, (f"a name read {name.read!r} under the seal, its first word hidden by it: no name taken "
                      f"({which})")
    full = found.pop()
    return (Segment(box.x0, box.y0, box.x1, box.y1, full, box.confidence),
            f"the name {full!r} completed from the letter's text where Tesseract read {name.read!r} "
            "under the seal: check it on the page")
