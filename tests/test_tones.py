"""The one tone-placement table: old style to new, at syllable ends, never after q."""
from __future__ import annotations

import pytest

from extractors.data.tones import unify_tones


@pytest.mark.parametrize("printed, unified", [
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
    ("Văn hoá, Thể thao", "Văn hóa, Thể thao"),
    ("CỘNG HOÀ XÃ HỘI", "CỘNG HÒA XÃ HỘI"),
    ("Hoà Bình", "Hòa Bình"),
    ("Quý doanh nghiệp", "Quý doanh nghiệp"),  # after q the tone stays on the y
    ("Quỹ bảo trì", "Quỹ bảo trì"),
    ("đoàn kết", "đoàn kết"),  # 'oà' not at a syllable end
    ("khoẻ mạnh", "khỏe mạnh"),
    ("Ủy ban", "Ủy ban"),  # already new style
])
def test_unify_tones(printed, unified):
    assert unify_tones(printed) == unified
