"""The files as received, kept by content hash beside the database.

A file is written (to a temporary name, synced, renamed) before the transaction
that stores its document commits, so a committed `Document.original` always has
its file; a transaction that fails leaves at most a file no row names, which the
next store of the same bytes reuses and `delete` removes. Files are named by their
SHA-256 (`ab/abcdef…`), so the same bytes are kept once.
"""
from __future__ import annotations

import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

from corpus.db import normalise_url
from models.tables import Document
from service.settings import Settings

# What the browser is told a kept file is: its name's type, else a download.
_MEDIA_TYPES = {".doc": "application/msword",
                ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".md": "text/markdown; charset=utf-8",
                ".txt": "text/plain; charset=utf-8", ".rtf": "application/rtf"}
FALLBACK_TYPE = "application/octet-stream"


@dataclass(frozen=True)
class Originals:
    folder: Path

    def path(self, digest: str) -> Path:
        return self.folder / digest[:2] / digest

    def keep(self, data: bytes, digest: str) -> str:
        """Write `data` under its hash unless it is there already; returns the hash."""
        target = self.path(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def read(self, digest: str) -> bytes | None:
        try:
            return self.path(digest).read_bytes()
        except FileNotFoundError:
            return None

    def remove_if_unused(self, session: Session, digest: str) -> bool:
        """Remove the file unless a stored document names it; whether it was removed."""
        if session.exec(select(Document.id).where(Document.original == digest)).first() is not None:
            return False
        self.path(digest).unlink(missing_ok=True)
        return True

    def remove_after_commit(self, session: Session, digest: str) -> None:
        """Remove the file once the caller's transaction commits, unless a document names it then."""
        def remove(committed: Session) -> None:
            with Session(committed.get_bind()) as check:
                self.remove_if_unused(check, digest)

        event.listen(session, "after_commit", remove, once=True)


def originals_folder(settings: Settings) -> Path | None:
    """VANBAN_ORIGINALS_DIR, else `NAME-originals` beside a SQLite file; None for
    PostgreSQL without the setting and for an in-memory database (nothing kept)."""
    if settings.originals_dir is not None:
        return settings.originals_dir
    url = make_url(normalise_url(settings.db))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        db_file = Path(url.database)
        return db_file.with_name(db_file.stem + "-originals")
    return None


def open_originals(settings: Settings) -> Originals | None:
    folder = originals_folder(settings)
    return Originals(folder) if folder is not None else None


def kept_path(originals: Originals | None, doc: Document) -> Path | None:
    """The file kept for `doc`, when originals are kept and its file is there."""
    if originals is None or not doc.original:
        return None
    path = originals.path(doc.original)
    return path if path.exists() else None


def media_type(filename: str | None) -> str:
    suffix = Path(filename or "").suffix.lower()
    return _MEDIA_TYPES.get(suffix) or mimetypes.types_map.get(suffix) or FALLBACK_TYPE
