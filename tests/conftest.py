"""Fixtures shared by the test modules: corpus paths, databases, an app client."""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold"
SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))
SEED_000 = CORPUS / "seeds" / "000_4cd450a5cf9edbcb.txt"
PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'vanban.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database on the machine's server, dropped afterwards."""
    from sqlalchemy import create_engine, text

    from corpus.db import get_engine

    name = f"vanban_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    try:
        yield url
    finally:
        get_engine.cache_clear()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def client(sqlite_url: str):
    """A TestClient over a fresh app on its own SQLite file."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from service.settings import load_settings

    with TestClient(create_app(load_settings(db=sqlite_url, max_upload_mb=1))) as c:
        yield c
