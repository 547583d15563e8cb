"""Keys that decide whether two mentions name the same document or body."""
from __future__ import annotations

import re
import unicodedata

from extractors.agency_names import store_key
from models.extraction import Body

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")


def number_key(number: str | None) -> str | None:
    """'1313 /UBND- TTHC' -> '1313/UBND-TTHC'; Đ folded to D so QĐ == QD."""
    if not number:
        return None
    s = unicodedata.normalize("NFC", number).translate(_DASHES)
    return re.sub(r"\s+", "", s).upper().replace("Đ", "D") or None


def body_key(body: Body | None) -> str | None:
    """The issuer key of an extracted body: its canonical name when known, else as printed."""
    return store_key(body.canonical or body.name) if body else None


def issuers_compatible(a: str | None, b: str | None) -> bool:
    """True unless both are known and neither name contains the other's words."""
    if not a or not b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa
