"""Kính gửi and Nơi nhận lists."""
from __future__ import annotations

from extractors.layout import Layout


def read_recipients(text: str, layout: Layout) -> list[str]:
    return []


def read_cc(text: str, layout: Layout) -> list[str]:
    return []
