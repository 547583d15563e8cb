"""Bring a store made by an older vanban up to the current tables, at start.

`create_all` makes missing tables but never changes an existing one, so columns
added since (each nullable or with a server default) are added with
`ALTER TABLE ... ADD COLUMN`, with their indexes. A store that gains the register
gives its stored letters their incoming numbers, in the order they were stored,
by the year they were stored (service.register).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.schema import CreateColumn
from sqlmodel import Session, SQLModel

from corpus.register import OFFICE_TIME, enter_letter
from models.tables import Document, RegisterEntry


def missing_columns(conn: Connection) -> list[tuple[str, str]]:
    """(table, column) pairs the metadata has and the database lacks."""
    insp = inspect(conn)
    missing = []
    for table in SQLModel.metadata.sorted_tables:
        if not insp.has_table(table.name):
            continue
        have = {c["name"] for c in insp.get_columns(table.name)}
        missing += [(table.name, c.name) for c in table.columns if c.name not in have]
    return missing


def add_missing_columns(conn: Connection) -> list[tuple[str, str]]:
    added = missing_columns(conn)
    for table_name, column_name in added:
        table = SQLModel.metadata.tables[table_name]
        ddl = CreateColumn(table.c[column_name]).compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE {table_name} ADD COLUMN {ddl}")
        for index in table.indexes:
            if column_name in index.columns:
                index.create(conn, checkfirst=True)
    return added


def number_unregistered(session: Session) -> int:
    """Register every stored letter that has no incoming number yet; how many."""
    registered = select(RegisterEntry.document_id)
    rows = session.execute(select(Document.id, Document.created_at)
                           .where(Document.stub == False, Document.id.not_in(registered))  # noqa: E712
                           .order_by(Document.id)).all()
    for doc_id, created in rows:
        stored = created.replace(tzinfo=created.tzinfo or dt.timezone.utc)
        enter_letter(session, doc_id, stored.astimezone(OFFICE_TIME).date())
    session.flush()
    return len(rows)


def upgrade(engine: Engine, *, had_register: bool) -> None:
    """Add missing columns; number the letters of a store that had no register yet."""
    with engine.begin() as conn:
        add_missing_columns(conn)
    if not had_register:
        with Session(engine) as session:
            number_unregistered(session)
            session.commit()
