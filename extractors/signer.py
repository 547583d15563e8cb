"""The signature block: authority (TM./KT./TL./TUQ./Q.), title, name."""
from __future__ import annotations

from extractors.layout import Layout
from models.extraction import Signer


def read_signer(text: str, layout: Layout) -> Signer | None:
    return None
