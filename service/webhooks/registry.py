"""Registered webhook endpoints: a URL and the secret its deliveries are signed with."""
from __future__ import annotations

import ipaddress
import secrets
import socket
from urllib.parse import urlsplit

from sqlalchemy import func
from sqlmodel import Session, select

from models.tables import WebhookDelivery, WebhookEndpoint
from service.errors import NotFound, VanbanError


def _addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The addresses `host` stands for: itself when it is one, else what the resolver says."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as e:
        raise VanbanError(f"webhook host {host!r} does not resolve: {e}") from None
    return [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]


def _private(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Loopback, link-local (169.254.169.254: cloud metadata), private or otherwise not public."""
    mapped = getattr(address, "ipv4_mapped", None)
    address = mapped or address
    return (address.is_loopback or address.is_link_local or address.is_private or address.is_multicast
            or address.is_reserved or address.is_unspecified)


def checked_url(url: str, *, allow_private: bool = False) -> str:
    """`url` when it may receive webhooks: http(s), a host, no credentials in it, and a
    public address unless `allow_private` (VANBAN_WEBHOOK_ALLOW_PRIVATE)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host, _port = parts.hostname, parts.port
    except ValueError as e:
        raise VanbanError(f"webhook URL {url!r} is not a valid URL: {e}") from None
    if parts.scheme not in ("http", "https") or not host:
        raise VanbanError(f"webhook URL must be http:// or https:// with a host, not {url!r}")
    if parts.username is not None or parts.password is not None:
        raise VanbanError("webhook URL must not carry credentials (user:password@): the secret signs deliveries")
    if not allow_private:
        bad = [str(a) for a in _addresses(host) if _private(a)]
        if bad:
            raise VanbanError(f"webhook host {host!r} is a loopback, link-local or private address ({bad[0]}); "
                              "set VANBAN_WEBHOOK_ALLOW_PRIVATE=true for a receiver on this machine or network")
    return url


def add_endpoint(session: Session, *, url: str, secret: str | None = None,
                 allow_private: bool = False) -> WebhookEndpoint:
    """Register `url`; without a secret one is generated (shown once, at registration)."""
    if secret is not None and not secret.strip():
        raise VanbanError("webhook secret must not be empty")
    endpoint = WebhookEndpoint(url=checked_url(url, allow_private=allow_private),
                               secret=secret or secrets.token_urlsafe(32))
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
