"""Tasks read from the document's structure, third round of issue 15: one test per
class of misses on the third tuning set (`fixtures/task_tuning_set_3/`), each on a real
document of the visible corpora, and items under a scope naming an assignee that are
not duties and stay out.
"""
from __future__ import annotations

from datetime import date

from extractors.deadlines import effective_date, find_deadline

from real_documents import CORPUS, having, tasks_of


# Qualified names: a generic head and its whole qualifier, up to the duty

def test_a_qualifier_with_commas_stays_in_the_name():
    # bulk (Thông tư 37/2025/TT-BXD): "2. Đơn vị cung cấp dịch vụ kiểm định, kiểm tra có trách nhiệm kê khai ..."
    tasks = tasks_of("bk_875cbe611015.txt")
    [duty] = having(tasks, "kê khai, niêm yết, công khai thông tin về giá")
    assert duty.assignees == ["Đơn vị cung cấp dịch vụ kiểm định, kiểm tra"]
    # "Đơn vị cung cấp dịch vụ kiểm định, kiểm tra được thu các chi phí ...": a right, no duty
    assert not having(tasks, "được thu các chi phí lưu trú")


def test_joined_heads_take_a_qualifier_that_ends_in_a_reference():
    # bulk (Nghị quyết of a city council): "2. Cơ quan, đơn vị thực hiện nội dung chi theo Phụ lục III có trách nhiệm"
    [duty] = having(tasks_of("bk_d2ab0055765c.txt"), "bảo đảm không chi trùng lặp")
    assert duty.assignees == ["Cơ quan, đơn vị thực hiện nội dung chi theo Phụ lục III"]


def test_a_reference_to_the_text_itself_is_no_part_of_the_name():
    # bulk (Thông tư 33/2025/TT-BKHCN): "2. Doanh nghiệp thực hiện dự án sản xuất thiết bị điện tử quy định tại
    # Thông tư này có trách nhiệm:" over its points a) and b)
    tasks = tasks_of("bk_fd4febcd7fbe.txt")
    for words in ("Tự chứng minh việc đáp ứng tiêu chí", "Cung cấp, cập nhật thông tin dự án"):
        [duty] = having(tasks, words)
        assert duty.assignees == ["Doanh nghiệp thực hiện dự án sản xuất thiết bị điện tử"]


def test_a_name_runs_on_through_a_long_field_to_its_duty():
    # central (Nghị định on inspection in the Công an nhân dân): "1. Thanh tra Cục Cảnh sát quản lý trại giam,
    # cơ sở giáo dục bắt buộc, trường giáo dưỡng có trách nhiệm giúp Cục trưởng quản lý công tác thanh tra ..."
    duties = having(tasks_of("ce_012.txt", "central"), "giúp Cục trưởng quản lý công tác thanh tra")
    assert ["Thanh tra Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng"] in [
        d.assignees for d in duties]


def test_a_relative_clause_goes_on_and_a_passive_rule_is_no_duty():
    # bulk: "... các cơ quan, đơn vị chủ trì thực hiện các nhiệm vụ được giao gửi Bộ ... báo cáo": "được giao"
    # is no right granted; the duty is still read
    [duty] = having(tasks_of("bk_646f0a00d417.txt"), "chủ trì thực hiện các nhiệm vụ được giao gửi Bộ")
    assert duty.assignees == ["các cơ quan, đơn vị"]
    # central (Quyết định 33/2025/QĐ-TTg): "Trung tâm dữ liệu, hệ thống thông tin, mạng nội bộ phải được kiểm tra"
    assert not having(tasks_of("ce_003.txt", "central"), "phải được kiểm tra trước khi kết nối")


def test_a_scope_of_duties_in_a_procedure_leaves_its_cases_out():
    # bulk (a Quy chế attached to a Quyết định): "4. Cơ quan tiếp nhận hồ sơ và trả kết quả theo quy định tại
    # khoản 1, khoản 2 và khoản 3 Điều này có trách nhiệm:" names who acts for its points; a point that opens
    # with a case ("a) Trường hợp hồ sơ đầy đủ, ...") and the cases under it are no duties of that body
    tasks = tasks_of("bk_5a80798bbf98.txt")
    [check] = having(tasks, "Kiểm tra tính chính xác, đầy đủ của hồ sơ")
    assert check.assignees == ["Cơ quan tiếp nhận hồ sơ và trả kết quả"]
    assert not having(tasks, "Trường hợp hồ sơ đầy đủ, chính xác theo quy định")
    assert not having(tasks, "Trường hợp từ chối nhận hồ sơ")


# Shared levels: "Hội đồng nhân dân, Ủy ban nhân dân các cấp"

def test_bare_heads_share_the_level_of_the_name_after_them():
    # central (Nghị quyết of the Quốc hội): "3. Hội đồng nhân dân, Ủy ban nhân dân các cấp, trong phạm vi ...,
    # có trách nhiệm:" then "a) Tổ chức thực hiện Nghị quyết tại địa phương;"
    [duty] = having(tasks_of("ce_009.txt", "central"), "Tổ chức thực hiện Nghị quyết tại địa phương")
    assert duty.assignees == ["Hội đồng nhân dân các cấp", "Ủy ban nhân dân các cấp",
                              "Hội đồng nhân dân, Ủy ban nhân dân các cấp"]


# Clauses of an article that open with a body's own name

def test_a_clause_of_an_article_opening_with_a_body_and_its_action_is_its_duty():
    # central (Nghị quyết of the Quốc hội), "Điều 7. Bảng giá đất": "3. Hội đồng nhân dân cấp tỉnh quyết định
    # bảng giá đất, công bố và áp dụng từ ngày 01 tháng 01 năm 2026; ..."
    [duty] = having(tasks_of("ce_009.txt", "central"), "quyết định bảng giá đất, công bố")
    assert duty.assignees == ["Hội đồng nhân dân cấp tỉnh"]
    # bulk (Thông tư 37/2025/TT-BXD), "Điều 2. Nguyên tắc xác định giá": "4. Thuế giá trị gia tăng, lệ phí cấp
    # giấy chứng nhận được thu theo quy định ...": a rule on a thing, no body's duty
    assert not having(tasks_of("bk_875cbe611015.txt"), "lệ phí cấp giấy chứng nhận được thu")


# Lead-ins that state a whole duty before the clause opening their list

def test_a_lead_in_assigning_a_whole_duty_before_its_list_is_a_task():
    # bulk (Nghị quyết of the Chính phủ): "Giao Bộ Công an chủ trì, ... nghiên cứu, tiếp thu tối đa ý kiến Thành
    # viên Chính phủ; Bộ Công an chịu trách nhiệm ..., bảo đảm một số yêu cầu sau:"
    tasks = tasks_of("bk_45cc2b3cda45.txt")
    [duty] = having(tasks, "nghiên cứu, tiếp thu tối đa ý kiến")
    assert duty.assignees == ["Bộ Công an"]
    # "Giao Sở Tài chính, Sở Nông nghiệp và Môi trường chủ trì, phối hợp với ...:" holds no clause of its own
    # before the one opening its list, whose items only share its work out ("- Sở Tài chính đối với thủ tục hành chính
    # số 03 ..."): one task, the lead-in's (round 25), none more for its items
    leads = [t for t in tasks_of("bk_f37e7838925f.txt") if "xây dựng quy trình nội bộ" in t.action]
    assert len(leads) == 1 and leads[0].text.startswith("Giao Sở Tài chính")


def test_a_duty_retyped_in_a_news_summary_above_the_text_is_one_task():
    # bulk: a news summary ("(1) Quán triệt và thể chế hóa ... tinh gọn ...") above the Nghị quyết itself
    # ("1. Quán triệt và thể chế hóa ... tinh, gọn ..."): one task, from the text
    tasks = tasks_of("bk_45cc2b3cda45.txt")
    [duty] = having(tasks, "Quán triệt và thể chế hóa đầy đủ")
    assert "tinh, gọn" in duty.action


# Deadlines counted from the document

def test_a_time_limit_naming_no_event_counts_from_the_document():
    # bulk (Quyết định 2916/QĐ-UBND of 24/11/2025, a Monday): "Giao Sở Nông nghiệp và Môi trường chủ trì, ...
    # trong thời hạn 03 ngày làm việc xây dựng quy trình điện tử ..."
    [duty] = having(tasks_of("bk_adc1d34379e9.txt"), "xây dựng quy trình điện tử giải quyết TTHC")
    assert duty.deadline.date == date(2025, 11, 27)
    found = find_deadline("trong thời hạn 03 ngày làm việc, kể từ ngày nhận được hồ sơ", doc_date=date(2025, 11, 24))
    assert found.date is None  # an event the text does not date


def test_a_time_limit_from_the_effect_of_the_decision_counts_from_its_effect_clause():
    # bulk: "... trong thời hạn 03 ngày kể từ ngày Quyết định có hiệu lực thi hành." and "1. Quyết định có hiệu
    # lực thi hành kể từ ngày ký" (16/11/2025)
    [duty] = having(tasks_of("bk_741f24db1e77.txt"), "thiết lập quy trình điện tử trên Hệ")
    assert duty.deadline.date == date(2025, 11, 19)
    # a Thông tư taking effect on a date of its own
    text = (CORPUS / "bulk" / "bk_875cbe611015.txt").read_text(encoding="utf-8")
    assert effective_date(text, date(2025, 11, 21)) == date(2026, 1, 8)
