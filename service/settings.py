"""The one settings object: VANBAN_* environment variables, overridable by CLI flags."""
from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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
