"""Header fields: type, số ký hiệu, place and date, issuer, trích yếu."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extractors.layout import Layout
from models.extraction import Body, NumberParts


@dataclass
class HeaderFields:
    doc_type: str | None = None
    number: str | None = None
    number_parts: NumberParts | None = None
    issued_date: date | None = None
    issued_year: int | None = None
    place: str | None = None
    issuer: Body | None = None
    subject: str | None = None
    inferred: list[str] = field(default_factory=list)


def read_header(text: str, layout: Layout) -> HeaderFields:
    """First pass placeholder; deepened under issue 4."""
    return HeaderFields()
