"""Task obligations: who must act, what, with whom, by when."""
from __future__ import annotations

from datetime import date

from extractors.layout import Layout
from models.extraction import Task


def find_tasks(text: str, layout: Layout, *, doc_type: str | None = None,
               doc_date: date | None = None, doc_year: int | None = None) -> list[Task]:
    return []
