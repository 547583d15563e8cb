"""The write guard: every request that is not a read passes service.auth and the rate limit."""
from __future__ import annotations

from fastapi import Depends, FastAPI, Request

from corpus.db import session_scope
from service.auth import authorize_write
from service.ratelimit import RateLimiter

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def guard_writes(request: Request) -> None:
    """Reads pass; a write needs a valid key when keys are configured, within the rate limit."""
    if request.method in READ_METHODS:
        return
    with session_scope(request.app.state.settings.db) as session:
        key = authorize_write(session, request.headers.get("authorization"))
    client = f"key {key.prefix}…" if key else f"address {request.client.host if request.client else '?'}"
    request.app.state.write_limiter.hit(client)


def install_write_guard(app: FastAPI) -> None:
    """Guard every route included after this call (call it before the include_router lines)."""
    app.state.write_limiter = RateLimiter(app.state.settings.write_rate_per_minute)
    app.router.dependencies.append(Depends(guard_writes))
