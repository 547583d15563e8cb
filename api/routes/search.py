"""Search stored documents."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request

from api.deps import SessionDep
from api.paging import Paging, page
from api.params import Offset
from corpus.graph.queries import doc_ref
from corpus.search import FIELDS, MAX_QUERY_CHARS, Field, search
from models.public import SearchPageOut

MAX_HITS = 200  # per page: each hit carries a snippet cut from the document's text

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search", response_model=SearchPageOut)
def get_search(
    request: Request,
    session: SessionDep,
    q: str = Query(..., max_length=MAX_QUERY_CHARS,
                   description="A phrase, phrases separated by commas, or a number such as "
                               "1313/UBND-TTHC; with or without tone marks"),
    field: Field = Query("all", description=f"Where to look: {', '.join(FIELDS)}"),
    limit: int = Query(20, ge=1, le=MAX_HITS, description=f"Hits per page, 1 to {MAX_HITS}"),
    offset: Offset = 0,
) -> dict:
    """Stored documents matching `q` (its words a phrase, commas between phrases, the last word
    a prefix), best first; follow `next` for the following page."""
    result = search(session, q, field=field, limit=limit, offset=offset)
    return {**page(request, Paging(limit, offset), [hit.dump() for hit in result.items], result.total),
            "numbered": [doc_ref(d) for d in result.numbered]}
