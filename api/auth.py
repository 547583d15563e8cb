"""The access guard: every request passes service.auth (read, write or admin, by its
method and route), and writes the rate limit."""
from __future__ import annotations

from fastapi import Depends, FastAPI, Request

from corpus.db import read_scope
from service.auth import Role, authorize
from service.ratelimit import RateLimiter

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def check_access(request: Request, need: Role) -> None:
    settings = request.app.state.settings
    with read_scope(settings.db) as session:
        key = authorize(session, settings, request.headers.get("authorization"), need=need)
    if need != "read":
        client = f"key {key.prefix}…" if key else f"address {request.client.host if request.client else '?'}"
        request.app.state.write_limiter.hit(client)


def guard(request: Request) -> None:
    """Reads need the read role, anything else the write role (when a key is needed at all)."""
    check_access(request, "read" if request.method in READ_METHODS else "write")


def require_admin(request: Request) -> None:
    """For routes that only an admin key may use once keys are needed (webhooks)."""
    with read_scope(request.app.state.settings.db) as session:
        authorize(session, request.app.state.settings, request.headers.get("authorization"), need="admin")


def install_guard(app: FastAPI) -> None:
    """Guard every route included after this call (call it before the include_router lines)."""
    app.state.write_limiter = RateLimiter(app.state.settings.write_rate_per_minute)
    app.router.dependencies.append(Depends(guard))
