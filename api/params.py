"""Path and query parameters shared by the routes, validated to their ranges in one
place: an id or offset past what the database stores (2^63 - 1) is a 422, not an
overflow inside the driver; a date is an ISO date, never a number of seconds."""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from fastapi import Path, Query
from pydantic import BeforeValidator

BIGGEST = 2**63 - 1  # the largest integer SQLite and PostgreSQL (bigint) store


def _iso_date(value: object) -> object:
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError("must be a date written YYYY-MM-DD")
    return value


DocId = Annotated[int, Path(ge=1, le=BIGGEST, description="A document's id")]
JobId = Annotated[int, Path(ge=1, le=BIGGEST, description="An ingest job's id")]
WebhookId = Annotated[int, Path(ge=1, le=BIGGEST, description="A webhook's id")]
TaskId = Annotated[int, Path(ge=1, le=BIGGEST, description="A task's id")]
Offset = Annotated[int, Query(ge=0, le=BIGGEST, description="Items to skip")]
DocumentFilter = Annotated[int | None, Query(ge=1, le=BIGGEST, description="Only this document's")]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
