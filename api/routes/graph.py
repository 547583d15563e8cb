"""The reference graph."""
from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import SessionDep
from corpus.graph import cited_by

router = APIRouter(prefix="/api", tags=["graph"])


@router.get("/cited-by")
def get_cited_by(session: SessionDep, number: str = Query(..., min_length=1, description="e.g. 1313/UBND-TTHC")) -> dict:
    """Documents carrying `number` (stored or stub) and who cites each."""
    return cited_by(session, number)
