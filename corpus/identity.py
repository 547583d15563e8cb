"""Keys that decide whether two mentions name the same document or body."""
from __future__ import annotations

import re
import unicodedata

from extractors.data.tones import unify_tones
from models.extraction import Body

# Abbreviations of body names spelled out, so "UBND tỉnh" == "Ủy ban nhân dân tỉnh".
ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "tp": "thành phố",
    "tx": "thị xã",
}
# Office holders whose act is the body's act ("Chủ tịch UBND huyện" issues for "UBND huyện").
_OFFICE_WORDS = ("chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "thủ tướng", "bộ trưởng")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")


def fold_tones(s: str) -> str:
    """Lower-case with tone placement unified ("Uỷ ban" == "ủy ban")."""
    return unify_tones(s).casefold()


def number_key(number: str | None) -> str | None:
    """'1313 /UBND- TTHC' -> '1313/UBND-TTHC'; Đ folded to D so QĐ == QD."""
    if not number:
        return None
    s = unicodedata.normalize("NFC", number).translate(_DASHES)
    return re.sub(r"\s+", "", s).upper().replace("Đ", "D") or None


def issuer_key(name: str | None) -> str | None:
    """Lower-case, tone-unified, abbreviations spelled out, office-holder words dropped."""
    if not name:
        return None
    s = fold_tones(name)
    words = []
    for w in re.findall(r"[\w&]+", s):
        words.extend(ABBREVIATIONS.get(w, w).split())
    s = " ".join(words)
    for office in _OFFICE_WORDS:
        if s.startswith(office + " "):
            s = s[len(office) + 1:]
            break
    return s or None


def body_key(body: Body | None) -> str | None:
    """The issuer key of an extracted body: its canonical name when known, else as printed."""
    return issuer_key(body.canonical or body.name) if body else None


def issuers_compatible(a: str | None, b: str | None) -> bool:
    """True unless both are known and neither name contains the other's words."""
    if not a or not b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa
