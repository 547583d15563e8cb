"""Two capitals syllables Tesseract glued into one word, split again (extractors.load.glued)."""
from __future__ import annotations

import pytest

from extractors.load.glued import split_glued


@pytest.mark.parametrize("word, read", [
    ("CHÍNHPHỦ", "CHÍNH PHỦ"),  # Quyết định 1053/QĐ-TTg's header, as Tesseract reads it
    ("QUẢNGNGÃI", "QUẢNG NGÃI"),
    ("ĐỘCLẬP", "ĐỘC LẬP"),
])
def test_two_tone_marks_make_two_syllables(word: str, read: str) -> None:
    assert split_glued(word) == read


@pytest.mark.parametrize("word", [
    "TƯỚNG",  # one syllable
    "QUYÉT",  # one tone mark: a misread QUYẾT, not "QUY ÉT"
    "NHÂNDÂN",  # no tone mark says there are two
    "UBND", "HĐND",  # abbreviations
    "Chínhphủ",  # not capitals
    "CHÍNH-PHỦ",  # not letters only
])
def test_other_words_stay_as_read(word: str) -> None:
    assert split_glued(word) == word
