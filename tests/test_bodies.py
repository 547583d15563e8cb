"""Issuer names: canonical forms, the header's agency column, the administrative map."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.agency_names import canonical
from extractors.bodies import (
    complete_locality,
    divisions,
    lookup,
    make_body,
    place_in_map,
    split_bodies,
)
from extractors.data.tones import unify_tones

CANONICAL = [
    ("UỶ BAN NHÂN DÂN HUYỆN BÌNH SƠN", "Ủy ban nhân dân huyện Bình Sơn"),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("UBND THÀNH PHỐ HÀ NỘI", "Ủy ban nhân dân thành phố Hà Nội"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG", "Sở Giáo dục và Đào tạo tỉnh Cao Bằng"),
    ("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động – Thương binh và Xã hội"),
    ("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"),
    ("Uỷ ban nhân dân tỉnh Thanh Hoá", "Ủy ban nhân dân tỉnh Thanh Hóa"),
    ("HĐND tỉnh Quảng Ngãi", "Hội đồng nhân dân tỉnh Quảng Ngãi"),
    ("ĐẢNG ĐOÀN QUỐC HỘI", "Đảng đoàn Quốc hội"),
]


@pytest.mark.parametrize("printed, expected", CANONICAL)
def test_canonical(printed: str, expected: str) -> None:
    assert canonical(printed) == expected


@pytest.mark.parametrize("printed, expected", [("Uỷ", "Ủy"), ("hoá", "hóa"), ("Quỹ", "Quỹ"), ("đoàn", "đoàn"),
                                               ("THUỶ SẢN", "THỦY SẢN")])
def test_tone_placement(printed: str, expected: str) -> None:
    assert unify_tones(printed) == expected


SPLITS = [
    (["UBND THÀNH PHỐ HÀ", "NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]),
    (["ỦY", "BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"]),
    (["BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ", "HỘI"], ["BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"]),
    (["VĂN PHÒNG CHÍNH", "PHỦ"], ["VĂN PHÒNG CHÍNH PHỦ"]),
    (["BỘ TÀI CHÍNH", "CỤC THUẾ"], ["BỘ TÀI CHÍNH", "CỤC THUẾ"]),
    (["HỘI ĐỒNG NHÂN", "DÂN", "THÀNH PHỐ HÀ NỘI"], ["HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI"]),
    (["BỘ TÀI CHÍNH", "CỤC", "HẢI QUAN"], ["BỘ TÀI CHÍNH", "CỤC HẢI QUAN"]),
    (["CHÍNH PHỦ"], ["CHÍNH PHỦ"]),
    # bk_ca72de8fb303 re-wrapped: a head broken after its first word opens the next body
    (["UBND", "THÀNH PHỐ HÀ NỘI", "TRUNG", "TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"],
     ["UBND THÀNH PHỐ HÀ NỘI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"]),
    (["CỤC HẢI QUAN", "THÀNH PHỐ HÀ NỘI"], ["CỤC HẢI QUAN THÀNH PHỐ HÀ NỘI"]),  # "thành phố" opens no body
]


@pytest.mark.parametrize("lines, bodies", SPLITS)
def test_split_bodies(lines: list[str], bodies: list[str]) -> None:
    assert split_bodies(lines) == bodies


MAP = [  # (canonical name, level, province before 2025, province after)
    ("Ủy ban nhân dân huyện Bình Sơn", "huyện", "Quảng Ngãi", "Quảng Ngãi"),
    ("Ủy ban nhân dân tỉnh Lai Châu", "tỉnh", "Lai Châu", "Lai Châu"),
    ("Ủy ban nhân dân tỉnh Hà Giang", "tỉnh", "Hà Giang", "Tuyên Quang"),  # merged in 2025
    ("Ủy ban nhân dân tỉnh Bình Dương", "tỉnh", "Bình Dương", "Hồ Chí Minh"),
    ("Ủy ban nhân dân thành phố Hồ Chí Minh", "tỉnh", "Hồ Chí Minh", "Hồ Chí Minh"),
    ("Bộ Nội vụ", "trung ương", None, None),
    ("Ủy ban nhân dân thị xã", "huyện", None, None),
    ("Bộ Lao động – Thương binh và Xã hội", "trung ương", None, None),
]


@pytest.mark.parametrize("name, level, province, province_2025", MAP)
def test_place_in_map(name: str, level: str | None, province: str | None, province_2025: str | None) -> None:
    assert place_in_map(name) == (level, province, province_2025)


def test_district_shared_by_two_provinces_needs_context() -> None:
    """An Lão is a district of Bình Định and of Hải Phòng: the text settles it."""
    assert place_in_map("Ủy ban nhân dân huyện An Lão")[1] is None
    assert place_in_map("Ủy ban nhân dân huyện An Lão", context="UBND tỉnh Bình Định")[1] == "Bình Định"


@pytest.mark.parametrize("name, place, expected", [
    ("UBND huyện", "Bình Sơn", "UBND huyện Bình Sơn"),
    ("UBND huyện", "Hà Nội", "UBND huyện"),  # a province is not a district
    ("UBND thị xã", None, "UBND thị xã"),
    ("UBND huyện An Lão", "Bình Sơn", "UBND huyện An Lão"),  # already named
])
def test_complete_locality(name: str, place: str | None, expected: str) -> None:
    assert complete_locality(name, place) == expected


def test_body_takes_its_province_from_the_parent() -> None:
    b = make_body("SỞ GIÁO DỤC VÀ ĐÀO TẠO", parent="UBND THÀNH PHỐ HÀ NỘI")
    assert (b.name, b.canonical, b.parent) == ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo",
                                              "Ủy ban nhân dân thành phố Hà Nội")
    assert (b.level, b.province, b.province_2025) == ("tỉnh", "Hà Nội", "Hà Nội")


def test_admin_table_shape() -> None:
    kinds: dict[str, int] = {}
    for d in divisions():
        kinds[d.kind] = kinds.get(d.kind, 0) + 1
    assert kinds["province"] == 63 and kinds["province2025"] == 34
    assert kinds["district"] > 690 and kinds["ward2025"] > 3000
    assert lookup("ward", "Đặc khu Côn Đảo")[0].province_2025 == "Hồ Chí Minh"


def test_admin_table_matches_vietnam_provinces() -> None:
    """The 34 provinces of 2025 are those of the vietnam-provinces release."""
    vp = pytest.importorskip("vietnam_provinces")
    names = {p.name.removeprefix("Thành phố ") for p in vp.Province.iter_all()}
    ours = {d.province_2025 for d in divisions() if d.kind == "province2025"}
    assert ours == names


def test_admin_table_is_up_to_date() -> None:
    """Regenerating the table from underthesea's mapping gives the committed file."""
    underthesea = pytest.importorskip("underthesea")
    from extractors.data import build_admin_divisions

    if not (Path(underthesea.__file__).parent / "address" / "data" / "mapping.json").exists():
        pytest.skip("this underthesea has no address-conversion table (9.5.0 has it; 8.0.0 does not)")
    assert build_admin_divisions.render() == build_admin_divisions.TABLE.read_text(encoding="utf-8")
