"""Split a letter into the parts of Decree 30/2020's layout (Phụ lục I).

header | Kính gửi | body | signature | Nơi nhận, each as a character span.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.extraction import Span


@dataclass(frozen=True)
class Layout:
    header: Span  # everything before the Kính gửi block or the body
    recipients: Span | None  # the Kính gửi block
    body: Span  # the text that carries citations and tasks
    signature: Span | None
    cc: Span | None  # the Nơi nhận block


def segment(text: str) -> Layout:
    """First pass: the whole text is body. Deepened under issue 4."""
    return Layout(header=Span(start=0, end=0), recipients=None, body=Span(start=0, end=len(text)),
                  signature=None, cc=None)
