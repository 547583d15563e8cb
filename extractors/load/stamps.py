"""Signing stamps: the small text boxes a signing application prints on a page
("Ký bởi: … Cơ quan: … Thời gian ký: …"), recognised by their shape, read into
`SignatureStamp` records and taken out of the letter's text.

A text block is a stamp when it carries a signing time (date and time of day to the
second) and a stamp label or an e-mail address (extractors.data.signature_stamps).
Its region grows to take in the image beside it (the tool's logo), so that OCR of the
page underneath can drop what it reads there too.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractors.data import signature_stamps as data
from models.extraction import SignatureStamp

_TIME = re.compile(data.SIGNING_TIME)
_EMAIL = re.compile(data.EMAIL)
_LABEL = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in data.LABELS) + r")\s*:")
# An image beside a stamp (its logo) is this close to it, in points.
_LOGO_GAP = 12.0


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1))

    def near(self, other: Box, gap: float) -> bool:
        return (other.x0 <= self.x1 + gap and other.x1 >= self.x0 - gap
                and other.y0 <= self.y1 + gap and other.y1 >= self.y0 - gap)

    def holds(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


@dataclass(frozen=True)
class TextBlock:
    """A block of a page's text layer: its box and its lines."""

    box: Box
    lines: tuple[str, ...]


def _time(m: re.Match) -> dt.datetime | None:
    g = {k: int(v) for k, v in m.groupdict().items() if k != "offset" and v}
    tz = None
    if m["offset"]:
        sign = -1 if m["offset"][0] == "-" else 1
        digits = m["offset"][1:].replace(":", "")
        tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        return dt.datetime(g["year"], g["month"], g["day"], g["hour"], g["minute"], g["second"], tzinfo=tz)
    except ValueError:  # 31.02: not a date
        return None


def read_stamp(lines: tuple[str, ...] | list[str], page: int) -> SignatureStamp | None:
    """The stamp printed in `lines`, or None when they are not a stamp's."""
    text = " ".join(t.strip() for t in lines if t.strip())
    when = _TIME.search(text)
    labels = list(_LABEL.finditer(text))
    email = _EMAIL.search(text)
    if when is None or not (labels or email):
        return None
    fields: dict[str, str] = {}
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        value = text[m.end():end].strip()
        fields.setdefault(data.LABELS[m[1]], value)
    if not labels:  # the unlabelled box: name, e-mail, time
        name = text[:email.start()].strip()
        if name:
            fields["signed_by"] = name
    address = fields.get("email") or (email[0] if email else None)
    return SignatureStamp(
        page=page,
        signed_by=fields.get("signed_by") or None,
        organisation=fields.get("organisation") or None,
        email=re.sub(r"\s+", "", address) if address else None,
        time=_time(when),
        text="\n".join(t.strip() for t in lines if t.strip()),
    )


def find_stamps(blocks: list[TextBlock], images: list[Box], page: int) -> list[tuple[Box, SignatureStamp]]:
    """The stamps among a page's text blocks, each with its region (the block and the
    logo beside it, among `images`: the page's images smaller than the page)."""
    found: list[tuple[Box, SignatureStamp]] = []
    for block in blocks:
        stamp = read_stamp(block.lines, page)
        if stamp is None:
            continue
        region = block.box
        for image in images:
            if region.near(image, _LOGO_GAP):
                region = region.union(image)
        found.append((region, stamp))
    return found
