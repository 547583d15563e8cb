"""Keys that decide whether two mentions name the same document or body: the
number's (`extractors.numbers.key`, as `number_key`) and the issuer's."""
from __future__ import annotations

from extractors.agency_names import store_key
from extractors.numbers import key as number_key
from models.extraction import Body

__all__ = ["body_key", "issuers_compatible", "number_key", "store_key"]


def body_key(body: Body | None) -> str | None:
    """The issuer key of an extracted body: its canonical name when known, else as printed."""
    return store_key(body.canonical or body.name) if body else None


def issuers_compatible(a: str | None, b: str | None) -> bool:
    """True unless both are known and neither name contains the other's words."""
    if not a or not b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa
