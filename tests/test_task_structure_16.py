"""Tasks read from the document's structure, sixteenth round of issue 15 (from the misses of
task_tuning_set_14, central texts annotated blind): a person named by what they do ("Người chịu
trách nhiệm chuyên môn") keeps the verb that names them; a shaped name runs on through where it
is ("... tại nhà thuốc trong khuôn viên ...") to its obligation; what a holder must meet to
qualify is no duty. Each on the real document, with the shape beside it that stays as it was.
"""
from __future__ import annotations

from extractors.assignees import shaped_name
from extractors.tasks.reading import heading_names, lists_parts, named_subject, read_duty, scope_names
from real_documents import FIXTURES, central_tasks, extracted, having, tasks_of


def test_a_person_named_by_what_they_do_keeps_the_verb_in_the_name():
    # Nghị định 131/2020/NĐ-CP, Điều 9: "Người chịu trách nhiệm chuyên môn hoặc người làm công tác dược lâm sàng tại
    # nhà thuốc trong khuôn viên cơ sở khám bệnh, chữa bệnh phải triển khai hoạt động dược lâm sàng ... như sau:"
    # over "a) Tư vấn, hướng dẫn, giải thích ..."; the name was cut to "Người" before "chịu trách nhiệm"
    tasks = central_tasks("ext_02.txt")
    [advice] = having(tasks, "Tư vấn để người bệnh tới khám thầy thuốc")
    assert advice.assignees == ["Người chịu trách nhiệm chuyên môn",
                                "người làm công tác dược lâm sàng tại nhà thuốc trong khuôn viên cơ sở khám bệnh, "
                                "chữa bệnh"]
    assert not [t for t in tasks if t.assignees == ["Người"]]
    run = shaped_name("Người chịu trách nhiệm chuyên môn về dược của nhà thuốc có thể đồng thời là ...")
    assert run is not None and run.names == ("Người chịu trách nhiệm chuyên môn",)
    # a head that names no person by a verb keeps the verb as its duty
    duty = read_duty("Các cơ sở giáo dục chịu trách nhiệm tổ chức thực hiện.")
    assert duty is not None and duty.assignees == ("Các cơ sở giáo dục",)


def test_where_a_shaped_name_is_qualifies_it_up_to_its_obligation():
    # Thanh tra Công an nhân dân (central): "Cán bộ thanh tra chuyên trách, cán bộ thanh tra kiêm nhiệm tại các cơ
    # quan, đơn vị không có tổ chức thanh tra có trách nhiệm tham mưu ..."
    [adviser] = having(tasks_of("ce_012.txt"), "có trách nhiệm tham mưu giúp Thủ trưởng đơn vị")
    assert adviser.assignees == ["Cán bộ thanh tra chuyên trách, cán bộ thanh tra kiêm nhiệm tại các cơ quan, đơn vị "
                                 "không có tổ chức thanh tra"]
    # where it is, then no obligation: no duty
    assert read_duty("Cán bộ thanh tra chuyên trách tại các cơ quan, đơn vị được hưởng phụ cấp.") is None


def test_what_a_holder_must_meet_to_qualify_is_no_duty():
    # Nghị định 131/2020/NĐ-CP, Điều 5: "1. Người phụ trách công tác dược lâm sàng tại cơ sở khám bệnh, chữa bệnh
    # phải đáp ứng điều kiện quy định tại Điều 21 Luật Dược ...": a condition of the role
    assert not having(central_tasks("ext_02.txt"), "phải đáp ứng điều kiện quy định tại Điều 21")
    assert read_duty("Người phụ trách công tác dược lâm sàng tại bệnh viện phải có đủ các tiêu chuẩn sau.") is None


def test_a_procedure_step_after_a_bodys_own_name_is_its_duty():
    # Quyết định 28/2021/QĐ-TTg, Điều 3: "a) Cơ quan bảo hiểm xã hội lập danh sách người lao động ... gửi người sử
    # dụng lao động."; Thông tư 66/2024/TT-BCA: "Cục Cảnh sát giao thông tiếp nhận hồ sơ và kiểm tra tiêu chuẩn ..."
    [listing] = having(central_tasks("ext_08.txt"), "lập danh sách người lao động đang tham gia")
    assert listing.assignees == ["Cơ quan bảo hiểm xã hội"]
    [intake] = having(tasks_of("ce_016.txt"), "tiếp nhận hồ sơ và kiểm tra tiêu chuẩn, điều kiện cấp Giấy phép xe")
    assert intake.assignees == ["Cục Cảnh sát giao thông"]
    # a bare head takes the step into its name: "cơ quan tiếp nhận hồ sơ", "cơ quan lập quy hoạch"
    assert not having(tasks_of("bk_5a80798bbf98.txt"), "tiếp nhận hồ sơ, cơ quan giải quyết hồ sơ thực hiện")
    assert read_duty("Cơ quan lập quy hoạch là Ban quản lý Khu kinh tế.") is None


def test_an_action_listing_its_parts_gives_duties_not_instances():
    # Nghị định 131/2020/NĐ-CP, Điều 6 (Khoa dược): "4. Tham gia xây dựng quy trình, hướng dẫn chuyên môn ... và giám
    # sát việc thực hiện các quy trình này, bao gồm:" over "a) Xây dựng các quy trình chuyên môn ...", "b) Phối hợp
    # với Hội đồng Thuốc và Điều trị ...", "c) Tham gia trực tiếp vào quá trình điều trị ..."
    tasks = central_tasks("ext_02.txt")
    for part in ("Xây dựng các quy trình chuyên môn liên quan", "Tham gia trực tiếp vào quá trình điều trị"):
        [duty] = having(tasks, part)
        assert "Khoa dược" in duty.assignees
    # a list that is no action's parts stays instances: "Thành phần gồm:", items that are no actions
    assert not lists_parts("Thành phần gồm:", "Phó Chủ tịch UBND tỉnh.")
    assert not lists_parts("Tham gia xây dựng quy trình, bao gồm:", "Quy trình giám sát sử dụng thuốc.")


def test_giving_a_view_in_a_procedure_is_a_step_but_a_replys_close_is_not():
    # Nghị định 16/2023/NĐ-CP, Điều 9: "Bộ Tài chính, Bộ quản lý ngành có ý kiến đối với các nội dung ... trong vòng
    # 15 ngày làm việc ...", "d) Bộ Quốc phòng, Bộ Công an tiếp thu, giải trình ý kiến thẩm định ..."
    tasks = central_tasks("ext_03.txt")
    [view] = having(tasks, "Bộ Kế hoạch và Đầu tư có ý kiến thẩm định đối với Hồ sơ")
    assert view.assignees == ["Bộ Kế hoạch và Đầu tư"]
    [answer] = having(tasks, "tiếp thu, giải trình ý kiến thẩm định")
    assert answer.assignees == ["Bộ Quốc phòng", "Bộ Công an"]
    # bulk (công văn of Cục Thuế): "Cục Thuế có ý kiến để Thuế tỉnh Quảng Trị biết được biết./.": the reply's close
    assert not having(tasks_of("bk_005d8820eb95.txt"), "có ý kiến để")


def test_a_name_with_its_agent_takes_no_verb_of_its_own():
    # Nghị định 16/2023/NĐ-CP, Điều 3: "b) Công ty trách nhiệm hữu hạn một thành viên do doanh nghiệp quy định tại
    # điểm a khoản 1 Điều này nắm giữ 100% vốn điều lệ.": what the company is, by whom it is held
    assert not having(central_tasks("ext_03.txt"), "nắm giữ 100% vốn điều lệ.")
    assert named_subject("Doanh nghiệp do người Việt Nam định cư ở nước ngoài thành lập theo luật pháp Việt Nam;") \
        is None
    duty = named_subject("Bộ Tài chính hướng dẫn thực hiện Nghị định này.")
    assert duty is not None and duty.assignees == ("Bộ Tài chính",)


def test_a_signature_on_one_line_ends_the_copy_list():
    # Quyết định 773/QĐ-TTg as thuvienphapluat prints it: "Nơi nhận: - Ban Bí thư ...; ...; - Lưu: VT, KGVX (2.b)." on
    # one line, then "THỦ TƯỚNG Nguyễn Xuân Phúc", then the plan it issues; the list ran on over the plan
    extraction = extracted(FIXTURES / "central_texts" / "ext_15.txt")
    assert extraction.cc[-1] == "Lưu: VT, KGVX (2.b)"
    assert extraction.signer is not None and extraction.signer.name == "Nguyễn Xuân Phúc"


def test_an_attached_plans_implementing_part_names_who_acts_by_its_headings():
    # the plan after it: "III. TỔ CHỨC THỰC HIỆN" / "1. Bộ Lao động - Thương binh và Xã hội" / "- Hoàn thiện thể chế
    # chính sách pháp luật ..."; an attached text's other headings still name whom a rule concerns
    [duty] = having(central_tasks("ext_15.txt"), "Hoàn thiện thể chế chính sách pháp luật")
    assert duty.assignees == ["Bộ Lao động - Thương binh và Xã hội"]
    [police] = having(central_tasks("ext_15.txt"), "Chủ trì cung cấp xác minh thông tin")
    assert police.assignees == ["Bộ Công an"]
    assert heading_names("1. Bộ Lao động - Thương binh và Xã hội", attached=True) == ()


def test_an_attached_plans_lead_in_naming_its_bodies_work_names_who_acts():
    # Quyết định 844/QĐ-TTg's plan: "II. NHIỆM VỤ CỤ THỂ" / "Nhằm đạt được mục tiêu ..., các bộ, cơ quan ngang bộ,
    # cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương cần cụ thể hóa và tổ chức
    # triển khai thực hiện các nhiệm vụ sau đây:" over "1. Tăng cường ..." / "- Đổi mới nội dung, hình thức ..."
    [duty] = having(central_tasks("ext_14.txt"), "Đổi mới nội dung, hình thức, phương thức thông tin")
    assert duty.assignees == ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                              "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    # in an attached text, a lead-in that names no work to be listed still names no one ("Đối với Sở X:")
    assert heading_names("Các sở, ngành cần lưu ý các trường hợp sau:", attached=True) == ()


def test_the_red_cross_is_named_whole():
    # Thông tư 40/2012/TT-BTC: "3. Hội Chữ thập đỏ Việt Nam chủ trì, phối hợp với Hội Chữ thập đỏ các tỉnh ..."; the
    # name stopped at "thập", "đỏ" a lower-case word after a lower-case one
    [lead] = having(central_tasks("ext_19.txt"), "phối hợp với Hội Chữ thập đỏ các tỉnh Tây Nguyên")
    assert lead.assignees == ["Hội Chữ thập đỏ Việt Nam"]


def test_a_comma_between_a_name_and_its_responsibility_keeps_the_duty():
    # seeds (a thị xã's plan): "Riêng đối với những nhiệm vụ cải cách hành chính được giao cho UBND cấp xã, các cơ quan
    # chuyên môn có liên quan, chịu trách nhiệm tham mưu UBND thị xã chỉ đạo, ..."
    [duty] = having(tasks_of("001_a316bbb83dbc7e94.txt", "seeds"), "chịu trách nhiệm tham mưu UBND thị xã chỉ đạo")
    assert duty.assignees == ["các cơ quan chuyên môn có liên quan"]
    duty = read_duty("Sở Y tế, có trách nhiệm hướng dẫn các cơ sở thực hiện.")
    assert duty is not None and duty.assignees == ("Sở Y tế",)
    assert read_duty("Sở Y tế, Sở Tài chính.") is None


def test_a_budgets_steps_are_actions():
    # Quyết định 22/2013/QĐ-TTg, Điều 6: "1. Các tỉnh, thành phố trực thuộc Trung ương sử dụng ngân sách địa phương để
    # bố trí kinh phí quản lý ..."; bulk (Thuế thành phố Huế): "... đối chiếu với quy định ..." no longer cut the name
    [duty] = having(central_tasks("ext_23.txt"), "sử dụng ngân sách địa phương để bố trí")
    assert duty.assignees == ["Các tỉnh, thành phố trực thuộc Trung ương"]
    assert ["Thuế thành phố Huế"] in [t.assignees for t in tasks_of("bk_a94e2ffb8c7e.txt")]


def test_an_articles_lead_in_leaves_its_clauses_the_articles():
    # Thông tư 98/2013/TT-BTC, Điều 5: "Việc lập dự toán, ... Thông tư này hướng dẫn một số điểm cụ thể như sau:" over
    # "3. Căn cứ đề nghị hỗ trợ kinh phí ..., Bộ Tài chính xác định phần kinh phí ngân sách trung ương ..."
    [duty] = having(central_tasks("ext_20.txt"), "xác định phần kinh phí ngân sách trung ương")
    assert duty.assignees == ["Bộ Tài chính"]


def test_a_mission_abroad_is_named_whole():
    # Nghị định 102/2018/NĐ-CP, Điều 7: "Cơ quan đại diện ngoại giao ở nước ngoài, có trách nhiệm chỉ đạo cơ quan chức
    # năng thuộc quyền tiếp nhận hồ sơ ..."; the name stopped at "đại"
    [duty] = having(central_tasks("ext_18.txt"), "Cơ quan đại diện ngoại giao ở nước ngoài, có trách nhiệm")
    assert duty.assignees == ["Cơ quan đại diện ngoại giao ở nước ngoài"]


def test_an_attached_plans_implementing_clauses_are_duties_whatever_their_verb():
    # Quyết định 844/QĐ-TTg's plan, "III. TỔ CHỨC THỰC HIỆN": "2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ,
    # Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tăng cường lãnh đạo, chỉ đạo xây dựng ..."
    [duty] = having(central_tasks("ext_14.txt"), "tăng cường lãnh đạo, chỉ đạo xây dựng")
    assert duty.assignees == ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                              "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]


def test_a_procedure_step_after_a_basis_is_the_named_bodys():
    # Thông tư 40/2012/TT-BTC, Điều 5: "a) Lập dự toán kinh phí: ... Hội Chữ thập đỏ cấp tỉnh lập dự toán nhu cầu kinh
    # phí ..."; a step after the sentence's basis or time names its body as one opening the sentence does
    [duty] = having(central_tasks("ext_19.txt"), "lập dự toán nhu cầu kinh phí")
    assert duty.assignees == ["Hội Chữ thập đỏ cấp tỉnh"]
    duty = read_duty("Căn cứ kết quả rà soát, Sở Tài chính lập dự toán kinh phí.")
    assert duty is not None and duty.assignees == ("Sở Tài chính",)


def test_an_attachment_titled_with_its_issuing_note_on_one_line_is_read():
    # Quyết định 05/2025/QĐ-TTg: "QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG Y KHOA QUỐC GIA (Ban hành kèm theo Quyết
    # định số 05/2025/QĐ-TTg ...)" on one line; the regulation after it was not read at all
    tasks = central_tasks("ext_28.txt")
    [office] = having(tasks, "có trách nhiệm bảo đảm các điều kiện về cơ sở vật chất")
    assert office.assignees == ["Văn phòng Hội đồng Y khoa Quốc gia"]


def test_a_scope_headings_long_body_name_is_whole():
    # ... "6. Nhiệm vụ, quyền hạn của Ban Tổ chức kiểm tra đánh giá năng lực hành nghề khám bệnh, chữa bệnh:" over
    # "a) Xây dựng Quy chế kiểm tra đánh giá ..."; a name with a word of a clause stays out ("..., trong đó ...")
    [duty] = having(central_tasks("ext_28.txt"), "Xây dựng Quy chế kiểm tra đánh giá")
    assert duty.assignees == ["Ban Tổ chức kiểm tra đánh giá năng lực hành nghề khám bệnh, chữa bệnh"]
    assert scope_names("Trách nhiệm của Sở Y tế phải kiểm tra đánh giá năng lực hành nghề khám bệnh, chữa bệnh và "
                       "báo cáo:") == ()


def test_being_the_focal_point_is_a_duty_not_a_name():
    # Quyết định 05/2025/QĐ-TTg: "d) Là đầu mối chủ trì, phối hợp với các đơn vị liên quan triển khai các kỳ kiểm tra
    # ..." under the board's duties; "Là đầu mối" was read as a name
    [duty] = having(central_tasks("ext_28.txt"), "Là đầu mối chủ trì, phối hợp")
    assert duty.assignees == ["Ban Tổ chức kiểm tra đánh giá năng lực hành nghề khám bệnh, chữa bệnh"]


def test_a_plan_sections_field_heading_names_who_acts_and_is_no_task():
    # Kế hoạch 252/KH-BCĐQG1237: "I. CÔNG TÁC QUÁN TRIỆT, ..." / "1. Nội dung, biện pháp" / "a) Tổ chức Hội nghị quán
    # triệt ..." / "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." / "- Các Bộ, ngành
    # liên quan." / ...: the section's items are the listed bodies' duties; the lists themselves are no tasks
    tasks = central_tasks("ext_26.txt")
    [duty] = having(tasks, "Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị số 24-CT/TW")
    assert duty.assignees[:2] == ["Ban Chỉ đạo quốc gia", "Các Bộ, ngành liên quan"]
    assert not having(tasks, "Trung ương Hội Cựu chiến binh Việt Nam.")
    # an article "Trách nhiệm thực hiện" heads clauses, no field: its clauses stay duties
    assert central_tasks("ext_07.txt")


def test_criteria_speak_through_headings_that_name_what_is_measured():
    # Nghị định 185/2026/NĐ-CP: "Điều 10. Tiêu chuẩn của thôn, tổ dân phố" / "1. Quy mô số hộ gia đình" / "a) Ở thành
    # phố Hà Nội ...: Thôn phải có từ 500 hộ gia đình trở lên, ...": a criterion, no duty
    assert not having(central_tasks("ext_32.txt"), "Thôn phải có từ 500 hộ gia đình")
    # a heading that names an act holds its steps: Thông tư 66/2024/TT-BCA, "Điều 12. Tiêu chuẩn, điều kiện xe tập lái
    # và cấp, đổi, ..." / "3. Cấp Giấy phép xe tập lái" / "c) Trình tự giải quyết: ..."
    assert having(tasks_of("ce_016.txt"), "tiếp nhận hồ sơ và kiểm tra tiêu chuẩn, điều kiện cấp Giấy phép xe")


def test_a_lead_fields_items_that_state_work_stay_tasks():
    # a 2006 plan (legacy .doc): "- Cơ quan chủ trì:" / "+ Sở Nội vụ thực hiện nội dung các điểm 2.1, 2.2, ..."; a
    # field heading's values are names only when they say nothing more
    [duty] = having(tasks_of("hd_052.doc", "legacy"), "Sở Nội vụ thực hiện nội dung các điểm")
    assert duty.assignees == ["Sở Nội vụ"]


def test_to_represent_is_a_verb_not_a_delegate():
    # Nghị định 185/2026/NĐ-CP, Điều 6 (Trưởng thôn, Tổ trưởng tổ dân phố): "đ) Đại diện cho thôn, tổ dân phố trong
    # các quan hệ ..."; "đại diện" before the bodies it speaks for stays a delegate
    assert read_duty("Đại diện cho thôn, tổ dân phố trong các quan hệ với chính quyền.") is None
    duty = read_duty("Đại diện Ủy ban Thường vụ Quốc hội trình bày dự kiến cơ cấu.")
    assert duty is not None and duty.assignees == ("Đại diện Ủy ban Thường vụ Quốc hội",)


def test_past_an_opener_the_first_named_subject_is_the_clauses():
    # Nghị định 185/2026/NĐ-CP, Điều 16: "5. Căn cứ quy định của Nghị định này ..., Ủy ban nhân dân cấp tỉnh quy định
    # cụ thể về tiêu chuẩn, ... đối với người hoạt động không chuyên trách ở thôn, tổ dân phố và người tham gia hoạt
    # động ..."; "tổ dân phố và người" was read as the subject of "tham gia"
    [duty] = having(central_tasks("ext_32.txt"), "quy định cụ thể về tiêu chuẩn, nhiệm vụ")
    assert duty.assignees == ["Ủy ban nhân dân cấp tỉnh"]


def test_among_criteria_a_clause_in_which_a_body_acts_is_its_duty():
    # Nghị định 185/2026/NĐ-CP, "Điều 10. Tiêu chuẩn của thôn, tổ dân phố": "b) Ủy ban nhân dân cấp tỉnh hướng dẫn cụ
    # thể thôn, tổ dân phố trong các trường hợp đặc thù ..."
    [duty] = having(central_tasks("ext_32.txt"), "hướng dẫn cụ thể thôn, tổ dân phố trong các trường hợp")
    assert duty.assignees == ["Ủy ban nhân dân cấp tỉnh"]


def test_an_attached_procedures_step_in_which_a_body_acts_is_its_duty():
    # Quyết định 05/2025/QĐ-TTg's regulation, Điều 8: "Chánh Văn phòng Hội đồng trình Chủ tịch Hội đồng ..."
    [step] = having(central_tasks("ext_28.txt"), "Chánh Văn phòng Hội đồng trình Chủ tịch Hội đồng")
    assert step.assignees == ["Chánh Văn phòng Hội đồng"]


def test_a_plan_sections_time_field_dates_its_items():
    # Kế hoạch 252/KH-BCĐQG1237, "I. CÔNG TÁC QUÁN TRIỆT ...": "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên."
    [duty] = having(central_tasks("ext_26.txt"), "Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị")
    assert duty.deadline is not None and str(duty.deadline.date) == "2013-12-31"


def test_an_attached_plans_heading_that_is_all_names_names_who_acts():
    # Nghị quyết 105/NQ-CP's Chương trình hành động: "a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố
    # trực thuộc trung ương" over "- Tiếp tục nghiên cứu, chủ động đề xuất hoàn thiện đồng bộ thể chế ..."
    [duty] = having(central_tasks("ext_41.txt"), "chủ động đề xuất hoàn thiện đồng bộ thể chế")
    assert duty.assignees == ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    # in an attached regulation such a heading names whom its rules concern, no one who acts
    assert heading_names("Các sở, ban, ngành", attached=True) == ()
    assert heading_names("Các sở, ban, ngành", attached=True, plan=True) == ("Các sở, ban, ngành",)


def test_the_head_of_a_body_is_named_by_trưởng_and_the_body():
    # Thông tư 56/2026/TT-BCA, Điều 4: "2. Khi người bị cấm đi khỏi nơi cư trú đến trình diện, Trưởng Công an cấp xã
    # chỉ đạo thực hiện các nhiệm vụ sau:" over "a) Kiểm tra, đối chiếu thông tin trong lệnh cấm ..."
    [duty] = having(central_tasks("ext_46.txt"), "Kiểm tra, đối chiếu thông tin trong lệnh cấm")
    assert duty.assignees == ["Trưởng Công an cấp xã"]


def test_a_provider_named_by_what_it_does_keeps_the_verb_in_the_name():
    # Thông tư 08/2026/TT-BNV: "Nhà cung cấp eContract bị tạm dừng hoặc chấm dứt kết nối có trách nhiệm phối hợp ..."
    duty = read_duty("Nhà cung cấp eContract có trách nhiệm hỗ trợ người sử dụng.")
    assert duty is not None and duty.assignees == ("Nhà cung cấp eContract",)
    [duty] = having(central_tasks("ext_48.txt"), "có trách nhiệm phối hợp với cơ quan quản lý")
    assert duty.assignees[0].startswith("Nhà cung cấp eContract")


def test_a_letter_a_body_sends_is_its_step_but_one_it_has_sent_is_told_of():
    # Nghị định 118/2026/NĐ-CP: "Bộ Tài chính có công văn xin ý kiến của Bộ Ngoại giao, Ngân hàng phục vụ ..."
    [step] = having(central_tasks("ext_44.txt"), "có công văn xin ý kiến của Bộ Ngoại giao")
    assert step.assignees == ["Bộ Tài chính"]
    # bulk (Cục Thuế): "Cục Thuế có công văn số 3316/CT-CS về việc triển khai ...": a letter it has sent
    assert not having(tasks_of("bk_28219392db3e.txt"), "có công văn số 3316/CT-CS")
