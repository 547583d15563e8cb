"""FastAPI dependencies: the settings, the extraction pool, and a database session per request.

The session ends when the route function returns, before the answer is sent
(`scope="function"`): a write is committed before it is acknowledged, and a commit
that fails is an error answer, never a 2xx. A request that only reads gets a
session that commits nothing; one that writes holds this process's writer lock
for its (short) transaction. Routes that do slow work before writing (uploads)
take no session here and use service functions that open their own.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from api.auth import READ_METHODS
from corpus.db import read_scope, write_scope
from service.originals import Originals, open_originals
from service.pool import ExtractionPool
from service.settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_pool(request: Request) -> ExtractionPool:
    return request.app.state.pool


def get_session(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> Iterator[Session]:
    scope = read_scope if request.method in READ_METHODS else write_scope
    with scope(settings.db) as session:
        yield session


def base_url(request: Request, settings: Settings) -> str:
    """Where links in exports and views point: VANBAN_PUBLIC_URL, else the request's own."""
    return settings.public_url or str(request.base_url)


def get_originals(settings: Annotated[Settings, Depends(get_settings)]) -> Originals | None:
    return open_originals(settings)


SettingsDep = Annotated[Settings, Depends(get_settings)]
PoolDep = Annotated[ExtractionPool, Depends(get_pool)]
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
OriginalsDep = Annotated[Originals | None, Depends(get_originals)]
