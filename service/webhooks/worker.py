"""The background sender: a thread that empties the outbox every few seconds."""
from __future__ import annotations

import datetime as dt
import logging
import threading

from service.exports.view import service_base_url
from service.settings import Settings
from service.webhooks.outbox import RetryPolicy
from service.webhooks.send import deliver_due

log = logging.getLogger(__name__)


def retry_policy(settings: Settings) -> RetryPolicy:
    return RetryPolicy(backoff=dt.timedelta(seconds=settings.webhook_backoff_seconds),
                       backoff_max=dt.timedelta(seconds=settings.webhook_backoff_max_seconds),
                       timeout=dt.timedelta(seconds=settings.webhook_timeout_seconds))


class DeliveryWorker:
    """Runs `deliver_due` every `poll` seconds on a daemon thread until `stop()`."""

    def __init__(self, db_url: str, *, base_url: str, policy: RetryPolicy, poll: float, allow_private: bool = False):
        self.db_url, self.base_url, self.policy, self.poll = db_url, base_url, policy, poll
        self.allow_private = allow_private
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="vanban-webhooks", daemon=True)

    @classmethod
    def from_settings(cls, settings: Settings, *, base_url: str | None = None) -> DeliveryWorker:
        return cls(settings.db, base_url=base_url or service_base_url(settings),
                   policy=retry_policy(settings), poll=settings.webhook_poll_seconds,
                   allow_private=settings.webhook_allow_private)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(self.policy.timeout.total_seconds() + 5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                deliver_due(self.db_url, base_url=self.base_url, policy=self.policy, allow_private=self.allow_private)
            except Exception:  # the thread outlives a failed pass (database away); the next pass retries
                log.exception("webhook delivery pass failed")
            self._stop.wait(self.poll)
