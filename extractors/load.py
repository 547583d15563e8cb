"""Bytes + file name -> normalised Unicode text with what was detected.

First pass: UTF-8 text files. Deepened under issue 3 (PDF, OCR, DOCX, DOC, RTF,
HTML, legacy encodings).
"""
from __future__ import annotations

import unicodedata
from pathlib import PurePath

from extractors.errors import LoadError
from models.extraction import LoadedText, LoadMeta


def load_bytes(data: bytes, filename: str) -> LoadedText:
    suffix = PurePath(filename).suffix.lower().lstrip(".")
    if suffix not in ("txt", "md", ""):
        raise LoadError(f"unsupported file type .{suffix}", kind="unsupported")
    if not data.strip():
        raise LoadError("the file is empty", kind="empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise LoadError(f"not UTF-8 text: {e}", kind="corrupt") from e
    text = unicodedata.normalize("NFC", text)
    return LoadedText(text=text, meta=LoadMeta(format=suffix or "txt", encoding="utf-8"))
