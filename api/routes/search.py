"""Search stored documents."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request

from api.deps import SessionDep
from api.paging import MAX_OFFSET, Paging, page
from corpus.search import FIELDS, MAX_QUERY_CHARS, Field, search
from models.public import Page, SearchHitOut

MAX_HITS = 200  # per page: each hit carries a snippet cut from the document's text

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search", response_model=Page[SearchHitOut])
def get_search(
    request: Request,
    session: SessionDep,
    q: str = Query(..., max_length=MAX_QUERY_CHARS,
                   description="Words, a number such as 1313/UBND-TTHC, with or without tone marks"),
    field: Field = Query("all", description=f"Where to look: {', '.join(FIELDS)}"),
    limit: int = Query(20, ge=1, le=MAX_HITS, description=f"Hits per page, 1 to {MAX_HITS}"),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict:
    """Stored documents matching every word of `q` (the last as a prefix), best first;
    follow `next` for the following page."""
    result = search(session, q, field=field, limit=limit, offset=offset)
    return page(request, Paging(limit, offset), [hit.dump() for hit in result.items], result.total)
