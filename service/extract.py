"""One file -> Extraction: load within the document's budget, then run the pure pipeline."""
from __future__ import annotations

from pathlib import Path

from extractors.errors import LoadError
from extractors.load import load_bytes
from extractors.load.limits import DEFAULT_LIMITS, LimitExceeded, Limits
from extractors.pipeline import extract_text
from models.extraction import Extraction
from service.errors import BadDocument, OverLimit, UnsupportedType, VanbanError


def extract_bytes(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """Extract one document; a file that cannot be read raises BadDocument (OverLimit
    when it is over one of `limits`)."""
    try:
        loaded = load_bytes(data, filename, limits)
    except LimitExceeded as e:
        raise OverLimit.of(e.limit, f"{filename}: {e.reason}") from e
    except LoadError as e:
        error = UnsupportedType if e.kind == "unsupported" else BadDocument
        raise error(f"{filename}: {e.reason}") from e
    return extract_text(loaded.text, meta=loaded.meta)


def read_upload(data: bytes, filename: str, limits: Limits) -> Extraction | VanbanError:
    """`extract_bytes` in a worker of service.pool: the refusal is returned, not raised,
    so that it crosses back to the server as a value with its status and reason."""
    try:
        return extract_bytes(data, filename, limits)
    except VanbanError as e:
        return e


def extract_path(path: Path) -> Extraction:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BadDocument(f"{path}: {e.strerror or e}") from e
    return extract_bytes(data, path.name)
