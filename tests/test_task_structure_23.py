"""Tasks read from the document's structure, twenty-third round of issue 15: the items of a lead-in whose work recurs
("... định kỳ tổng hợp báo cáo ... như sau:") recur on the day and month they give with no year; a body said what it
is before its responsibility ("Sở ... là cơ quan chủ quản ..., chịu trách nhiệm ...") owns the duty; holders of a scope
heading joined by "và" before a capital are a name each. Each on the real
document, with the shape beside it that stays as it was.
"""
from __future__ import annotations

from datetime import date

from extractors.deadlines import every_year, find_deadline, states_period
from extractors.tasks.reading import heading_names
from real_documents import central_tasks, having


def test_a_periodic_lead_in_makes_its_items_dates_without_a_year_recur():
    # Lào Cai's plan for Nghị định 178/2026/NĐ-CP: "Các sở quản lý chuyên ngành định kỳ tổng hợp báo cáo ... như sau:" /
    # "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7; Sở Tài chính tổng hợp báo cáo Ủy ban
    # nhân dân tỉnh trước ngày 10/7 ..."
    tasks = central_tasks("ext_146.txt")
    [half_year] = having(tasks, "Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7")
    assert half_year.deadline.kind == "recurring"
    assert half_year.deadline.recurrence == "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=5"
    assert half_year.deadline.date == date(2026, 7, 5)  # the first one, as read
    [yearly] = having(tasks, "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12")
    assert yearly.deadline.recurrence == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20"


def test_a_date_with_its_year_or_a_lead_in_that_states_no_period_stays_one_day():
    written = find_deadline("gửi Sở Tài chính trước ngày 05/7/2026", doc_year=2026)
    assert every_year(written) == written  # a year printed: that one day
    bare = find_deadline("gửi Sở Tài chính trước ngày 05/7", doc_year=2026)
    assert every_year(bare).recurrence == "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=5"
    assert states_period("Các sở định kỳ tổng hợp báo cáo kết quả như sau:")
    assert states_period("Hằng quý, các đơn vị báo cáo như sau:")
    assert not states_period("Các sở tổng hợp báo cáo kết quả thực hiện như sau:")


def test_a_body_said_what_it_is_before_its_responsibility_owns_the_duty():
    # Lào Cai's Quy chế on environmental data: "Sở Nông nghiệp và Môi trường là cơ quan chủ quản cơ sở dữ liệu tài
    # nguyên và môi trường, chịu trách nhiệm bảo đảm an toàn và bảo mật thông tin, ..."
    [safety] = having(central_tasks("ext_152.txt"), "chịu trách nhiệm bảo đảm an toàn và bảo mật thông tin")
    assert safety.assignees == ["Sở Nông nghiệp và Môi trường"]
    # Thông tư on the electronic labour-contract platform: "Bộ Nội vụ là cơ quan chủ quản của Nền tảng ..., có trách
    # nhiệm: quản lý, vận hành ..."
    [platform] = having(central_tasks("ext_48.txt"), "Bộ Nội vụ là cơ quan chủ quản của Nền tảng")
    assert platform.assignees == ["Bộ Nội vụ"]
    # what a body is, with no responsibility after it, places no duty: "Hội đồng Y khoa Quốc gia là tổ chức do Thủ
    # tướng Chính phủ thành lập có chức năng ..."
    assert not having(central_tasks("ext_28.txt"), "Hội đồng Y khoa Quốc gia là tổ chức do Thủ tướng")


def test_holders_joined_by_and_before_a_capital_are_each_a_name_of_the_scope():
    # Sở Công Thương Lào Cai's decision, "Điều 2. Trách nhiệm của Phó Trưởng phòng được phân công phụ trách lĩnh vực
    # khoáng sản và Chuyên viên được giao nhiệm vụ" over "2. Ngay sau khi lập biên bản ..., có trách nhiệm hoàn thiện hồ sơ"
    title = "Trách nhiệm của Phó Trưởng phòng được phân công phụ trách lĩnh vực khoáng sản và Chuyên viên được giao nhiệm vụ"
    assert heading_names(title) == ("Phó Trưởng phòng được phân công phụ trách lĩnh vực khoáng sản",
                                    "Chuyên viên được giao nhiệm vụ")
    [dossier] = having(central_tasks("ext_151.txt"), "có trách nhiệm hoàn thiện hồ sơ, báo cáo")
    assert dossier.assignees == ["Phó Trưởng phòng được phân công phụ trách lĩnh vực khoáng sản",
                                 "Chuyên viên được giao nhiệm vụ"]
    # one name with "và" before a capital inside it stays one; so do a holder said what it is and an agent's names
    assert heading_names("Trách nhiệm của Sở Lao động - Thương binh và Xã hội") == ("Sở Lao động - Thương binh và Xã hội",)
    assert heading_names("Trách nhiệm của Ban Thường vụ các hội do Đảng và Nhà nước giao nhiệm vụ") == (
        "Ban Thường vụ các hội do Đảng và Nhà nước giao nhiệm vụ",)
    assert heading_names("Nhiệm vụ, quyền hạn của Phó Chủ tịch Hội đồng là Cục trưởng Cục Quản lý Khám, chữa bệnh và "
                         "Cục trưởng Cục Khoa học công nghệ và Đào tạo kiêm nhiệm") == ()
