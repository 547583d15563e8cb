"""Who may read and write: API keys with a role, created and revoked with the CLI,
stored as SHA-256 hashes.

A key has a role: `read` (reads), `write` (reads, uploads, jobs, delete, re-extract)
or `admin` (everything, webhooks included). Who needs one is set by two settings:

- VANBAN_WRITES=auto (default): writes are open until the first key is created,
  then need a key for good: revoking every key closes writes, it never reopens
  them. `key`: a key always (with no key created, nobody writes). `open`: anyone.
- VANBAN_READS=open (default): anyone who reaches the port reads. `key`: a key of
  any role.

A key sent is always checked: a revoked or unknown key is refused even where no key
is needed. A key is 32 random bytes, so a plain SHA-256 of it cannot be guessed
back: no salt or slow hash is needed, and a lookup is one indexed equality.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Literal

from sqlalchemy import func
from sqlmodel import Session, col, select

from models.tables import ApiKey
from service.errors import Forbidden, NotFound, Unauthorized, VanbanError
from service.settings import Settings

KEY_PREFIX = "vb_"
_SHOWN_CHARS = 10  # "vb_" + 7 characters identify a key in listings

Role = Literal["read", "write", "admin"]
ROLES: tuple[Role, ...] = ("read", "write", "admin")  # each may do what the ones before it may


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(session: Session, *, name: str, role: Role = "write") -> tuple[ApiKey, str]:
    """A new active key; the plain key is returned once and never stored."""
    if role not in ROLES:
        raise VanbanError(f"no role {role!r}; use one of {', '.join(ROLES)}")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(name=name, prefix=key[:_SHOWN_CHARS], key_hash=hash_key(key), role=role)
    session.add(row)
    session.flush()
    return row, key


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.exec(select(ApiKey).order_by(ApiKey.id)))


def revoke_key(session: Session, *, ident: str) -> ApiKey:
    """Revoke the key with this id or prefix; revoking twice keeps the first time."""
    match = ApiKey.id == int(ident) if ident.isdigit() and len(ident) < 19 else ApiKey.prefix == ident
    row = session.exec(select(ApiKey).where(match)).first()
    if row is None:
        raise NotFound(f"no API key with id or prefix {ident!r}")
    row.revoked_at = row.revoked_at or dt.datetime.now(dt.timezone.utc)
    session.add(row)
    return row


def keys_created(session: Session) -> bool:
    """Whether any key was ever created (revoked ones count: they closed the door)."""
    return session.exec(select(func.count()).select_from(ApiKey)).one() > 0


def active_keys(session: Session) -> int:
    active = select(func.count()).select_from(ApiKey).where(col(ApiKey.revoked_at).is_(None))
    return session.exec(active).one()


def _needs_key(session: Session, settings: Settings, need: Role) -> bool:
    if need == "read":
        return settings.reads == "key"
    if settings.writes == "auto":
        return keys_created(session)
    return settings.writes == "key"


def _key(session: Session, authorization: str) -> ApiKey:
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("the Authorization header must be 'Bearer <key>'")
    row = session.exec(select(ApiKey).where(ApiKey.key_hash == hash_key(token.strip()))).first()
    if row is None:
        raise Unauthorized("unknown API key")
    if row.revoked_at is not None:
        raise Unauthorized(f"the API key {row.prefix}… was revoked")
    return row


def authorize(session: Session, settings: Settings, authorization: str | None, *, need: Role) -> ApiKey | None:
    """The key a request is made with, None when it needs none and sent none.
    No or a bad key where one is needed: 401; a key whose role is below `need`: 403."""
    if authorization:
        row = _key(session, authorization)
        if ROLES.index(row.role) < ROLES.index(need) and _needs_key(session, settings, need):
            raise Forbidden(f"the API key {row.prefix}… has the role {row.role!r}; this needs {need!r}")
        return row
    if _needs_key(session, settings, need):
        verb = "reading" if need == "read" else "writing" if need == "write" else "this"
        raise Unauthorized(f"{verb} needs an API key (role {need} or above): "
                           "send the header 'Authorization: Bearer <key>'")
    return None


def access_summary(session: Session, settings: Settings) -> str:
    """One line on who may read and write now, for `vanban serve` and `vanban keys list`."""
    reads = "need an API key" if _needs_key(session, settings, "read") else "OPEN to anyone who reaches the port"
    if not _needs_key(session, settings, "write"):
        why = "VANBAN_WRITES=open" if settings.writes == "open" else "no API key was ever created"
        writes = f"OPEN to anyone ({why}; `vanban keys create NAME` closes them)"
    else:
        writes = f"need an API key ({active_keys(session)} active)"
    return f"reads {reads}; writes {writes}"
