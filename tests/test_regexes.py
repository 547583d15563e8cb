"""Patterns built from phrase lists (extractors/regexes.py): a list compiled as a trie of its
phrases matches what the flat list, longest phrase first, matches, at every place of a real
letter, in either case mode."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.data import assignee_names as N
from extractors.data import duty_verbs as V
from extractors.regexes import alternation, guarded, phrase, whole_words

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
LETTER = CORPUS / "bulk" / "bk_0f2d0646af98.txt"


def _flat(phrases) -> str:
    return "|".join(phrase(p) for p in sorted(dict.fromkeys(phrases), key=len, reverse=True))


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\w+", text)]


@pytest.mark.parametrize("table", [V.ACTION_STARTS, N.BODY_HEADS, N.OFFICE_TITLES, V.ASSIGNING_VERBS,
                                   tuple(w.capitalize() for w in V.ACTION_STARTS)])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_trie_matches_as_the_flat_list(table, flags) -> None:
    text = LETTER.read_text(encoding="utf-8")
    trie = re.compile(rf"(?:{alternation(table)})(?!\w)", flags)
    flat = re.compile(rf"(?:{_flat(table)})(?!\w)", flags)
    matched = 0
    for at in _word_starts(text):
        a, b = trie.match(text, at), flat.match(text, at)
        assert (a and a.group(0)) == (b and b.group(0)), text[at:at + 40]
        matched += a is not None
    assert matched  # the letter holds words of every table


def test_longer_phrase_first_and_any_white_space() -> None:
    pattern = re.compile(rf"(?:{alternation(['thị', 'thị xã', 'thị trấn', 'xã'])})(?!\w)")
    assert alternation(["thị", "thị xã", "thị trấn", "xã"]) == r"thị(?:\s+(?:trấn|xã)|)|xã"
    assert pattern.match("thị\n  xã Sơn Tây").group(0) == "thị\n  xã"
    assert pattern.match("thị trấn").group(0) == "thị trấn"
    assert pattern.match("thị ủy").group(0) == "thị"
    # backtracking still reaches a shorter phrase when what follows rules out the longer
    assert re.match(rf"(?:{alternation(['thị', 'thị xã'])})\s+xã", "thị xã xã").group(0) == "thị xã xã"


def test_phrases_that_differ_in_case_keep_the_longest_first() -> None:
    """"Sở" and "sở y tế" may both match "Sở Y tế" in a case-insensitive pattern: the list
    stays flat, so that the longer is still tried first."""
    phrases = ["Sở", "sở y tế"]
    assert alternation(phrases) == _flat(phrases)
    assert re.match(rf"(?:{alternation(phrases)})", "Sở Y tế Hà Nội", re.IGNORECASE).group(0) == "Sở Y tế"


def test_special_characters_escaped() -> None:
    pattern = re.compile(rf"(?:{alternation(['Phòng Tài chính - Kế hoạch', 'Phòng Tài chính', 'a.b'])})")
    assert pattern.match("Phòng Tài chính - Kế hoạch").group(0) == "Phòng Tài chính - Kế hoạch"
    assert pattern.match("aXb") is None and pattern.match("a.b")


def test_guarded_and_whole_words() -> None:
    verbs = re.compile(guarded(["chủ trì", "chủ động", "phối hợp"]), re.IGNORECASE)
    assert verbs.match("Chủ trì, phối hợp").group(0) == "Chủ trì"
    assert verbs.match("xây dựng") is None
    words = re.compile(whole_words(["trách nhiệm", "Trách nhiệm chính", "có"]), re.IGNORECASE)
    assert words.search("Sở có trách nhiệm chính").group(0) == "có"
    assert words.search("Sở chịu Trách nhiệm chính về").group(0) == "Trách nhiệm chính"
    assert words.search("cócó") is None  # whole words only
