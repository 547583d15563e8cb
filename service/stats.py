"""Counts of what the store holds."""
from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from models.tables import CitationRow, Document, TaskRow


def store_stats(session: Session) -> dict:
    def count(q) -> int:
        return session.exec(q).one()

    return {
        "documents": count(select(func.count()).select_from(Document).where(Document.stub == False)),  # noqa: E712
        "stubs": count(select(func.count()).select_from(Document).where(Document.stub == True)),  # noqa: E712
        "citations": count(select(func.count()).select_from(CitationRow)),
        "citations_resolved": count(select(func.count()).select_from(CitationRow).where(CitationRow.resolution == "resolved")),
        "citations_ambiguous": count(select(func.count()).select_from(CitationRow).where(CitationRow.resolution == "ambiguous")),
        "tasks": count(select(func.count()).select_from(TaskRow)),
    }
