"""Tasks read from the document's structure, fifteenth round of issue 15 (from the misses of
task_tuning_set_13, fresh letters annotated blind): "tổ chức" after a name is its duty when the
name reader leaves it out as a verb; a lead-in that states a whole duty and then its parts
("..., trong đó:") is a task of its own; a short lead-in's items are what its verb is to be
done on, each a duty; a name runs on through "đối ngoại". Each on the real document, with
the shape beside it that stays as it was.
"""
from __future__ import annotations

from extractors.assignees import read_names
from extractors.pipeline import extract_text
from extractors.tasks.reading import heading_names, read_duty, roles_only
from letters import plain_letter
from real_documents import central_tasks, having, tasks_of


def test_tổ_chức_after_a_name_is_its_duty():
    # bulk (Công điện 231/CĐ-TTg): "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ chức theo dõi sát tình hình,
    # ..., trong đó:" over "(1) Tập trung kêu gọi, hướng dẫn tàu thuyền ..."; "tổ chức" was read as no duty
    tasks = tasks_of("bk_cfef94bb5eaf.txt")
    [item] = having(tasks, "Tập trung kêu gọi, hướng dẫn tàu thuyền")
    assert item.assignees == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]
    # central (Thông tư 66/2024/TT-BCA): "Các học viện, trường Công an nhân dân tổ chức đào tạo lái xe ..."
    [school] = having(tasks_of("ce_016.txt"), "tổ chức đào tạo lái xe cho học viên")
    assert school.assignees == ["Các học viện, trường Công an nhân dân"]


def test_tổ_chức_after_a_copula_a_possessive_or_in_a_list_of_names_is_a_noun():
    # bulk: "Ngân hàng Chính sách xã hội là tổ chức được giao thực hiện chính sách tín dụng ...": a definition
    assert not having(tasks_of("bk_998822f1fee3.txt"), "tổ chức được giao thực hiện chính sách tín dụng")
    assert read_duty("Văn phòng của tổ chức tín dụng nước ngoài tại Việt Nam.") is None
    run = read_names("Các cơ quan, tổ chức có liên quan tổ chức thực hiện.")
    assert run is not None and run.names == ("Các cơ quan, tổ chức có liên quan",)


def test_a_lead_in_stating_a_whole_duty_before_its_parts_is_a_task():
    # bulk (Công điện 231/CĐ-TTg): the lead-in is a duty of its own; its parts "(1)" ... "(5)" are others
    tasks = tasks_of("bk_cfef94bb5eaf.txt")
    [lead] = having(tasks, "chỉ đạo khắc phục nhanh hậu quả các đợt")
    assert lead.assignees == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]
    assert lead.action.startswith("tổ chức theo dõi sát tình hình") and not lead.action.endswith("trong đó")
    assert len(having(tasks, "Chủ động bố trí sẵn lực lượng")) == 1


def test_a_short_lead_ins_items_are_each_a_duty():
    # bulk (Bộ Văn hóa, Thể thao và Du lịch): "- Nghiên cứu, tham mưu Lãnh đạo Bộ:" / "+ Các chính sách nhằm thể
    # chế hóa ...": what the body is to advise on, a duty each; "2. Vụ Tổ chức cán bộ: Tham mưu Lãnh đạo Bộ:" /
    # "- Phân cấp, phân quyền tối đa ..." (a verb no list holds)
    tasks = tasks_of("bk_77bf894e2b13.txt")
    [policies] = having(tasks, "Các chính sách nhằm thể chế")
    assert policies.assignees == ["Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ"]
    [devolve] = having(tasks, "Phân cấp, phân quyền tối đa")
    assert devolve.assignees == ["Vụ Tổ chức cán bộ"]


def test_a_long_lead_ins_items_stay_its_details():
    # dev (hd_021): "Thực hiện đúng trách nhiệm của doanh nghiệp cho thuê lại lao động ..., cụ thể:" over "- Loại
    # công việc cho thuê lại lao động theo Danh mục ...": the details of the duty it states whole, no duties
    tasks = tasks_of("hd_021.txt", "dev")
    assert not [t for t in tasks if t.text.startswith(("Loại công việc cho thuê lại", "Hợp đồng cho thuê lại"))]


def test_a_name_runs_on_through_đối_ngoại():
    # bulk: "8. Cục Báo chí, Cục Phát thanh Truyền hình và Thông tin điện tử, Cục Thông tin cơ sở và Thông tin đối
    # ngoại: Tham mưu Lãnh đạo Bộ chỉ đạo các cơ quan báo chí:" over "- Lan toả các điển hình tiên tiến ..."
    [item] = having(tasks_of("bk_77bf894e2b13.txt"), "Lan toả các điển hình tiên")
    assert item.assignees == ["Cục Báo chí", "Cục Phát thanh Truyền hình và Thông tin điện tử",
                              "Cục Thông tin cơ sở và Thông tin đối ngoại"]


def test_a_name_goes_on_past_an_aside_in_brackets():
    # central (Nghị quyết liên tịch on nominating candidates): "1. Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc
    # Việt Nam (đối với hội nghị hiệp thương ở trung ương), Ban Thường trực ... cấp tỉnh (đối với ... ở địa phương)
    # báo cáo về tình hình ...": each body acts where its aside says
    [report] = having(tasks_of("ce_006.txt"), "và tình hình người tự ứng cử ở địa phương")
    assert report.assignees == ["Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                                "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh"]
    duty = read_duty("Sở Tư pháp (Trung tâm trợ giúp pháp lý nhà nước) tổng hợp, báo cáo kết quả triển khai.")
    assert duty is not None and duty.assignees == ("Sở Tư pháp",)
    # a heading's name ending on its aside stays as it was, without the brackets
    run = read_names("Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh):")
    assert run is not None and run.names == ("Văn phòng UBND tỉnh",)


def test_a_head_alone_takes_the_capitalised_name_after_it():
    # "Tổng cục Thống kê cung cấp số liệu ...": "Thống kê" is the office's name, not the verb "thống kê"
    duty = read_duty("Tổng cục Thống kê cung cấp số liệu cho cơ quan thuế.")
    assert duty is not None and duty.assignees == ("Tổng cục Thống kê",)
    # bulk (a council's resolution): "Trên cơ sở đề xuất của Ủy ban nhân dân cấp xã, sở Xây dựng tổng hợp báo cáo ..."
    [summary] = having(tasks_of("bk_edc6fac0e3b3.txt"), "tổng hợp báo cáo UBND Thành phố bố trí ngân sách")
    assert summary.assignees == ["sở Xây dựng"]
    run = read_names("Cục Thuế tổng hợp báo cáo.")  # a capitalised name before a verb in lower case: as before
    assert run is not None and run.names == ("Cục Thuế",)


def test_the_last_name_of_a_list_runs_on_to_its_responsibility():
    # "Ngân hàng Nhà nước Việt Nam, các tổ chức tín dụng có trách nhiệm ...": "tín dụng" qualifies the last name
    duty = read_duty("Ngân hàng Nhà nước Việt Nam, các tổ chức tín dụng có trách nhiệm phối hợp trích nộp thuế.")
    assert duty is not None and duty.assignees == ("Ngân hàng Nhà nước Việt Nam", "các tổ chức tín dụng")


def test_associations_are_bodies():
    # Nghị định 126/2024/NĐ-CP on associations: "Hiệp hội ...", "Liên hiệp các Hội ..." act as bodies
    run = read_names("Hiệp hội Thương mại điện tử Việt Nam phối hợp thực hiện.")
    assert run is not None and run.names == ("Hiệp hội Thương mại điện tử Việt Nam",)


def test_a_heading_naming_bodies_and_their_remit_names_who_acts():
    # the implementing part of a Prime Minister's decision: "2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ
    # theo chức năng, nhiệm vụ được giao:" over "- Lồng ghép ..." (no corpus letter holds it: a plain one)
    letter = plain_letter("THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/QĐ-TTg", """QUYẾT ĐỊNH
Phê duyệt Chương trình phát triển thương mại điện tử
Điều 1. Tổ chức thực hiện
1. Bộ Công Thương chủ trì, phối hợp với các bộ, ngành hướng dẫn triển khai Chương trình.
2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ được giao:
- Rà soát, sửa đổi các văn bản quy phạm pháp luật thuộc thẩm quyền.
- Lồng ghép nội dung Chương trình vào kế hoạch phát triển ngành.
3. Các bộ, ngành, địa phương trong phạm vi chức năng, nhiệm vụ của mình:
- Bố trí nguồn lực thực hiện Chương trình.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.""")
    tasks = extract_text(letter).tasks
    [merge] = having(tasks, "Lồng ghép nội dung Chương trình")
    assert merge.assignees == ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]
    [funds] = having(tasks, "Bố trí nguồn lực")
    assert funds.assignees == ["Các bộ, ngành, địa phương"]
    assert not having(tasks, "theo chức năng, nhiệm vụ được giao")  # the heading is no task


def test_a_line_that_only_names_who_leads_and_who_helps_is_no_task():
    # bulk (Quyết định 1486/QĐ-UBND, its colon lost): "1. Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh
    # (Trung tâm Phục vụ hành chính công tỉnh)" over "Rà soát, xây dựng quy trình nội bộ ...": the work is below
    tasks = tasks_of("bk_43ce594e2a64.txt")
    assert not [t for t in tasks if t.action.startswith("chủ trì, phối hợp với Văn phòng UBND tỉnh")]
    [review] = having(tasks, "soát, xây dựng quy trình nội bộ, quy trình điện tử")
    assert review.assignees == ["Sở Tài chính"]
    # the roles with the work after them stay a task
    duty = read_duty("Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát quy trình nội bộ.")
    assert duty is not None and not roles_only(duty.action)


def test_duty_verbs_that_never_sit_inside_a_name_follow_their_subject():
    # a Government resolution's items: "đ) Các địa phương quyết liệt giải ngân vốn đầu tư công."
    for sentence, name in [("Các địa phương quyết liệt giải ngân vốn đầu tư công.", "Các địa phương"),
                           ("Bộ Khoa học và Công nghệ ưu tiên bố trí nhiệm vụ khoa học.", "Bộ Khoa học và Công nghệ"),
                           ("Ủy ban nhân dân cấp xã sớm hoàn thành việc chi trả.", "Ủy ban nhân dân cấp xã")]:
        duty = read_duty(sentence)
        assert duty is not None and duty.assignees == (name,), sentence


def test_an_opening_basis_after_a_label_leaves_the_subject_after_it():
    # central (Thông tư 66/2024/TT-BCA): "c) Trình tự giải quyết: Trên cơ sở đề nghị của Công an các đơn vị, địa
    # phương, Cục Cảnh sát giao thông tổ chức tập huấn, cấp Thẻ sát hạch viên cho cán bộ, chiến sĩ đủ điều kiện."
    [training] = having(tasks_of("ce_016.txt"), "cấp Thẻ sát hạch viên cho cán bộ, chiến sĩ đủ điều kiện")
    assert training.assignees == ["Cục Cảnh sát giao thông"]


def test_a_scope_label_names_who_acts_after_its_scope_word():
    # a provincial letter's items (no corpus letter holds them inline: a plain one): "1. Đối với Sở Y tế: chỉ đạo
    # ...", "2. Đối với các xã, phường: tổ chức rà soát ..." (plural local units stand for their governments)
    letter = plain_letter("ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 12/UBND-VX", """Về việc rà soát hộ nghèo
Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:
1. Đối với Sở Y tế: chỉ đạo các bệnh viện bảo đảm thuốc, vật tư y tế.
2. Đối với các xã, phường: tổ chức rà soát các hộ nghèo trên địa bàn.
3. Đối với các trường hợp chưa đủ hồ sơ: hướng dẫn bổ sung theo quy định.""")
    tasks = extract_text(letter).tasks
    [health] = having(tasks, "chỉ đạo các bệnh viện")
    assert health.assignees == ["Sở Y tế"]
    [communes] = having(tasks, "tổ chức rà soát các hộ nghèo")
    assert communes.assignees == ["các xã, phường"]
    # a scope over cases names no one: its item stays the lead-in's
    [cases] = having(tasks, "hướng dẫn bổ sung theo quy định")
    assert cases.assignees == ["các cơ quan, đơn vị"]
    assert read_names("các xã, phường") is not None and read_names("xã, phường") is None  # plural only


def test_a_news_page_tells_of_the_issuers_own_work_it_places_no_duty():
    # bulk (a news page carrying Công văn 17899/BTC-VP, no type of its own): "..., Bộ Tài chính xây dựng kế hoạch tổ
    # chức 06 hội nghị ..." is the issuer's own work, told; the duty it places on the provinces stays
    tasks = tasks_of("bk_6a58c855aa6d.txt")
    assert not having(tasks, "xây dựng kế hoạch tổ chức 06 hội nghị")
    assert [t for t in tasks if any("Ủy ban nhân dân các tỉnh" in a for a in t.assignees)]
    # bulk (a news page on the Prime Minister's condolences): "Thủ tướng Chính phủ gửi lời thăm hỏi, chia buồn ..."
    assert not having(tasks_of("bk_e01d3782fbed.txt"), "gửi lời thăm hỏi, chia buồn")


def test_a_hospitals_departments_and_their_heads_are_bodies():
    # Nghị định 131/2020/NĐ-CP (clinical pharmacy): "Khoa dược của cơ sở khám bệnh, chữa bệnh triển khai hoạt động
    # dược lâm sàng ... như sau:" over "a) Xây dựng các tiêu chí lựa chọn thuốc ..."; "cơ sở khám bệnh, chữa bệnh" is
    # one noun (a healthcare facility), "Khoa dược" the unit that acts, named with its owner and alone
    tasks = central_tasks("ext_02.txt")
    [criteria] = having(tasks, "Xây dựng các tiêu chí lựa chọn thuốc")
    assert criteria.assignees == ["Khoa dược của cơ sở khám bệnh, chữa bệnh", "Khoa dược"]
    run = read_names("Trưởng khoa lâm sàng có trách nhiệm thông báo.")
    assert run is not None and run.names == ("Trưởng khoa lâm sàng",)
    # "khoa học" opens no name; a bare head with its owner keeps only the whole
    assert read_names("khoa học và công nghệ phát triển") is None
    run = read_names("Văn phòng của tổ chức tín dụng nước ngoài phối hợp")
    assert run is not None and "Văn phòng" not in run.names


def test_a_term_an_article_defines_is_a_role_and_names_a_heading():
    # Thông tư 05/2022/TT-BLĐTBXH: "Điều 3. Giải thích từ ngữ" / "3. Đơn vị chủ trì liên kết đào tạo là cơ sở giáo
    # dục nghề nghiệp, ..."; then "Điều 8. Nghĩa vụ của các bên ..." / "1. Đơn vị chủ trì liên kết đào tạo:" over
    # "a) ... Đăng ký hoạt động giáo dục nghề nghiệp ...": the heading names the defined role, not "Đơn vị"
    tasks = central_tasks("ext_05.txt")
    [register] = having(tasks, "Đăng ký hoạt động giáo dục nghề nghiệp hoặc")
    assert register.assignees == ["Đơn vị chủ trì liên kết đào tạo"]
    assert not [t for t in tasks if t.assignees == ["Đơn vị"]]


def test_a_heading_naming_its_bodys_several_duties_names_who_acts():
    # Nghị định 131/2020/NĐ-CP: "1. Trưởng khoa dược của cơ sở khám bệnh, chữa bệnh có các trách nhiệm sau:" over
    # "a) Trực tiếp tổ chức hoạt động dược lâm sàng ..." ("có các trách nhiệm", as "có trách nhiệm")
    [organise] = having(central_tasks("ext_02.txt"), "Trực tiếp tổ chức hoạt động dược lâm sàng")
    assert "Trưởng khoa dược" in organise.assignees
    assert heading_names("Sở Y tế có các nhiệm vụ sau:") == ("Sở Y tế",)


def test_a_body_said_to_have_duties_listed_below_heads_them():
    # Nghị định 16/2023/NĐ-CP: "1. Doanh nghiệp trực tiếp phục vụ quốc phòng, an ninh có các quyền và nghĩa vụ quy
    # định tại Điều 9 Luật Doanh nghiệp và các quy định sau:" over "đ) Chấp hành quyết định của Bộ Quốc phòng ..."
    [comply] = having(central_tasks("ext_03.txt"), "Chấp hành quyết định của Bộ Quốc phòng")
    assert comply.assignees == ["Doanh nghiệp trực tiếp phục vụ quốc phòng, an ninh"]
    assert heading_names("Trưởng đoàn thanh tra có nhiệm vụ, quyền hạn sau:") == ("Trưởng đoàn thanh tra",)
    assert heading_names("Người nộp thuế có quyền sau:") == ()  # rights alone name no duties


def test_the_general_confederation_of_labour_is_a_body():
    # Quyết định 28/2021/QĐ-TTg: "Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn Lao động Việt
    # Nam, ... tham gia tuyên truyền, vận động và giám sát ...": two bodies, not one
    run = read_names("Ủy ban trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn Lao động Việt Nam tham gia")
    assert run is not None and run.names[:2] == ("Ủy ban trung ương Mặt trận Tổ quốc Việt Nam",
                                                 "Tổng Liên đoàn Lao động Việt Nam")


def test_what_a_body_has_qualifies_its_shaped_name_up_to_its_obligation():
    # Nghị định 131/2020/NĐ-CP: "a) Cơ sở khám bệnh, chữa bệnh có từ 200 giường bệnh trở lên phải bố trí 01 người
    # phụ trách công tác dược lâm sàng ..."
    [staff] = having(central_tasks("ext_02.txt"), "có từ 200 giường bệnh trở lên phải bố trí")
    assert staff.assignees == ["Cơ sở khám bệnh, chữa bệnh có từ 200 giường bệnh trở lên"]
    # what it has, then no obligation: no duty ("Cơ sở khám bệnh, chữa bệnh có từ 200 giường bệnh trở lên.")
    assert read_duty("Cơ sở khám bệnh, chữa bệnh có từ 200 giường bệnh trở lên được xếp hạng I.") is None
