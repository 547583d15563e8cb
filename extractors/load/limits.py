"""The budget one document may spend while it is read.

Every loader takes a `Limits` and refuses, with `LimitExceeded` (a LoadError of kind
"limit" naming the limit), input that would cost more: bytes, pages, pixels of one
page or image, characters of text, nesting depth of markup, wall time. The service
builds one from its settings; the defaults suit an office's letters with a wide margin.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from extractors.errors import LoadError


class LimitExceeded(LoadError):
    """Input over one of the budgets; `limit` names the Limits field it broke."""

    def __init__(self, reason: str, *, limit: str):
        super().__init__(reason, kind="limit")
        self.limit = limit


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 2**20  # one file as uploaded or found in a folder
    max_pages: int = 300  # pages of a PDF (or frames of a TIFF)
    max_pixels: int = 80_000_000  # one image, or one page as rendered for OCR
    max_chars: int = 5_000_000  # text read out of one file
    max_nesting: int = 256  # element depth of HTML/XML, group depth of RTF
    seconds: float = 120.0  # wall time to read one document; OCR keeps the pages read by then

    def check_bytes(self, size: int) -> None:
        if size > self.max_bytes:
            raise LimitExceeded(f"file of {size:,} bytes is over the limit of {self.max_bytes:,} bytes",
                                limit="max_bytes")

    def check_chars(self, count: int) -> None:
        if count > self.max_chars:
            raise LimitExceeded(f"text of {count:,} characters is over the limit of {self.max_chars:,}",
                                limit="max_chars")

    def check_pages(self, count: int, what: str) -> None:
        if count > self.max_pages:
            raise LimitExceeded(f"{what} of {count:,} pages is over the limit of {self.max_pages:,} pages",
                                limit="max_pages")

    def check_pixels(self, width: float, height: float, what: str) -> None:
        if width * height > self.max_pixels:
            raise LimitExceeded(f"{what} of {int(width):,} x {int(height):,} pixels is over the limit of "
                                f"{self.max_pixels:,} pixels", limit="max_pixels")

    def deadline(self) -> float:
        """The time.monotonic() value by which reading must stop."""
        return time.monotonic() + self.seconds


DEFAULT_LIMITS = Limits()
