"""Domain errors carry their HTTP status and a reason; api/ turns them into responses."""
from __future__ import annotations


class VanbanError(Exception):
    status: int = 400

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class BadDocument(VanbanError):
    """Unsupported, corrupt, encrypted or empty file."""

    status = 422


class UnsupportedType(BadDocument):
    status = 415


class TooLarge(VanbanError):
    status = 413


class Unprocessable(VanbanError):
    """A request that is well formed but asks for something inconsistent."""

    status = 422


class NotFound(VanbanError):
    status = 404


class Unauthorized(VanbanError):
    status = 401


class RateLimited(VanbanError):
    status = 429
