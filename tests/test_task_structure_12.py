"""Tasks read from the document's structure, twelfth round of issue 15: one test per
class of misses on central-government texts (`fixtures/blind_task_set_2/`, eight
central-agency bulk documents kept blind until this round, and ce_016 of
`fixtures/task_tuning_set_10/`), each on the real document, with ones where an
entitlement, a plural kind and an aside stay what they are.
"""
from __future__ import annotations

from extractors.pipeline import extract_text
from extractors.tasks.addressed import addressed
from extractors.tasks.reading import read_duty, scope_names
from letters import plain_letter
from real_documents import having, tasks_of


def test_a_qualified_name_runs_to_its_responsibility_whatever_words_qualify_it():
    # ce_016 Điều 42.3: the body's field holds verbs ("đào tạo, sát hạch, cấp") and a capitalised paper; 42.2: the
    # body it belongs to ("trong Công an nhân dân")
    tasks = tasks_of("ce_016.txt")
    [duty] = having(tasks, "có trách nhiệm bảo quản hồ sơ theo theo quy định")
    assert duty.assignees == ["Cơ quan quản lý đào tạo, sát hạch, cấp Giấy phép lái xe"]
    [duty] = having(tasks, "chịu trách nhiệm về công tác quản lý cán bộ, chiến sĩ trong quá trình sát hạch")
    assert duty.assignees == ["Giám đốc cơ sở đào tạo lái xe"]
    # bk_51e961df2382: "Hiệu trưởng các trường phổ thông dân tộc nội trú chịu trách nhiệm trong việc mua ..."
    [duty] = having(tasks_of("bk_51e961df2382.txt"), "chịu trách nhiệm trong việc mua và cung cấp đồ dùng")
    assert duty.assignees == ["Hiệu trưởng các trường phổ thông dân tộc nội trú"]


def test_a_clause_of_its_own_or_an_aside_ends_the_name_before_a_responsibility():
    # an assigning verb before the responsibility opens a clause: its object holds the duty, no name runs through it
    duty = read_duty("Sở Y tế giao các đơn vị có trách nhiệm kiểm tra.")
    assert duty is not None and duty.assignees == ("các đơn vị",)
    # an aside ("trong phạm vi ...") is no part of the name
    duty = read_duty("Sở Y tế trong phạm vi chức năng có trách nhiệm kiểm tra.")
    assert duty is not None and duty.assignees == ("Sở Y tế",)


def test_a_scope_heading_over_a_list_of_holders_names_each():
    # bk_1180a89cc49c (a decree): "Điều 6. Quyền và trách nhiệm của / tổ chức tín dụng, chi nhánh ngân hàng nước ngoài,
    # tổ chức mua bán, xử lý nợ" over "1. Cung cấp đầy đủ thông tin cho bên bảo đảm ..."
    holders = ["tổ chức tín dụng", "chi nhánh ngân hàng nước ngoài", "tổ chức mua bán, xử lý nợ"]
    tasks = tasks_of("bk_1180a89cc49c.txt")
    for words in ("Cung cấp đầy đủ thông tin cho bên bảo đảm", "Trích khoản tiền cho bên bảo đảm theo quy định",
                  "Tiến hành thu giữ tài sản bảo đảm khi"):
        [duty] = having(tasks, words)
        assert duty.assignees == holders
    # a heading that goes on as a sentence names no holders
    assert scope_names("Trách nhiệm của tổ chức tín dụng, chi nhánh ngân hàng phải báo cáo, tổ chức mua bán") == ()


def test_a_collective_after_a_determiner_and_the_last_member_after_va_are_names():
    # bk_8018a6f353d6 (a Prime Minister's dispatch): "2. Các lực lượng chức năng phải liên tục ra quân, ..."
    tasks = tasks_of("bk_8018a6f353d6.txt")
    [duty] = having(tasks, "phải liên tục ra quân")
    assert duty.assignees == ["Các lực lượng chức năng"]
    # "4. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí
    # phối hợp với các Bộ, ngành, lực lượng chức năng tăng thời lượng, ..."
    [duty] = having(tasks, "tăng thời lượng, tuyên truyền về những nguy hại")
    assert duty.assignees == ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam",
                              "hệ thống các cơ quan báo chí"]
    # "Ban Chỉ đạo 389 các bộ,ngành, địa phương": one space after each comma of a name
    assert any(t.assignees == ["Ban Chỉ đạo 389 các bộ, ngành, địa phương"] for t in tasks)


def test_an_entitled_qualified_subject_is_no_duty():
    # bk_51f6b3d0d3d2 (a circular): "2. Tổ chức, doanh nghiệp thực hiện hoạt động sản xuất nguyên liệu, ..., công cụ cho
    # công nghiệp bán dẫn thuộc Danh mục quy định tại Phụ lục của Thông tư này được áp dụng chính sách ..."
    tasks = tasks_of("bk_51f6b3d0d3d2.txt")
    assert not having(tasks, "được áp dụng chính sách đối với ngành, nghề đặc biệt ưu đãi")


def test_a_bare_kind_in_a_letter_to_one_business_is_that_business():
    # bk_9a53c71ee9f5 (Cục Hải quan to one corporation): "Đề nghị doanh nghiệp căn cứ quy định nêu trên, ..."
    [duty] = having(tasks_of("bk_9a53c71ee9f5.txt"), "căn cứ quy định nêu trên, đối chiếu với thực tế hàng hóa")
    assert duty.assignees == ["Tổng Công ty Phân bón và Hóa chất Dầu khí - CTCP"]
    # "các doanh nghiệp" is all of a kind; a letter to two businesses names neither
    plural = duty.model_copy(update={"assignees": ["các doanh nghiệp"]})
    assert addressed([plural], ["Công ty A"])[0].assignees == ["các doanh nghiệp"]
    single = duty.model_copy(update={"assignees": ["doanh nghiệp"]})
    assert addressed([single], ["Công ty A", "Công ty B"])[0].assignees == ["doanh nghiệp"]
    # to a body of another kind it names no recipient: a role's head alone names no one (the thirtieth round)
    assert addressed([single], ["Sở Tài chính"]) == []


def test_a_lead_cell_names_its_bodies_before_their_unit_or_share():
    # bk_2edf5927c71b (Quyết định 2629/QĐ-TTg, Phụ lục II): "Bộ Công an (Trung tâm Dữ liệu quốc gia)"; "Bộ Công an, Bộ
    # Khoa học và Công nghệ với các tiêu chuẩn ... áp dụng chung toàn quốc; các bộ, ngành với các tiêu chuẩn ..."
    tasks = tasks_of("bk_2edf5927c71b.txt")
    [duty] = having(tasks, "Xây dựng và tổ chức triển khai Khung đào tạo, cấp chứng chỉ quản trị dữ liệu")
    assert duty.assignees == ["Bộ Công an"]
    [duty] = having(tasks, "Xây dựng các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật về Chính phủ số")
    assert duty.assignees == ["Bộ Công an", "Bộ Khoa học và Công nghệ", "các bộ, ngành"]
    # bk_646f0a00d417: "Bộ Nông nghiệp và Môi trường (chủ trì phần chính sách, công nghệ, điều phối)"
    [duty] = having(tasks_of("bk_646f0a00d417.txt"), "Đầu tư mạng lưới thu gom và tái chế phụ phẩm nông nghiệp")
    assert duty.assignees == ["Bộ Nông nghiệp và Môi trường", "UBND các tỉnh, thành phố"]


def test_work_an_agent_assigned_is_described_not_assigned():
    # bk_2edf5927c71b, a target: "100% nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao cho các bộ, ngành, địa phương được
    # theo dõi, giám sát, đánh giá trên môi trường điện tử."
    tasks = tasks_of("bk_2edf5927c71b.txt")
    assert not any(t.action.startswith("được theo dõi, giám sát, đánh giá") for t in tasks)
    # the comma of a clause before the verb: "... nhiệm vụ CCHC, yêu cầu Thủ trưởng các cơ quan, ..." still assigns
    duty = read_duty("Tăng cường trách nhiệm trong thực hiện nhiệm vụ CCHC, yêu cầu Thủ trưởng các cơ quan, ban, "
                     "ngành rà soát các thủ tục.")
    assert duty is not None and duty.assignees[0] == "Thủ trưởng các cơ quan, ban, ngành"


def test_the_items_of_a_lead_in_that_lists_papers_are_no_duties():
    # ce_016 Điều 44.2: "Trung tâm sát hạch lái xe trong Công an nhân dân có trách nhiệm bảo quản các loại hồ sơ ...,
    # gồm các tài liệu sau:" over "a) Quyết định thành lập Trung tâm sát hạch lái xe ..."; the lead-in is the duty
    tasks = tasks_of("ce_016.txt")
    assert not having(tasks, "Quyết định thành lập Trung tâm sát hạch lái xe và Hồ sơ công nhận")
    assert not having(tasks, "Quyết định thành lập cơ sở đào tạo lái xe và hồ sơ công nhận năng lực")
    leads = having(tasks, "có trách nhiệm bảo quản các loại hồ sơ theo quy định của Bộ Công an về công tác hồ sơ, gồm "
                          "các tài liệu sau")
    assert [t.assignees for t in leads] == [["Cơ sở đào tạo lái xe"], ["Trung tâm sát hạch lái xe trong Công an nhân dân"]]


_WORK_LIST = plain_letter("""ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 12/UBND-VX
V/v phòng chống dịch""", """
Kính gửi: Sở Y tế.

Sở Y tế có trách nhiệm triển khai công tác phòng chống dịch, gồm các nhiệm vụ sau:
1. Tổ chức tuyên truyền trên hệ thống loa truyền thanh hằng tuần.
2. Phối hợp với Trạm Y tế xã kiểm tra vệ sinh tại các trường học trước ngày 30/4/2025.
""")


def test_a_lead_in_that_lists_work_keeps_its_items_as_duties():
    # the guard of the rule above: a list named as work ("..., gồm các nhiệm vụ sau:") holds duties
    tasks = extract_text(_WORK_LIST).tasks
    assert [t.action.split()[0] for t in tasks] == ["Tổ", "Phối"]
    assert all(t.assignees == ["Sở Y tế"] for t in tasks)
