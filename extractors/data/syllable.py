"""The shape of a Vietnamese written syllable, used to tell mojibake from Vietnamese.

Source: Vietnamese orthography (Quy tắc chính tả, Bộ Giáo dục 1984; any grammar of
the national script): a syllable is an optional initial consonant, a vowel nucleus of
one to three vowel letters, an optional final consonant, and at most one tone mark.
The check is deliberately loose (it accepts non-words such as "kốm"): its only job is
to reject what legacy-font mojibake produces ("Céng", "nh©n", "Ñoäc", "laäp").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Initial consonants, longest first (ngh before ng before n).
ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    # loanword initials (f, j, w, z): neutral for the encoding check
    "f", "j", "w", "z",
)
# Vowel nuclei without tone (a tone mark is stripped before matching): the single
# vowels, diphthongs and triphthongs of the national script, with the glide u/o of
# "qu", "hoa", "thuyền" counted into the nucleus.
NUCLEI = (
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
    "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
    "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "yêu",
)
# Final consonants.
CODAS = ("ch", "ng", "nh", "c", "m", "n", "p", "t")
# The five tone marks as combining characters (huyền, sắc, hỏi, ngã, nặng).
TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
# Letters only Vietnamese Unicode text has: a line holding one is Unicode, never legacy
# surface text (legacy extraction yields Latin-1 / cp1252 code points only).
UNICODE_ONLY_LETTERS = "ăĂđĐơƠưƯ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))

_SHAPE = re.compile(
    "^(?:" + "|".join(ONSETS) + ")?(?:" + "|".join(sorted(NUCLEI, key=len, reverse=True))
    + ")(?:" + "|".join(CODAS) + ")?$"
)


def tone_marks(word: str) -> int:
    """How many tone marks `word` carries (a syllable carries one at most)."""
    return sum(ch in TONE_MARKS for ch in unicodedata.normalize("NFD", word))


def is_name_word(word: str) -> bool:
    """A word as a person's name prints each of its syllables: letters, a capital, then
    lower case ("Hồng", "A")."""
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())


@lru_cache(maxsize=8192)  # a document repeats its words: each is checked once
def is_syllable(token: str) -> bool:
    """Whether `token` (any case) has the shape of one written syllable: onset, nucleus,
    coda, and at most one tone mark."""
    if tone_marks(token) > 1:
        return False
    decomposed = unicodedata.normalize("NFD", token.lower())
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    return bool(_SHAPE.match(base))
