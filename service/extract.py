"""One file -> Extraction: load, then run the pure pipeline."""
from __future__ import annotations

from pathlib import Path

from extractors.errors import LoadError
from extractors.load import load_bytes
from extractors.pipeline import extract_text
from models.extraction import Extraction
from service.errors import BadDocument, UnsupportedType


def extract_bytes(data: bytes, filename: str) -> Extraction:
    """Extract one document; a file that cannot be read raises BadDocument."""
    try:
        loaded = load_bytes(data, filename)
    except LoadError as e:
        error = UnsupportedType if e.kind == "unsupported" else BadDocument
        raise error(f"{filename}: {e.reason}") from e
    return extract_text(loaded.text, meta=loaded.meta)


def extract_path(path: Path) -> Extraction:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BadDocument(f"{path}: {e.strerror or e}") from e
    return extract_bytes(data, path.name)
