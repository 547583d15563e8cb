"""Errors -> JSON {"detail": reason} with their status, in one place.

Domain errors carry their status, reason and headers (Retry-After on 503). A
database that is locked past its busy timeout, or unreachable, is a 503 with
Retry-After: the write was not made, and the client may try again.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError

from service.errors import VanbanError

log = logging.getLogger(__name__)
DATABASE_RETRY_SECONDS = 2


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(VanbanError)
    async def _vanban_error(_request: Request, exc: VanbanError) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content={"detail": exc.reason}, headers=exc.headers())

    @app.exception_handler(OperationalError)
    async def _database_unavailable(request: Request, exc: OperationalError) -> JSONResponse:
        log.warning("%s %s: database unavailable: %s", request.method, request.url.path, exc.orig)
        return JSONResponse(status_code=503, headers={"Retry-After": str(DATABASE_RETRY_SECONDS)},
                            content={"detail": "the database is busy or unreachable; nothing was changed, "
                                               "try again shortly"})
