"""Registered webhook endpoints: a URL and the secret its deliveries are signed with."""
from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from sqlalchemy import func
from sqlmodel import Session, select

from models.tables import WebhookDelivery, WebhookEndpoint
from service.errors import NotFound, VanbanError


def _checked_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise VanbanError(f"webhook URL must be http:// or https:// with a host, not {url!r}")
    return url.strip()


def add_endpoint(session: Session, *, url: str, secret: str | None = None) -> WebhookEndpoint:
    """Register `url`; without a secret one is generated (shown once, at registration)."""
    if secret is not None and not secret.strip():
        raise VanbanError("webhook secret must not be empty")
    endpoint = WebhookEndpoint(url=_checked_url(url), secret=secret or secrets.token_urlsafe(32))
    session.add(endpoint)
    session.flush()
    return endpoint


def list_endpoints(session: Session) -> list[WebhookEndpoint]:
    return list(session.exec(select(WebhookEndpoint).order_by(WebhookEndpoint.id)))


def remove_endpoint(session: Session, endpoint_id: int) -> None:
    """Unregister an endpoint; its outbox rows go with it (ON DELETE CASCADE)."""
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None:
        raise NotFound(f"no webhook with id {endpoint_id}")
    session.delete(endpoint)
    session.flush()


def delivery_counts(session: Session) -> dict[int, dict[str, int]]:
    """{endpoint id: {status: count}} over the outbox."""
    q = select(WebhookDelivery.endpoint_id, WebhookDelivery.status, func.count()).group_by(
        WebhookDelivery.endpoint_id, WebhookDelivery.status)
    counts: dict[int, dict[str, int]] = {}
    for endpoint_id, status, n in session.exec(q):
        counts.setdefault(endpoint_id, {})[status] = n
    return counts


def endpoint_view(endpoint: WebhookEndpoint, *, counts: dict[str, int] | None = None,
                  with_secret: bool = False) -> dict:
    view = {"id": endpoint.id, "url": endpoint.url, "created_at": endpoint.created_at.isoformat(),
            "pending": (counts or {}).get("pending", 0), "delivered": (counts or {}).get("delivered", 0)}
    if with_secret:
        view["secret"] = endpoint.secret
    return view
