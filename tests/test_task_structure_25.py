"""Tasks read from the document's structure, twenty-fifth round of issue 15: who was given the work is named by its
clause. A head followed by "được giao" / "được phân công" and what it was given is one name up to the duty its clause
ends on, however long ("Cơ quan được giao kinh phí bảo đảm chuyến bay chuyên cơ, chuyên khoang của Việt Nam chịu trách
nhiệm ..."), for a head the lexicon knows and for a person named by the shape of the phrase ("Cán bộ mới được phân công
...", "Người được giao ..."); a capitalised phrase whose lower-case words run to a responsibility is named by them
("Cơ sở giáo dục trực tiếp nhận gạo hỗ trợ có trách nhiệm ..."). A lead-in that dates the work it details ("...,
hoàn thành trong tháng 11 năm 2025, cụ thể:") dates each of its items that states no time of its own; one whose items
only share its work out ("- Sở Tài chính đối với thủ tục hành chính số 03 ...") is the task. Past a time opener, a
person named in lower case by what they do or own takes the duty that follows ("Trong thời gian ..., chủ cơ sở phải
..."); a scope ("Đối với ...:") runs to its colon however long whom it concerns, an aside in brackets whole. Each on
the real document, with the shapes beside it that stay as they were: people listed before a rule on them, a
responsibility inside a name, an item's own time, an office holder who asks, a colon inside an aside.
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


def test_items_that_share_out_a_lead_ins_work_leave_the_lead_in_as_the_task():
    # Nghệ An's decision 3850/QĐ-UBND: "Điều 2. Giao Sở Tài chính, Sở Nông nghiệp và Môi trường chủ trì, ... xây dựng quy
    # trình nội bộ, thiết lập quy trình điện tử giải quyết thủ tục hành chính ..., cụ thể:" / "- Sở Tài chính đối với thủ
    # tục hành chính số 03 tại Danh mục kèm theo;" / "- Sở Nông nghiệp và Môi trường đối với thủ tục hành chính số 01, 02
    # ...": each item names a body and its share, no act of its own
    [build] = having(tasks_of("bk_f37e7838925f.txt"), "thiết lập quy trình điện tử giải quyết thủ tục hành chính")
    assert build.assignees == ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"]


def test_a_person_named_by_what_they_own_past_a_time_opener():
    # Hà Nội council's resolution 79/2025/NQ-HĐND: "2. Trong thời gian thực hiện các thủ tục phục vụ việc di dời, chủ cơ
    # sở phải giảm trữ lượng, khối lượng tồn chứa chất, hàng nguy hiểm ..."
    [reduce] = having(tasks_of("bk_edc6fac0e3b3.txt"), "phải giảm trữ lượng, khối lượng tồn chứa chất")
    assert reduce.assignees == ["chủ cơ sở"]


def test_an_office_holder_who_asks_is_no_person_named_by_what_they_do():
    # Hà Nội's letter: "Chủ tịch Ủy ban nhân dân Thành phố đề nghị các cơ quan, đơn vị khẩn trương, nghiêm túc triển khai
    # ...": "Chủ tịch" is an office, not an owner ("chủ cơ sở"); those asked act
    [carry_out] = having(tasks_of("hd_002.txt", "dev"), "khẩn trương, nghiêm túc triển khai thực hiện đầy đủ")
    assert carry_out.assignees == ["các cơ quan, đơn vị"]


def test_a_scope_runs_to_its_colon_past_a_long_exception():
    # the same resolution: "2. Đối với các cơ quan, tổ chức, đơn vị, hộ gia đình và cá nhân không thuộc đối tượng, phạm
    # vi quy định tại khoản 1, Điều này (trừ đối tượng thuộc loại hình nhà chung cư, tập thể đã bán hết cho người dân
    # hoặc ... không xác định rõ chủ sở hữu): Người đứng đầu cơ sở, chủ đầu tư chủ động bố trí kinh phí ..." (some 290
    # characters of whom it concerns)
    [fund] = having(tasks_of("bk_edc6fac0e3b3.txt"), "chủ động bố trí kinh phí để xây dựng phương án di chuyển")
    assert fund.assignees == ["Người đứng đầu cơ sở, chủ đầu tư"]


def test_a_colon_inside_an_aside_ends_no_scope():
    # Tổng cục Thuế's letter: "3/ Đối với 13 Cục Thuế ... tại Công văn số 2054/TCT-TTr ngày 13/5/2015, yêu cầu có báo cáo
    # kết quả ... (gửi file mềm về địa chỉ mail: ntttrang@gdt.gov.vn ...)": the colon of the aside closes no label, the
    # request stays in the item's work
    [report] = having(central_tasks("ext_82.txt"), "Đối với 13 Cục Thuế có điều tiết ngân sách trung ương")
    assert "yêu cầu có báo cáo kết quả đã thực hiện" in report.action
