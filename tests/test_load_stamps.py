"""Signing stamps recognised by their shape, and OCR's tone slips in the layout's fixed
lines restored. The stamp rows are the text layers of shared/corpus/pdf, as PyMuPDF
gives their blocks' lines."""
from __future__ import annotations

import datetime as dt

import pytest

from extractors.load.formulas import restore
from extractors.load.stamps import read_stamp

PLUS_7 = dt.timezone(dt.timedelta(hours=7))


@pytest.mark.parametrize("lines,signed_by,organisation,email,time", [
    (("Ký bởi: Ủy ban nhân dân tỉnh Quảng", "Ngãi", "Cơ quan: Tỉnh Quảng Ngãi", "Thời gian ký: 11/09/2024 19:14:21"),
     "Ủy ban nhân dân tỉnh Quảng Ngãi", "Tỉnh Quảng Ngãi", None, dt.datetime(2024, 9, 11, 19, 14, 21)),
    (("Ký bởi: Ủy ban nhân dân", "tỉnh Quảng Ngãi", "Thời gian ký: 05/01/2021", "08:15:24"),
     "Ủy ban nhân dân tỉnh Quảng Ngãi", None, None, dt.datetime(2021, 1, 5, 8, 15, 24)),
    (("TRUNG TÂM CÔNG", "BÁO VÀ TIN HỌC", "ttcbth@quangngai.gov.", "vn", "12.09.2024 07:49:43", "+07:00"),
     "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", None, "ttcbth@quangngai.gov.vn", dt.datetime(2024, 9, 12, 7, 49, 43, tzinfo=PLUS_7)),
    (("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "Email: thongtinchinhphu@chinhphu.vn",
      "Cơ quan: VĂN PHÒNG CHÍNH PHỦ", "Thời gian ký: 20.09.2024 16:40:43 +07:00"),
     "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ", "thongtinchinhphu@chinhphu.vn",
     dt.datetime(2024, 9, 20, 16, 40, 43, tzinfo=PLUS_7)),
])
def test_stamp_shapes(lines, signed_by, organisation, email, time) -> None:
    stamp = read_stamp(lines, page=1)
    assert (stamp.signed_by, stamp.organisation, stamp.email, stamp.time) == (signed_by, organisation, email, time)
    assert stamp.text == "\n".join(lines)


@pytest.mark.parametrize("lines", [
    ("2. Thời gian: Vào lúc 08:00:00, ngày 09/11/2024 (sáng Thứ Bảy).",),  # a time, no label, no address
    ("Mọi góp ý gửi về địa chỉ thư điện tử ttcbth@quangngai.gov.vn.",),  # an address, no time
    ("Cơ quan: Sở Nội vụ", "Thời gian: 31/02/2024"),  # a label, no time of day
])
def test_letter_lines_are_no_stamp(lines) -> None:
    assert read_stamp(lines, page=1) is None


@pytest.mark.parametrize("read,printed", [
    ("CỌNG HÒA XÃ HỘI CHÚ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("QUYÉT ĐỊNH", "QUYẾT ĐỊNH"),
    ("QUYÉT ĐỊNH:", "QUYẾT ĐỊNH:"),
    ("Só: 1053/QĐ-TTg", "Số: 1053/QĐ-TTg"),
    ("Nai nhận:", "Nai nhận:"),  # two letters off: not a tone slip
    ("PHO CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("KT. CHU TỊCH", "KT. CHỦ TỊCH"),
    ("TỔ CHỨC", "TỔ CHỨC"),  # not every word of a title: left as read
    ("Hà Tĩnh", "Hà Tĩnh"),
    ("TÍNH QUÁNG NGAI", "TỈNH QUẢNG NGÃI"),  # a province, tone marks aside
    ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"),
    ("ÚY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),  # an authority's name opening the line
    ("Quyết định này", "Quyết định này"),
])
def test_fixed_lines_restored(read, printed) -> None:
    assert restore(read) == printed
