"""Two capitals syllables Tesseract read as one word, split again.

In a header of capitals Tesseract sometimes drops the space between two syllables
("THỦ TƯỚNG CHÍNHPHỦ"), and the issuer's name no longer matches its own. A syllable
carries at most one tone mark, so a word of capitals with two is two syllables; where
it splits in exactly one place into two words of a syllable's shape, it is given its
space back. A word with one tone mark or none may be one misread ("QUYÉT" for QUYẾT)
and stays as read, as do abbreviations ("UBND") and words that split in several ways.
"""
from __future__ import annotations

from extractors.data.syllable import is_syllable, tone_marks

_MIN_PART = 2  # letters in each syllable of a split


def split_glued(word: str) -> str:
    """`word`, or its two syllables with a space between them when it is two glued."""
    if not word.isalpha() or not word.isupper() or tone_marks(word) != 2:
        return word
    splits = [i for i in range(_MIN_PART, len(word) - _MIN_PART + 1)
              if is_syllable(word[:i]) and is_syllable(word[i:])]
    return f"{word[:splits[0]]} {word[splits[0]:]}" if len(splits) == 1 else word
