"""The one settings object: VANBAN_* environment variables, overridable by CLI flags."""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.batch.sources import ArchiveLimits

if TYPE_CHECKING:
    from extractors.load.limits import Limits


# The share of VANBAN_DOC_SECONDS that reading a file (OCR above all) may take; the rest is
# left for the extraction stages and the answer, so a long scan ends with its pages read so far.
READ_SHARE = 0.8

class SettingsError(Exception):
    """A setting that does not validate; the message names it and says why."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VANBAN_", extra="ignore")

    db: str = Field("sqlite:///vanban.db", description="Database URL: sqlite:///FILE or postgresql://...")
    max_upload_mb: float = Field(50.0, gt=0, description="Largest accepted upload, in megabytes")
    log_level: str = Field("INFO", description="Python logging level")
    host: str = Field("127.0.0.1", description="Address `vanban serve` binds to")
    port: int = Field(8000, ge=1, le=65535, description="Port `vanban serve` listens on")
    write_rate_per_minute: int = Field(60, ge=0, description="Writes (upload, delete, jobs, webhooks) one API key or address may make per minute; 0 for no limit")
    public_url: str | None = Field(None, description="Base URL of the service for links in exports and webhooks (default: the request's, or http://HOST:PORT)")
    webhook_worker: bool = Field(True, description="Deliver webhooks from a background thread in `vanban serve`")
    webhook_poll_seconds: float = Field(5.0, gt=0, description="How often the webhook worker looks for due deliveries")
    webhook_backoff_seconds: float = Field(30.0, gt=0, description="Wait before the first webhook retry; doubles on each failure")
    webhook_backoff_max_seconds: float = Field(3600.0, gt=0, description="Longest wait between webhook retries")
    originals_dir: Path | None = Field(None, description="Folder that keeps each uploaded or ingested file as received (content-addressed); default: `NAME-originals` beside a SQLite file `NAME.db`; with PostgreSQL originals are kept only when this is set")
    webhook_timeout_seconds: float = Field(10.0, gt=0, description="Time a webhook receiver has to answer")
    webhook_allow_private: bool = Field(False, description="Accept webhook URLs on loopback, link-local and private addresses (a receiver on this machine or the office network)")
    # Who may read and write (service.auth, docs/limits.md).
    writes: Literal["auto", "key", "open"] = Field("auto", description="Who may write: auto (anyone until the first API key is created, then a key with the write role), key (always a key), open (anyone, keys ignored)")
    reads: Literal["open", "key"] = Field("open", description="Who may read: open (anyone who reaches the port) or key (an API key of any role)")
    # The extraction pool (service.pool) and the per-document budgets (extractors.load.limits).
    workers: int = Field(min(2, os.cpu_count() or 1), ge=1, le=64, description="Extraction processes shared by uploads and jobs")
    queue: int = Field(8, ge=0, le=1000, description="Uploads that may wait for a free extraction process; past that, 503 with Retry-After")
    job_above_mb: float = Field(5.0, gt=0, description="An upload to /api/documents larger than this is ingested as a job: 202 with the job's URL")
    doc_seconds: float = Field(120.0, gt=0, description="Wall time one document may take to read and extract: OCR stops at 80% of it with the pages read; a worker over it is killed")
    max_pages: int = Field(300, ge=1, description="Pages of one PDF or multi-page image")
    max_megapixels: float = Field(80.0, gt=0, description="Pixels of one image or one page rendered for OCR, in millions")
    max_chars: int = Field(5_000_000, ge=1, description="Characters of text read out of one file")
    max_nesting: int = Field(256, ge=8, description="Element depth of HTML/XML, group depth of RTF")
    max_archive_mb: float = Field(200.0, gt=0, description="Largest accepted zip archive upload, in megabytes")
    max_archive_members: int = Field(10_000, ge=1, description="Files in one zip archive")
    max_expansion: float = Field(100.0, gt=1, description="Uncompressed / compressed size of a zip member of 64 KiB or more (a size bomb past this)")

    @field_validator("db")
    @classmethod
    def _known_database(cls, v: str) -> str:
        if not v.startswith(("sqlite://", "postgresql://", "postgresql+psycopg://", "postgres://")):
            raise ValueError("must start with sqlite:/// or postgresql://")
        return v

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, v: str) -> str:
        level = v.upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError(f"unknown level {v!r}; use DEBUG, INFO, WARNING or ERROR")
        return level

    @field_validator("public_url")
    @classmethod
    def _web_url(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return v

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_archive_bytes(self) -> int:
        return int(self.max_archive_mb * 1024 * 1024)

    @property
    def job_above_bytes(self) -> int:
        return int(self.job_above_mb * 1024 * 1024)

    def limits(self) -> Limits:
        """The budget of one document (extractors.load.limits). Reading gets READ_SHARE of
        the document's wall time, so that OCR stops and keeps the pages read so far before
        the pool kills a worker over `doc_seconds`."""
        from extractors.load.limits import Limits  # the extractors: not imported by commands that only store

        return Limits(max_bytes=self.max_upload_bytes, max_pages=self.max_pages,
                      max_pixels=int(self.max_megapixels * 1_000_000), max_chars=self.max_chars,
                      max_nesting=self.max_nesting, seconds=self.doc_seconds * READ_SHARE)

    def archive_limits(self) -> ArchiveLimits:
        """What one zip archive may hold (service.batch.sources)."""
        return ArchiveLimits(member_bytes=self.max_upload_bytes, members=self.max_archive_members,
                             ratio=self.max_expansion)


def load_settings(**overrides) -> Settings:
    """Settings from the environment with non-None overrides applied; clear errors."""
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as e:
        problems = "; ".join(
            f"VANBAN_{'_'.join(map(str, err['loc'])).upper()}: {err['msg']}" for err in e.errors()
        )
        raise SettingsError(f"invalid settings: {problems}") from None


@lru_cache
def default_settings() -> Settings:
    return load_settings()
