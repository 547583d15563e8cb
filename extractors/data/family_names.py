"""Vietnamese family names (họ): a small closed class, the first word of a person's name.

Source: the surname tables of "Họ người Việt Nam" (vi.wikipedia.org, after Lê Trung
Hoa, Họ và tên người Việt Nam, 2005, and the 2019 census frequency lists): the fourteen
most common (Nguyễn to Lý) are borne by about nine in ten Vietnamese; the rest are
the next commonest ones, to a few per thousand. Coverage: Kinh family names printed in
official letters; a rare or minority family name is missing, and a name whose first
word is not here is never completed from this table (extractors.load.name_heads).
Written as printed in a signer's name, tones placed the new way (Decree 30/2020).
"""
from __future__ import annotations

FAMILY_NAMES = (
    # the commonest, in order of frequency
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    # the next commonest
    "Âu", "Cao", "Châu", "Chu", "Diệp", "Đàm", "Đào", "Đinh", "Đoàn", "Đồng", "Giang",
    "Hà", "Hứa", "Khổng", "Khúc", "Kiều", "Kim", "La", "Lã", "Lại", "Lâm", "Lục", "Lương",
    "Lưu", "Mạc", "Mai", "Nghiêm", "Nông", "Phí", "Phùng", "Quách", "Tạ",
    "Tăng", "Thái", "Thân", "Tiêu", "Tô", "Tôn", "Tống", "Trịnh", "Triệu", "Trương",
    "Từ", "Vi", "Viên", "Vương",
)
# Left out though they are family names: words that open other phrases of a letter
# ("Phó" of a title, "Văn" of a middle name, "Quan" of "cơ quan").
