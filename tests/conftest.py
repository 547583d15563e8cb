"""Fixtures shared by the test modules: corpus paths, databases, an app client."""
from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
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


def word_bag_f1(predicted: str, truth: str, *, ignore: tuple[str, ...] = ()) -> float:
    """F1 of the two texts' bags of case-folded words; `ignore` strings are dropped first."""
    def bag(s: str) -> Counter[str]:
        s = unicodedata.normalize("NFC", s).casefold()
        for quirk in ignore:
            s = s.replace(quirk, " ")
        return Counter(re.findall(r"\w+", s))

    p, t = bag(predicted), bag(truth)
    hit = sum((p & t).values())
    if not hit:
        return 0.0
    precision, recall = hit / sum(p.values()), hit / sum(t.values())
    return 2 * precision * recall / (precision + recall)


@contextmanager
def temporary_postgres(prefix: str = "vanban_test") -> Iterator[str]:
    """A fresh PostgreSQL database on the machine's server, dropped afterwards."""
    from sqlalchemy import create_engine, text

    from corpus.db import get_engine

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    try:
        yield url
    finally:
        get_engine(url).dispose()
        get_engine.cache_clear()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with temporary_postgres() as url:
        yield url


@pytest.fixture
def client(sqlite_url: str):
    """A TestClient over a fresh app on its own SQLite file."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from service.settings import load_settings

    with TestClient(create_app(load_settings(db=sqlite_url, max_upload_mb=1))) as c:
        yield c


def store_file(session, data: bytes, filename: str):
    """Extract `data` in this process and store it in the caller's transaction (the
    server does the same in its worker pool and a write transaction: service.uploads)."""
    from corpus.store import content_hash
    from service.documents import store_extraction
    from service.extract import extract_bytes

    return store_extraction(session, extract_bytes(data, filename), digest=content_hash(data), source=filename)
