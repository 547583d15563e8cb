"""Tasks read from the document's structure, thirteenth round of issue 15: one test per
class of misses on pre-2010 originals (`fixtures/task_tuning_set_12/`, the eight
TCVN3/VNI documents of `../shared/corpus/legacy` read from their .doc, .rtf and .pdf as
`vanban extract` reads them), each on the real document, with ones where a relation to
a superior, an attached procedure's step and a lead-in's own line stay out.
"""
from __future__ import annotations

from extractors.pipeline import extract_text
from extractors.tasks.reading import owns_duty, scope_names
from letters import plain_letter
from real_documents import having, tasks_of


def legacy(name: str):
    return tasks_of(name, "legacy")


def test_an_ampersand_joins_the_words_of_one_name():
    # hd_057 (Bình Phước, 2008): "Sở Nông nghiệp & Phát triển nông thôn, Sở Tài nguyên và Môi trường, Sở Tài chính và
    # UBND các huyện, thị xã thực hiện nhiêm vụ được phân công ..."
    tasks = legacy("hd_057.doc")
    [duty] = having(tasks, "thực hiện nhiêm vụ được phân công")
    assert duty.assignees == ["Sở Nông nghiệp & Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Tài chính",
                              "UBND các huyện, thị xã"]


def test_a_team_is_a_body_and_its_lead_in_ends_with_a_stop():
    # hd_058 (Cà Mau, 2006): "Điều 8. Đội kiểm tra 814 các cấp có nhiệm vụ sau." over "1. Tổ chức kiểm tra phát hiện kịp
    # thời ..."; the lead-in's own words are no task
    tasks = legacy("hd_058.doc")
    [duty] = having(tasks, "Tổ chức kiểm tra phát hiện kịp thời")
    assert duty.assignees == ["Đội kiểm tra 814 các cấp"]
    assert not [t for t in tasks if t.action.strip(" .") == "có nhiệm vụ sau"]


def test_a_scope_heading_joins_any_nouns_of_duties_and_powers():
    # hd_058: "Điều 11. ... / 1. Trách nhiệm, quyền hạn của Đội trưởng." over "- Lập kế hoạch hoạt động hàng tháng ..."
    tasks = legacy("hd_058.doc")
    [duty] = having(tasks, "Lập kế hoạch hoạt động hàng tháng")
    assert duty.assignees == ["Đội trưởng"]
    [duty] = having(tasks, "Giúp việc Đội trưởng và nhận ủy quyền")
    assert duty.assignees == ["Đội phó"]
    assert scope_names("Chức năng, nhiệm vụ của Sở Tư pháp:") == ("Sở Tư pháp",)
    assert scope_names("Quyền, nghĩa vụ và trách nhiệm của Sở Y tế.") == ("Sở Y tế",)
    # one of them names duties: a heading of rights or powers alone names no one's duties
    assert scope_names("Quyền của người nộp thuế") == ()
    assert scope_names("Quyền hạn của Đội trưởng") == ()


def test_being_under_a_bodys_direction_is_no_duty():
    # hd_058: "Đội kiểm tra 814 cấp dưới chịu sự hướng dẫn chuyên môn nghiệp vụ của Đội kiểm tra cấp trên; ..."
    tasks = legacy("hd_058.doc")
    assert not having(tasks, "hướng dẫn chuyên môn nghiệp vụ của Đội kiểm tra cấp trên")


def test_an_article_titled_for_a_body_names_it_in_an_attached_regulation():
    # hd_059 (Bà Rịa - Vũng Tàu, 2006, internal spending rules): "Điều 26 : Đối với Văn phòng :" over "- Điều động
    # phương tiện phục vụ công tác của cơ quan"
    tasks = legacy("hd_059.doc")
    [duty] = having(tasks, "Điều động phương tiện phục vụ công tác của cơ quan")
    assert duty.assignees == ["Văn phòng"]


def test_an_attached_programmes_item_that_owns_its_duty_is_a_task():
    # hd_052 (Cần Thơ, 2004): the programme attached after the signature, "2.4. Cải cách tài chính công :" over "- Sở
    # Tài chính chủ trì và phối hợp với các Sở, Ban ngành có liên quan tổ chức thực hiện ..."
    tasks = legacy("hd_052.doc")
    [duty] = having(tasks, "chủ trì và phối hợp với các Sở, Ban ngành có liên quan tổ chức thực hiện")
    assert duty.assignees == ["Sở Tài chính"]
    # a procedure's step is none: "Giao Văn phòng Đăng ký đất đai cung cấp thông tin ...", "Hội đồng nhân dân tỉnh xem
    # xét thông qua Danh mục ..." (bulk: the procedures a land regulation attaches)
    assert not owns_duty("Giao Văn phòng Đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai cung cấp thông tin.")
    assert not owns_duty("Hội đồng nhân dân tỉnh xem xét thông qua Danh mục khu đất dự kiến thực hiện dự án thí điểm.")


def test_an_articles_title_alone_on_its_line_is_its_heading():
    # hd_053 (An Giang, 2002), each line a paragraph: "Điều 33. Sở Kế hoạch và Đầu tư" / "Sở Kế hoạch và Đầu tư giúp Ủy
    # ban Nhân dân tỉnh ...:" / "1. Chủ trì và phối hợp ..."; "Điều 34. Sở Tài chính - Vật giá" / "Sở Tài chính - Vật giá
    # hướng dẫn ..."
    tasks = legacy("hd_053.doc")
    [duty] = having(tasks, "Phổ biến, hướng dẫn, theo dõi, kiểm tra việc thực hiện")
    assert duty.assignees == ["Sở Kế hoạch và Đầu tư"]
    [duty] = having(tasks, "hướng dẫn thực hiện việc hỗ trợ đầu tư")
    assert duty.assignees == ["Sở Tài chính - Vật giá"]


def test_the_items_of_a_lead_field_name_their_lead_bodies():
    # hd_052: "2.2. Cải cách tổ chức bộ máy hành chính:" / "- Cơ quan chủ trì:" / "+ Sở Nội vụ thực hiện nội dung các điểm
    # 2.1, 2.2, ..." / "+ Sở Tài chính và Sở Nội vụ hướng dẫn các cơ quan, đơn vị xây dựng đề án ..."
    tasks = legacy("hd_052.doc")
    [duty] = having(tasks, "thực hiện nội dung các điểm 2.1, 2.2, 2.3, 2.4")
    assert duty.assignees == ["Sở Nội vụ"]
    [duty] = having(tasks, "hướng dẫn các cơ quan, đơn vị xây dựng đề án sắp xếp tổ chức")
    assert duty.assignees == ["Sở Tài chính", "Sở Nội vụ"]


def test_a_lead_in_in_the_issuers_own_voice_names_no_one():
    # hd_055 (Thông tư 08/2001/TT-BTC): "Bộ Tài chính hướng dẫn bổ sung về thuế thu nhập doanh nghiệp như sau:" over its
    # rules ("1. Thu nhập chịu thuế ... được xác định theo hướng dẫn tại Phần B ..."): its guidance, no duty of its own
    tasks = legacy("hd_055.rtf")
    assert not [t for t in tasks if t.assignees == ["Bộ Tài chính"]]
    # the duties its rules place stay: "Chi nhánh nước ngoài có trách nhiệm đăng ký thuế thu nhập doanh nghiệp ..."
    [duty] = having(tasks, "có trách nhiệm đăng ký thuế thu nhập doanh nghiệp với cơ quan thuế")
    assert duty.assignees == ["Chi nhánh nước ngoài"]


_OWN_PLAN = plain_letter("""ỦY BAN NHÂN DÂN
XÃ BÌNH AN
Số: 12/KH-UBND""", """
KẾ HOẠCH
Tuyên truyền phòng chống dịch bệnh năm 2025

Ủy ban nhân dân xã Bình An triển khai thực hiện các nhiệm vụ sau:
1. Tổ chức tuyên truyền trên hệ thống loa truyền thanh xã hằng tuần.
2. Phối hợp với Trạm Y tế xã kiểm tra vệ sinh tại các trường học trước ngày 30/4/2025.
""")


def test_the_issuers_lead_in_over_actions_gives_it_its_own_tasks():
    # the guard of the rule above: a plan's lead-in in the issuer's voice over actions lists the issuer's own tasks
    tasks = extract_text(_OWN_PLAN).tasks
    assert [t.assignees for t in tasks] == [["Ủy ban nhân dân xã Bình An"]] * 2
