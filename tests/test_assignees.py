"""Assignee names read from real corpus lines, and their canonical keys."""
from __future__ import annotations

import pytest

from extractors.agency_names import group_key
from extractors.assignees import read_names

# (text starting at the names, expected names, the text right after them)
RUNS = [
    ("Các phòng, ban, đơn vị thuộc huyện và UBND các xã, thị trấn căn cứ chức năng",
     ("Các phòng, ban, đơn vị thuộc huyện", "UBND các xã, thị trấn"), "căn cứ"),
    ("Thủ trưởng các cơ quan, ban, ngành, Chủ tịch UBND các xã, thị trấn\n",
     ("Thủ trưởng các cơ quan, ban, ngành", "Chủ tịch UBND các xã, thị trấn"), ""),
    ("Sở Xây dựng chủ trì, phối hợp với Trung tâm Chuyển đổi số Thành phố", ("Sở Xây dựng",), "chủ trì"),
    ("Sở Nông nghiệp và Môi trường Khẩn trương chia sẻ toàn bộ", ("Sở Nông nghiệp và Môi trường",), "Khẩn"),
    ("UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc thực hiện nghiêm túc",
     ("UBND các xã, phường", "các đơn vị, cơ sở giáo dục trực thuộc"), "thực hiện"),
    ("Văn phòng HĐND và UBND huyện: Tổng hợp, báo cáo", ("Văn phòng HĐND và UBND huyện",), ":"),
    ("Phòng Tài chính - Kế hoạch: Tổng hợp", ("Phòng Tài chính - Kế hoạch",), ":"),
    ("Sở Giáo dục và Đào tạo chủ trì, phối hợp", ("Sở Giáo dục và Đào tạo",), "chủ trì"),
    ("Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an chỉ đạo các đơn vị",
     ("Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an"), "chỉ đạo"),
    ("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ có trách nhiệm lập kế hoạch",
     ("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ",), "có trách nhiệm"),
    ("các cơ quan, đơn vị, địa phương định kỳ hàng quý, 6 tháng", ("các cơ quan, đơn vị, địa phương",), "định kỳ"),
    # headings of a Công điện and a Công văn of two ministries (bulk)
    ("Các Sở Xây dựng nêu trên", ("Các Sở Xây dựng nêu trên",), ""),
    ("Cục Kinh tế - Quản lý đầu tư xây dựng", ("Cục Kinh tế - Quản lý đầu tư xây dựng",), ""),
    ("Cục Kết cấu hạ tầng xây dựng tham mưu việc chỉ đạo", ("Cục Kết cấu hạ tầng xây dựng",), "tham mưu"),
    ("Vụ Tổ chức cán bộ", ("Vụ Tổ chức cán bộ",), ""),
    ("Tiểu ban giúp việc Ban Chỉ đạo 934", ("Tiểu ban giúp việc Ban Chỉ đạo 934",), ""),
    ("Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ tập trung nguồn lực",
     ("Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ",), "tập trung"),
    # members listed after a colon: places joined by "và" too, ministries named with "và" kept whole;
    # the name as written last, as readers keep it whole as often as they split it
    ("Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi Báo cáo",
     ("Ủy ban nhân dân các tỉnh", "Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Khánh Hòa",
      "Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban nhân dân tỉnh Lâm Đồng",
      "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng"), "khẩn trương"),
    ("Các Bộ: Tài chính, Nông nghiệp và Môi trường, Xây dựng chỉ đạo",
     ("Các Bộ", "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng",
      "Các Bộ: Tài chính, Nông nghiệp và Môi trường, Xây dựng"), "chỉ đạo"),
    ("Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo",
     ("Bộ trưởng các Bộ", "Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an", "Bộ trưởng các Bộ: Quốc phòng, Công an"),
     "chỉ đạo"),
    ("Các Cục: Đường bộ Việt Nam, Kinh tế - Quản lý đầu tư xây dựng, Kết cấu hạ tầng xây dựng;",
     ("Các Cục", "Cục Đường bộ Việt Nam", "Cục Kinh tế - Quản lý đầu tư xây dựng", "Cục Kết cấu hạ tầng xây dựng",
      "Các Cục: Đường bộ Việt Nam, Kinh tế - Quản lý đầu tư xây dựng, Kết cấu hạ tầng xây dựng"), ";"),
    ("Các Bộ: Quốc phòng, Công an; UBND tỉnh, Sở Y tế chủ trì",
     ("Các Bộ", "Bộ Quốc phòng", "Bộ Công an", "Các Bộ: Quốc phòng, Công an", "UBND tỉnh", "Sở Y tế"), "chủ trì"),
    # a qualifier after "có" up to a strong duty is the name's (issue 15, class 4); not a duty of its own
    ("Các đơn vị có công trình chậm tiến độ khẩn trương rà soát", ("Các đơn vị có công trình chậm tiến độ",),
     "khẩn trương"),
    ("Sở Tài chính có văn bản gửi Bộ Xây dựng", ("Sở Tài chính",), "có văn bản"),
    # a committee's name runs on past the verb that names it
    ("Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp với",
     ("Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia",), "phối hợp"),
    # a field's verb is the duty when its object follows
    ("Sở Tài chính xây dựng kế hoạch thực hiện", ("Sở Tài chính",), "xây dựng"),
    ("UBND các xã xây dựng, triển khai kế hoạch", ("UBND các xã",), "xây dựng"),
]


@pytest.mark.parametrize("text, names, after", RUNS)
def test_read_names(text, names, after):
    run = read_names(text)
    assert run is not None
    assert run.names == names
    assert text[run.end:].strip().startswith(after)


@pytest.mark.parametrize("text", ["Trường hợp có nhiệm vụ chưa hoàn thành", "Báo cáo kết quả thực hiện",
                                  "Tăng cường công tác kiểm tra", "Thực hiện Công văn số 1313/UBND-TTHC",
                                  "ban, tăng cường công tác kiểm tra",  # "tổ chức giao ban, ...": a meeting
                                  "Vụ việc phức tạp phải báo cáo ngay"])
def test_no_names_where_none_start(text):
    assert read_names(text) is None


@pytest.mark.parametrize("names, key", [
    (["Sở Nội vụ", "Giám đốc Sở Nội vụ", "SNV"], "Sở Nội vụ"),
    (["Chủ tịch UBND các xã, thị trấn", "UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn"],
     "Ủy ban nhân dân các xã, thị trấn"),
    (["Chánh Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"], "Văn phòng Ủy ban nhân dân tỉnh"),
    (["Uỷ ban nhân dân tỉnh Thanh Hoá", "Ủy ban nhân dân tỉnh Thanh Hóa"], "Ủy ban nhân dân tỉnh Thanh Hóa"),
    (["Bộ trưởng Bộ Xây dựng", "Bộ Xây dựng"], "Bộ Xây dựng"),
    (["Văn phòng HĐND&UBND huyện", "Văn phòng HĐND và UBND huyện"],
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
])
def test_canonical_groups_one_body(names, key):
    assert {group_key(n) for n in names} == {key}


def test_canonical_keeps_words_inside_names():
    assert group_key("các đoàn thể chính trị - xã hội") == "Đoàn thể chính trị - xã hội"
