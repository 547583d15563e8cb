"""The FastAPI application: thin routes over service/."""
from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from api.auth import install_write_guard
from api.errors import install_error_handlers
from api.routes import documents, graph, manage, search, tasks
from api.web import install_web
from api.routes import webhooks
from api.routes import jobs
from api.routes import originals, register, task_workflow
from corpus.db import get_engine
from models.public import HealthOut
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
    get_engine(settings.db)  # create the schema at start, fail fast on a bad URL
    install_error_handlers(app)
    install_write_guard(app)  # before the routers: every write needs a key once keys exist

    @app.get("/healthz", tags=["health"], response_model=HealthOut)
    def healthz() -> dict:
        return {"status": "ok"}

    for module in (documents, tasks, graph):
        app.include_router(module.router)
    for module in (search, manage):
        app.include_router(module.router)
    for module in (originals, register, task_workflow):  # the clerk's workspace (issue 17)
        app.include_router(module.router)
    install_web(app)
    app.include_router(webhooks.router)  # with its lifespan: the webhook delivery worker
    app.include_router(jobs.router)  # with its lifespan: the ingest job worker
    return app
