"""Tasks read from the document's structure, twenty-fifth round of issue 15: who was given the work is named by its
clause. A head followed by "được giao" / "được phân công" and what it was given is one name up to the duty its clause
ends on, however long ("Cơ quan được giao kinh phí bảo đảm chuyến bay chuyên cơ, chuyên khoang của Việt Nam chịu trách
nhiệm ..."), for a head the lexicon knows and for a person named by the shape of the phrase ("Cán bộ mới được phân công
...", "Người được giao ..."); a capitalised phrase whose lower-case words run to a responsibility is named by them
("Cơ sở giáo dục trực tiếp nhận gạo hỗ trợ có trách nhiệm ..."). A lead-in that dates the work it details ("...,
hoàn thành trong tháng 11 năm 2025, cụ thể:") dates each of its items that states no time of its own. Each on the real
document, with the shapes beside it that stay as they were: people listed before a rule on them, a responsibility
inside a name, an item's own time.
"""
from __future__ import annotations

from real_documents import central_tasks, having, tasks_of


def test_a_body_given_funds_is_named_through_its_clause():
    # Decree on special flights: "Cơ quan được giao kinh phí bảo đảm chuyến bay chuyên cơ, chuyên khoang của Việt Nam chịu
    # trách nhiệm quyết toán kinh phí được giao, ..." (past 80 characters of what it was given)
    [settle] = having(central_tasks("ext_107.txt"), "chịu trách nhiệm quyết toán kinh phí được giao")
    assert settle.assignees[0] == "Cơ quan được giao kinh phí bảo đảm chuyến bay chuyên cơ, chuyên khoang của Việt Nam"


def test_a_person_given_the_work_is_named_by_it():
    # Thông tư on those barred from leaving their residence: "Cán bộ mới được phân công quản lý, theo dõi có trách nhiệm
    # tham mưu xây dựng kế hoạch, ..."
    [plan] = having(central_tasks("ext_46.txt"), "có trách nhiệm tham mưu xây dựng kế hoạch")
    assert plan.assignees == ["Cán bộ mới được phân công quản lý, theo dõi"]
    # a 2000s office regulation (legacy .doc): "5. Người được giao quản lý sử dụng tài sản có trách nhiệm giữ gìn bảo quản."
    [keep] = having(tasks_of("hd_059.doc", "legacy"), "có trách nhiệm giữ gìn bảo quản")
    assert keep.assignees == ["Người được giao quản lý sử dụng tài sản"]


def test_people_listed_before_a_rule_on_them_take_no_duty():
    # Decree on complaints: "1. Người có thẩm quyền giải quyết khiếu nại, người được giao nhiệm vụ xác minh nội dung khiếu
    # nại, người can thiệp ..., người có trách nhiệm tổ chức thi hành quyết định ... mà có hành vi vi phạm ... thì ... bị
    # xử lý kỷ luật": "người có trách nhiệm ..." is one more of those listed, who are disciplined, not told to act
    assert not having(central_tasks("ext_43.txt"), "có trách nhiệm tổ chức thi hành quyết định giải quyết khiếu nại có hiệu")


def test_a_phrase_running_to_a_responsibility_names_the_body():
    # Decision on rice for schools: "c) Cơ sở giáo dục trực tiếp nhận gạo hỗ trợ có trách nhiệm bảo quản an toàn ..."
    # ("hỗ trợ", a verb of its own elsewhere, is what the rice is)
    [store] = having(central_tasks("ext_130.txt"), "có trách nhiệm bảo quản an toàn về số lượng")
    assert store.assignees == ["Cơ sở giáo dục trực tiếp nhận gạo hỗ trợ"]


def test_a_lead_in_that_dates_the_work_dates_its_items():
    # Công điện 220/CĐ-TTg: "b) Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ khẩn trương khắc phục các bất cập ..., hoàn
    # thành trong tháng 11 năm 2025, cụ thể:" / "(1) Bộ Tài chính giải quyết 03 vấn đề tồn đọng ..." / "(2) Bộ Y tế ..."
    tasks = tasks_of("bk_344b9eec106a.txt")
    for opening in ("giải quyết 03 vấn đề tồn đọng", "hoàn thành nâng cấp, kết nối Hệ thống quản lý đăng ký",
                    "kịp thời khắc phục tình trạng chậm, lỗi", "hoàn thành kết nối Cơ sở dữ liệu người hưởng"):
        [item] = having(tasks, opening)
        assert item.deadline is not None and str(item.deadline.date) == "2025-11-30", (opening, item.deadline)
    # an item that states its own time keeps it: "1. ... hoàn thành ... trong năm 2025"
    assert any(t.deadline and str(t.deadline.date) == "2025-12-31" for t in having(tasks, "Tập trung chỉ đạo quyết liệt"))


def test_an_items_own_time_wins_over_its_lead_ins():
    # Thủ tướng's Công điện 230 as a news page carries: "Thủ tướng Chính phủ yêu cầu:" under a title "... trước
    # 30/11/2025" / "- Cơ quan thanh tra khẩn trương hoàn thành việc thanh tra ... trước ngày 26/11/2025."
    [inspect] = having(tasks_of("bk_fa0dcc139cec.txt"), "khẩn trương hoàn thành việc thanh tra và ban hành kết luận")
    assert str(inspect.deadline.date) == "2025-11-26"
