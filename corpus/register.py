"""Incoming numbers: one atomic upsert per letter, numbers restarting each year.

`INSERT ... ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last` takes
the row's write lock on PostgreSQL and the database's on SQLite, so two uploads
committing at once never get the same number; a transaction that rolls back
gives its number back with it. Numbers of deleted letters are not given again.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from models.tables import RegisterCounter, RegisterEntry

OFFICE_TIME = ZoneInfo("Asia/Ho_Chi_Minh")  # a letter received at 00:30 in Hà Nội is received that day

_INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


def take_number(session: Session, year: int) -> int:
    """The next incoming number of `year`, counted in the caller's transaction."""
    insert = _INSERTS[session.get_bind().dialect.name]
    table = RegisterCounter.__table__
    stmt = (insert(table).values(year=year, last=1)
            .on_conflict_do_update(index_elements=[table.c.year], set_={"last": table.c.last + 1})
            .returning(table.c.last))
    return int(session.execute(stmt).scalar_one())


def today() -> dt.date:
    return dt.datetime.now(OFFICE_TIME).date()


def enter_letter(session: Session, doc_id: int, received: dt.date | None = None) -> RegisterEntry:
    """Give a newly stored letter its line in the register: the next number of the year received."""
    received = received or today()
    entry = RegisterEntry(document_id=doc_id, year=received.year, number=take_number(session, received.year),
                          received_date=received)
    session.add(entry)
    return entry
