"""Who may write: API keys, created and revoked with the CLI, stored as SHA-256 hashes.

Reads are open. Writes need `Authorization: Bearer <key>` as soon as one key is
active; with no active key the store is open for writing (a single-user install).
A key is 32 random bytes, so a plain SHA-256 of it cannot be guessed back: no salt
or slow hash is needed, and a lookup is one indexed equality.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import func
from sqlmodel import Session, col, select

from models.tables import ApiKey
from service.errors import NotFound, Unauthorized

KEY_PREFIX = "vb_"
_SHOWN_CHARS = 10  # "vb_" + 7 characters identify a key in listings


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(session: Session, *, name: str) -> tuple[ApiKey, str]:
    """A new active key; the plain key is returned once and never stored."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(name=name, prefix=key[:_SHOWN_CHARS], key_hash=hash_key(key))
    session.add(row)
    session.flush()
    return row, key


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.exec(select(ApiKey).order_by(ApiKey.id)))


def revoke_key(session: Session, *, ident: str) -> ApiKey:
    """Revoke the key with this id or prefix; revoking twice keeps the first time."""
    match = ApiKey.id == int(ident) if ident.isdigit() else ApiKey.prefix == ident
    row = session.exec(select(ApiKey).where(match)).first()
    if row is None:
        raise NotFound(f"no API key with id or prefix {ident!r}")
    row.revoked_at = row.revoked_at or dt.datetime.now(dt.timezone.utc)
    session.add(row)
    return row


def keys_configured(session: Session) -> bool:
    active = select(func.count()).select_from(ApiKey).where(col(ApiKey.revoked_at).is_(None))
    return session.exec(active).one() > 0


def authorize_write(session: Session, authorization: str | None) -> ApiKey | None:
    """The key a write is made with; None when no key is configured. Refusals are 401."""
    if not keys_configured(session):
        return None
    if not authorization:
        raise Unauthorized("writing needs an API key: send the header 'Authorization: Bearer <key>'")
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("the Authorization header must be 'Bearer <key>'")
    row = session.exec(select(ApiKey).where(ApiKey.key_hash == hash_key(token.strip()))).first()
    if row is None:
        raise Unauthorized("unknown API key")
    if row.revoked_at is not None:
        raise Unauthorized(f"the API key {row.prefix}… was revoked")
    return row
