"""Engines and sessions for SQLite (the default) and PostgreSQL.

Transactions are short and end before an answer goes out: `read_scope` for reads
(nothing to commit), `write_scope` for writes, which commits before it returns and
holds this process's writer lock meanwhile. One writer at a time: on SQLite a
second writer would wait for the file lock, or fail when its read snapshot went
stale; on PostgreSQL two writers linking the same citations would wait on each
other's rows. A write transaction never spans slow work (extraction runs before it).
"""
from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, SQLModel, create_engine

import models.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from corpus.migrate import upgrade


def normalise_url(url: str) -> str:
    """postgresql:// and postgres:// use psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


@lru_cache(maxsize=16)
def get_engine(url: str) -> Engine:
    """One engine per URL, with the schema created or upgraded (corpus.migrate)."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    had_register = inspect(engine).has_table("register_entry")
    SQLModel.metadata.create_all(engine)
    upgrade(engine, had_register=had_register)
    return engine


_writer_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)


def writer_lock(url: str) -> threading.Lock:
    """This process's one writer to the database at `url`."""
    return _writer_locks[normalise_url(url)]


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(get_engine(url), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def write_scope(url: str) -> Iterator[Session]:
    """A write transaction under this process's writer lock, committed before it returns."""
    with writer_lock(url), session_scope(url) as session:
        yield session


@contextmanager
def read_scope(url: str) -> Iterator[Session]:
    """A session for reads: closed when the block ends, its transaction rolled back by the
    connection pool, so no connection is left idle in a transaction; the objects read
    stay usable (closing detaches them without expiring them)."""
    with Session(get_engine(url), expire_on_commit=False) as session:
        yield session
