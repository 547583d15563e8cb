"""Tasks read from the document's structure, twentieth round of issue 15: a name the text gives
short of the qualifier its Kính gửi entry ends with ("yêu cầu đồng chí Cục trưởng Cục Thuế các
tỉnh, thành phố chỉ đạo ..." in a letter to "Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc
Trung ương"). Each on the real document, with the shape beside it that stays as it was.
"""
from __future__ import annotations

from extractors.tasks.addressed import entry_qualified
from real_documents import central_tasks, having


def test_a_name_short_of_its_recipient_entry_takes_the_entry_qualifier():
    # Tổng cục Thuế's letter (OCR of a scan) to "Cục trưởng Cục Thuế các tỉnh, thành phó trực thuộc Trung ương" (the
    # scan's "phó"): its lead-in "yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố chỉ đạo triển khai ..."
    # names them short of "trực thuộc Trung ương"; the name keeps the text's own spelling
    tasks = central_tasks("ext_96.txt")
    [briefing] = having(tasks, "Tổ chức, quán triệt và giao nhiệm vụ")
    assert briefing.assignees == ["đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]
    # a customs letter to "Cục Hải quan các tỉnh, thành phố": its "Cục Hải quan báo cáo Tổng cục Hải quan ..." is
    # each of them
    [report] = having(central_tasks("ext_61.txt"), "Cục Hải quan báo cáo Tổng cục Hải quan xem xét")
    assert report.assignees == ["Cục Hải quan các tỉnh, thành phố"]


def test_a_name_that_is_a_kind_or_opens_a_list_stays_as_read():
    # another item of a list after the name is no qualifier of it; a short name is a kind, not a recipient cut short;
    # two entries it opens say no one of them
    assert entry_qualified("Ủy ban nhân dân các huyện", ["Ủy ban nhân dân các huyện, thị xã, thành phố"]) is None
    assert entry_qualified("các Sở", ["Các Sở, ban, ngành tỉnh"]) is None
    assert entry_qualified("Cục Thuế tỉnh", ["Cục Thuế tỉnh Bắc Ninh", "Cục Thuế tỉnh Hà Nam"]) is None
    several = ["Ủy ban nhân dân tỉnh Quảng Ngãi, Bình Định, Phú Yên và Khánh Hòa"]
    assert entry_qualified("Ủy ban nhân dân tỉnh", several) is None
    assert entry_qualified("Sở Tài chính", ["Sở Tài chính"]) is None
