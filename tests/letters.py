"""A short letter of a Bình An Ủy ban nhân dân around a body, for the tests that check a
rule's guard on a shape no corpus document holds."""
from __future__ import annotations

_MOTTO_AND_DATE = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình An, ngày 05 tháng 3 năm 2025
"""
_CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def plain_letter(head: str, body: str) -> str:
    """`head` (the issuer's lines and the number) over the motto and date, then `body`, then
    the recipients and the signature."""
    return f"{head.strip()}\n{_MOTTO_AND_DATE}\n{body.strip()}\n\n{_CLOSING}"
