"""The settings object: environment, overrides, clear errors."""
from __future__ import annotations

import pytest

from service.settings import SettingsError, load_settings


def test_defaults_and_environment(monkeypatch):
    monkeypatch.delenv("VANBAN_DB", raising=False)
    assert load_settings().db == "sqlite:///vanban.db"
    monkeypatch.setenv("VANBAN_MAX_UPLOAD_MB", "2")
    assert load_settings().max_upload_bytes == 2 * 1024 * 1024
    assert load_settings(db="sqlite:///x.db").db == "sqlite:///x.db"


@pytest.mark.parametrize("override, named", [
    ({"db": "mysql://x"}, "VANBAN_DB"),
    ({"log_level": "LOUD"}, "VANBAN_LOG_LEVEL"),
    ({"max_upload_mb": -1}, "VANBAN_MAX_UPLOAD_MB"),
    ({"port": 70000}, "VANBAN_PORT"),
])
def test_invalid_settings_name_the_variable(override, named):
    with pytest.raises(SettingsError, match=named):
        load_settings(**override)


def test_reading_stops_before_the_pool_kills_the_worker():
    """OCR keeps the pages read so far only if its budget ends before the hard limit."""
    settings = load_settings(doc_seconds=10)
    assert settings.limits().seconds == pytest.approx(8.0)
    assert settings.limits().seconds < settings.doc_seconds
