"""Post due deliveries: sign, POST, record the answer; one pass over the outbox."""
from __future__ import annotations

import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPException

from corpus.db import session_scope
from service.errors import VanbanError
from service.webhooks.outbox import RetryPolicy, claim_due, delivery_body, make_all_due, record_attempt, utcnow
from service.webhooks.registry import checked_url
from service.webhooks.signing import DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, sign

log = logging.getLogger(__name__)
USER_AGENT = "vanban-webhooks/0.1"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is a failed delivery: urllib would re-send a POST as a GET."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int | None, str | None]:
    """(HTTP status or None, error or None); only a 2xx answer is a success."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.status, None
    except urllib.error.HTTPError as e:
        return e.code, f"HTTP {e.code} {e.reason}"
    except urllib.error.URLError as e:
        return None, str(e.reason)
    except (OSError, HTTPException) as e:
        return None, f"{type(e).__name__}: {e}"


@dataclass
class DeliveryReport:
    delivered: int = 0
    failed: int = 0  # attempts that failed and were scheduled again


def _post_checked(url: str, body: bytes, headers: dict[str, str], timeout: float,
                  allow_private: bool) -> tuple[int | None, str | None]:
    """`post`, once the URL's host has been checked again: a name that resolved to a public
    address at registration may point at this machine or the office network now (DNS
    rebinding), and is then a failed attempt, not a request."""
    try:
        checked_url(url, allow_private=allow_private)
    except VanbanError as e:
        return None, f"not sent: {e.reason}"
    return post(url, body, headers, timeout)


def deliver_due(db_url: str, *, base_url: str, policy: RetryPolicy, include_waiting: bool = False,
                allow_private: bool = False) -> DeliveryReport:
    """Post, once each, the deliveries due now, or with `include_waiting` every pending one
    (not waiting out its backoff), each target's address checked as at registration
    (`allow_private`: VANBAN_WEBHOOK_ALLOW_PRIVATE). Failures are rescheduled past this pass."""
    report = DeliveryReport()
    start = utcnow()
    if include_waiting:
        with session_scope(db_url) as session:
            make_all_due(session, now=start)
    while True:
        with session_scope(db_url) as session:
            batch = claim_due(session, due_by=start, now=utcnow(), policy=policy)
            jobs = [(d.id, d.delivery_id, d.event, e.url, e.secret, delivery_body(d, base_url=base_url))
                    for d, e in batch]
        if not jobs:
            return report
        for row_id, delivery_id, event, url, secret, body in jobs:
            headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT,
                       SIGNATURE_HEADER: sign(secret, body), DELIVERY_HEADER: delivery_id, EVENT_HEADER: event}
            status, error = _post_checked(url, body, headers, policy.timeout.total_seconds(), allow_private)
            with session_scope(db_url) as session:
                record_attempt(session, row_id, status=status, error=error, now=utcnow(), policy=policy)
            if error is None:
                report.delivered += 1
            else:
                report.failed += 1
                log.warning("webhook %s to %s failed: %s", delivery_id, url, error)
