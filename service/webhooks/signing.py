"""HMAC-SHA256 signatures of webhook bodies, GitHub style: `X-Vanban-Signature: sha256=<hex>`."""
from __future__ import annotations

import hashlib
import hmac

SIGNATURE_HEADER = "X-Vanban-Signature"
DELIVERY_HEADER = "X-Vanban-Delivery"  # the same id on every retry: receivers drop repeats by it
EVENT_HEADER = "X-Vanban-Event"
_SCHEME = "sha256="


def sign(secret: str, body: bytes) -> str:
    return _SCHEME + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str | None) -> bool:
    """What a receiver checks: the header is the signature of these exact bytes."""
    return header is not None and hmac.compare_digest(sign(secret, body), header)
