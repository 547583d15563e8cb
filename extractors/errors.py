"""Errors raised by the pure stages; the service maps them to HTTP 4xx / CLI exit codes."""
from __future__ import annotations


class LoadError(Exception):
    """A file that cannot be read: unsupported, corrupt, encrypted or empty."""

    def __init__(self, reason: str, *, kind: str = "unreadable"):
        super().__init__(reason)
        self.reason = reason
        self.kind = kind  # unsupported | corrupt | encrypted | empty | unreadable
