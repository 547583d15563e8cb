"""Old-style tone placement -> new style, the one table every stage folds names with.

Vietnamese writes the tone of `oa, oe, uy` on either vowel: the old style puts it on
the first (`hoá`, `Uỷ ban`), the new style on the second (`hóa`, `Ủy ban`); both are
in use (Decree 30/2020 prints `Ủy ban`, older letters and many fonts `Uỷ ban`).
Source: the Vietnamese orthography rules of Quyết định 240/QĐ (1984) and 1989/QĐ-BGDĐT
(2018) on tone placement; the pairs are the 15 syllable ends where the styles differ.
"""
from __future__ import annotations

import re
import unicodedata

OLD_TO_NEW = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_CASED = {**OLD_TO_NEW,
          **{k.upper(): v.upper() for k, v in OLD_TO_NEW.items()},
          **{k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in OLD_TO_NEW.items()}}
# At a syllable's end only, and not after q ("quý", "quả" are written one way).
_OLD_TONE = re.compile(r"(?<![qQ])(?:" + "|".join(sorted(map(re.escape, _CASED), key=len, reverse=True)) + r")(?=\W|$)")


def unify_tones(s: str) -> str:
    """NFC text with old-style tone placement turned new-style: "Uỷ" -> "Ủy", "hoá" -> "hóa"."""
    return _OLD_TONE.sub(lambda m: _CASED[m.group()], unicodedata.normalize("NFC", s))


def fold_name(s: str) -> str:
    """A name or phrase folded for comparison: tones placed one way, case folded, white
    space single ("QUYẾT  ĐỊNH" == "Quyết định", "Uỷ ban" == "ủy ban"). Search folds
    further (diacritics removed, `corpus.search.fold`); this keeps them."""
    return " ".join(unify_tones(s).casefold().split())


def strip_marks(s: str) -> str:
    """The letters without their tone and vowel marks, đ as d: "Phùng Tô Long" ->
    "Phung To Long" (for comparing words that OCR read with the wrong marks)."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c))
