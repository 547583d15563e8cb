"""Domain errors -> JSON {"detail": reason} with their status, in one place."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from service.errors import VanbanError


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(VanbanError)
    async def _vanban_error(_request: Request, exc: VanbanError) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content={"detail": exc.reason})
