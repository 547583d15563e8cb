"""Offset paging for every list route: `limit` (1 to MAX_LIMIT) and `offset` (api.params)
in the query, `total` and a `next` link in the answer (models.public.Page)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query, Request

from api.params import Offset

MAX_LIMIT = 1000


@dataclass(frozen=True)
class Paging:
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page, 1 to {MAX_LIMIT}")] = 100
    offset: Offset = 0


def next_link(request: Request, paging: Paging, total: int) -> str | None:
    """The path and query of the next page (the same filters), or None after the last."""
    if paging.offset + paging.limit >= total:
        return None
    url = request.url.include_query_params(offset=paging.offset + paging.limit, limit=paging.limit)
    return f"{url.path}?{url.query}"


def page(request: Request, paging: Paging, items: Sequence[Any], total: int) -> dict:
    return {"items": list(items), "total": total, "limit": paging.limit, "offset": paging.offset,
            "next": next_link(request, paging, total)}
