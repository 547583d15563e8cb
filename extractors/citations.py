"""Cited documents: find, parse, relate."""
from __future__ import annotations

from datetime import date

from models.extraction import Citation, CitationLink


def find_citations(text: str, *, own_number: str | None = None,
                   doc_date: date | None = None) -> tuple[list[Citation], list[CitationLink]]:
    return [], []
