"""Search stored documents."""
from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import SessionDep
from api.params import Offset
from corpus.search import FIELDS, MAX_QUERY_CHARS, Field, search

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search")
def get_search(
    session: SessionDep,
    q: str = Query(..., max_length=MAX_QUERY_CHARS,
                   description="Words, a number such as 1313/UBND-TTHC, with or without tone marks"),
    field: Field = Query("all", description=f"Where to look: {', '.join(FIELDS)}"),
    limit: int = Query(20, ge=1, le=200),
    offset: Offset = 0,
) -> dict:
    """Stored documents matching every word of `q` (the last as a prefix), best first."""
    result = search(session, q, field=field, limit=limit, offset=offset)
    return {"items": [hit.dump() for hit in result.items], "total": result.total}
