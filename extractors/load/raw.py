"""What a format loader hands back before legacy conversion and normalisation."""
from __future__ import annotations

from dataclasses import dataclass, field

from models.extraction import PageInfo, Signature


@dataclass
class RawText:
    text: str
    format: str
    encoding: str | None = None
    legacy_encoding: str | None = None  # set when the loader converted runs by their font
    legacy_done: bool = False  # the loader knew the fonts: no content detection afterwards
    # Hard-wrapped sources (TXT, PDF, OCR) get their lines unwrapped; Word, RTF and HTML
    # paragraphs are whole already, and their line breaks are the author's.
    unwrap: bool = False
    pages: list[PageInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    signature: Signature | None = None  # a signed PDF's stamps and digital signatures
