"""FastAPI dependencies: the settings and a database session per request."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from corpus.db import session_scope
from service.originals import Originals, open_originals
from service.settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_session(settings: Annotated[Settings, Depends(get_settings)]) -> Iterator[Session]:
    with session_scope(settings.db) as session:
        yield session


def get_originals(settings: Annotated[Settings, Depends(get_settings)]) -> Originals | None:
    return open_originals(settings)


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
OriginalsDep = Annotated[Originals | None, Depends(get_originals)]
