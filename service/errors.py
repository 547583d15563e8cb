"""Domain errors carry their HTTP status and a reason; api/ turns them into responses."""
from __future__ import annotations


class VanbanError(Exception):
    status: int = 400

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason

    def headers(self) -> dict[str, str]:
        """Headers the HTTP answer carries besides the reason (Retry-After)."""
        return {}


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


class Forbidden(VanbanError):
    """A valid key whose role does not allow the request."""

    status = 403


class RateLimited(VanbanError):
    status = 429


class OverLimit(BadDocument):
    """Input over one of the budgets (extractors.load.limits, service.settings): the
    reason names the setting that sets it. 413 for the size of the input, 422 else."""

    status = 422

    # Limits field -> (the setting that sets it, the status of a refusal)
    SETTINGS = {
        "max_bytes": ("VANBAN_MAX_UPLOAD_MB", 413),
        "max_pages": ("VANBAN_MAX_PAGES", 413),
        "max_pixels": ("VANBAN_MAX_MEGAPIXELS", 413),
        "max_chars": ("VANBAN_MAX_CHARS", 413),
        "max_nesting": ("VANBAN_MAX_NESTING", 422),
        "seconds": ("VANBAN_DOC_SECONDS", 422),
    }

    def __init__(self, reason: str, status: int = 422):
        super().__init__(reason)
        self.status = status

    def __reduce__(self):  # crosses from a worker process with its status
        return type(self), (self.reason, self.status)

    @classmethod
    def of(cls, limit: str, reason: str) -> "OverLimit":
        setting, status = cls.SETTINGS.get(limit, (limit, 422))
        return cls(f"{reason} ({setting})", status)
