"""The FastAPI application: thin routes over service/."""
from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from api.auth import install_guard
from api.errors import install_error_handlers
from api.http_limits import AnswerOptions, BodyLimit
from api.routes import documents, graph, jobs, manage, originals, register, search, task_workflow, tasks, webhooks
from api.web import install_web
from corpus.db import get_engine
from models.public import HealthOut
from service.pool import ExtractionPool
from service.settings import Settings, default_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or default_settings()
    logging.basicConfig(level=settings.log_level)
    # /docs: Swagger UI from the files fastapi-offline ships, nothing fetched from a CDN.
    # No /redoc: ReDoc's bundle loads its logo from the publisher's CDN.
    app = FastAPIOffline(
        redoc_url=None,
        title="vanban",
        summary="Vietnamese official documents as data: header, citations, tasks",
        version="0.1.0",
    )
    app.state.settings = settings
    app.state.pool = ExtractionPool(workers=settings.workers, queue=settings.queue, seconds=settings.doc_seconds)
    get_engine(settings.db)  # create the schema at start, fail fast on a bad URL
    install_error_handlers(app)

    @app.get("/healthz", tags=["health"], response_model=HealthOut)
    async def healthz() -> dict:
        """Answers while the server runs, whatever it is reading (no key needed), with how
        busy the extraction pool is; on the event loop itself, which does no extraction
        and no database work."""
        return {"status": "ok", "pool": app.state.pool.load()}

    install_guard(app)  # before the routers: reads and writes need a key when the settings say so
    for module in (documents, tasks, graph):
        app.include_router(module.router)
    for module in (search, manage):
        app.include_router(module.router)
    for module in (originals, register, task_workflow):  # the clerk's workspace (issue 17)
        app.include_router(module.router)
    install_web(app)
    app.include_router(webhooks.router)  # with its lifespan: the webhook delivery worker
    app.include_router(jobs.router)  # with its lifespan: the ingest job worker
    app.add_middleware(BodyLimit, limit_for=lambda path: (
        (settings.max_archive_bytes, "VANBAN_MAX_ARCHIVE_MB") if path.rstrip("/") == jobs.router.prefix
        else (settings.max_upload_bytes, "VANBAN_MAX_UPLOAD_MB")))
    app.add_middleware(AnswerOptions)
    return app
