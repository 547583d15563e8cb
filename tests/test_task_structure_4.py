"""Tasks read from the document's structure, fourth round of issue 15: one test per
class of misses on the fourth tuning set (`fixtures/task_tuning_set_4/`), each on a real
document of the visible corpora, and items under a scope naming an assignee that are
not duties and stay out.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from extractors.load import load_bytes
from extractors.pipeline import extract_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def tasks_of(name: str, folder: str = "bulk"):
    doc = CORPUS / folder / name
    loaded = load_bytes(doc.read_bytes(), doc.name)
    return extract_text(loaded.text, meta=loaded.meta).tasks


def having(tasks, words: str):
    return [t for t in tasks if words in t.action or words in t.text]


# The execution article: who carries the decision out, however the page prints its heading

def test_an_article_word_alone_on_its_line_and_a_title_the_text_runs_on_from():
    # bulk: "Điều" / "5. Trách nhiệm thi hành" / "Chánh Văn phòng Ủy ban" / "nhân dân thành phố; ... chịu
    # trách nhiệm thi hành Quyết định này./.": the article's number on the line after its word, its title
    # followed by the text without a stop
    [duty] = having(tasks_of("bk_44bc41ecfb3f.txt"), "chịu trách nhiệm thi hành Quyết định này")
    assert duty.assignees[:3] == ["Chánh Văn phòng Ủy ban nhân dân thành phố",
                                  "Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp",
                                  "Chủ tịch Ủy ban nhân dân xã, phường"]
    # bulk: "Điều 3. Trách nhiệm thi hành" / "Chánh Văn phòng Ủy ban nhân dân" / "thành phố; Giám đốc các Sở; ..."
    [duty] = having(tasks_of("bk_606d5f203dec.txt"), "chịu trách nhiệm thi hành Quyết định này")
    assert duty.assignees[0] == "Chánh Văn phòng Ủy ban nhân dân thành phố"


def test_the_execution_formula_in_its_other_words():
    # bulk: "Điều 3. Thủ trưởng các cơ quan, đơn vị thuộc UBND tỉnh; Ủy ban nhân dân các xã, phường; các cơ
    # quan, tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./."
    [duty] = having(tasks_of("bk_e452177a2736.txt"), "căn cứ Quyết định thi hành")
    assert duty.assignees == ["Thủ trưởng các cơ quan, đơn vị thuộc UBND tỉnh", "Ủy ban nhân dân các xã, phường",
                              "các cơ quan, tổ chức, cá nhân có liên quan"]


def test_the_execution_formula_under_a_heading_of_the_text_s_effect():
    # bulk: "Điều 5. Hiệu lực thi hành" states no duty, but its "4. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám
    # đốc các Sở: Tài chính, ... chịu trách nhiệm thi hành Quyết định này." names who carries it out
    tasks = tasks_of("bk_f1526a5ac402.txt")
    [duty] = having(tasks, "chịu trách nhiệm thi hành Quyết định này")
    assert duty.assignees[0] == "Chánh Văn phòng Ủy ban nhân dân tỉnh"
    # its other clauses stay out ("1. Quyết định này có hiệu lực ...", "3. Quyết định này bãi bỏ ...")
    assert not having(tasks, "Quyết định này có hiệu lực")
    assert not having(tasks, "Quyết định này bãi bỏ")


# Under a scope naming who acts, items that are no duty of it

def test_the_text_itself_as_subject_is_no_action_under_the_execution_article():
    # bulk: "Điều 4. Chánh Văn phòng ..., Giám đốc các Sở: ... chịu trách nhiệm thi hành Quyết định này." then
    # "Quyết định này có hiệu lực thi hành kể từ ngày ký, ban hành./.": "Quyết định" is the text, not the verb
    tasks = tasks_of("bk_27009faffc98.txt")
    assert having(tasks, "chịu trách nhiệm thi hành Quyết định này")
    assert not having(tasks, "có hiệu lực thi hành kể từ ngày ký")


def test_a_right_given_under_a_body_s_scope_is_no_duty():
    # bulk: "Điều 3. Trách nhiệm" / "của Giám đốc Sở Nông nghiệp và Môi trường" / "2. Bố trí nhân lực ...",
    # "3. Được sử dụng con dấu của Sở Nông nghiệp và Môi trường ...": a right, not a duty
    tasks = tasks_of("bk_e4fe6376a6d8.txt")
    [duty] = having(tasks, "Bố trí nhân lực và điều kiện cần thiết")
    assert duty.assignees == ["Giám đốc Sở Nông nghiệp và Môi trường"]
    assert not having(tasks, "Được sử dụng con dấu")


# Assigning verbs that assign nothing

def test_a_passive_verb_in_a_cited_title_and_a_request_paper_assign_nothing():
    # bulk: "Căn cứ Thông tư số 23/2023/TT-BTC ... tài sản cố định do Nhà nước giao cho doanh nghiệp quản lý
    # không tính thành phần vốn nhà nước tại doanh nghiệp;": the state's act, named in the basis
    tasks = tasks_of("bk_44bc41ecfb3f.txt")
    assert not having(tasks, "không tính thành phần vốn nhà nước tại doanh nghiệp;")
    # bulk (Thông tư on fees): "Doanh nghiệp, hộ kinh doanh khi nộp hồ sơ đề nghị cơ quan quản lý nhà nước có
    # thẩm quyền cấp, điều chỉnh Giấy phép ... phải nộp phí": the application, not a request of this text
    assert not [t for t in tasks_of("bk_39db3d8c3cc4.txt") if t.assignees == ["cơ quan quản lý nhà nước"]]


# Names by their shape and position

def test_a_head_that_is_also_a_verb_names_a_body_before_its_responsibility():
    # bulk (Thông tư on inspection fees): "2. Tổ chức kiểm định có trách nhiệm kê khai, niêm yết, công khai
    # thông tin về giá ...": "Tổ chức" with a few words up to "có trách nhiệm" is a body, not "to organise"
    [duty] = having(tasks_of("bk_631e2524192d.txt"), "kê khai, niêm yết, công khai thông tin về giá")
    assert duty.assignees == ["Tổ chức kiểm định"]


# Deadlines: a long closing note, and the day a result applies from

def test_a_closing_note_with_a_long_time_limit_dates_the_duty_before_it():
    # bulk: "Giao Sở Giáo dục và Đào tạo chủ trì, ... tổ chức thực hiện công khai ... theo đúng quy định. Hoàn
    # thành xong trong thời hạn 03 ngày làm việc, kể từ ngày Quyết định có hiệu lực thi hành.": one task,
    # dated 3 working days after the decision takes effect (on signing, Friday 21 November 2025)
    tasks = tasks_of("bk_65dec8089b8b.txt")
    [duty] = having(tasks, "thực hiện công khai thủ tục hành chính nội bộ")
    assert duty.deadline is not None and duty.deadline.date == date(2025, 11, 26)
    assert not [t for t in tasks if t.action.startswith("Hoàn thành xong")]


def test_the_day_a_result_applies_from_is_its_deadline():
    # central (Nghị quyết 254/2025/QH15): "3. Hội đồng nhân dân cấp tỉnh quyết định bảng giá đất, công bố và áp
    # dụng từ ngày 01 tháng 01 năm 2026; ..."
    [duty] = having(tasks_of("ce_009.txt", "central"), "công bố và áp dụng từ ngày 01 tháng 01 năm 2026")
    assert duty.deadline is not None and duty.deadline.date == date(2026, 1, 1)


def test_a_name_after_a_comma_that_ends_a_name_goes_on_with_a_list():
    # bulk: "Điều 1. Công bố kèm theo Quyết định này danh mục 09 thủ tục hành chính ... thuộc thẩm quyền giải
    # quyết của Sở Nông nghiệp và Môi trường, UBND cấp xã thực hiện không phụ thuộc vào địa giới hành chính":
    # the names of the object, not a subject and its duty
    tasks = tasks_of("bk_a0079a10826a.txt")
    assert not [t for t in tasks if t.assignees == ["UBND cấp xã"]]
    # a sentence that opens with its names keeps its list: "Điều 4. Chánh Văn phòng UBND tỉnh; ... Giám đốc: Trung
    # tâm Phục vụ hành chính công tỉnh, Trung tâm Công báo - Tin học tỉnh; ... chịu trách nhiệm thi hành ..."
    assert having(tasks_of("bk_adc1d34379e9.txt"), "chịu trách nhiệm thi hành Quyết định này")
    # central (Thông tư on driving schools): "Kết thúc khóa học, cơ sở đào tạo lái xe báo cáo Cục Cảnh sát giao
    # thông, Phòng Cảnh sát giao thông báo cáo Giám đốc Công an cấp tỉnh: ...": after a verb's object, not a name
    # qualifying a noun ("của X"), the next name opens a clause of its own
    [duty] = having(tasks_of("ce_016.txt", "central"), "báo cáo Giám đốc Công an cấp tỉnh: Kết quả đào tạo lái xe")
    assert duty.assignees == ["Phòng Cảnh sát giao thông"]


# Criteria and conditions, and articles below a summary printed above the text

def test_criteria_are_no_duties_and_an_article_stands_outside_the_summary_above_it():
    # bulk (a news page over Thông tư 33/2025/TT-BKHCN): "## Tiêu chí doanh nghiệp ... như sau:" / "- Tiêu chí về
    # nghiên cứu khoa học, ..., doanh nghiệp phải đáp ứng đồng thời hai nội dung sau:" / "- Doanh nghiệp phải có bộ
    # phận nghiên cứu khoa học ...": what qualifies for the incentive, not a duty
    tasks = tasks_of("bk_fd4febcd7fbe.txt")
    assert not having(tasks, "phải có bộ phận nghiên cứu khoa học")
    assert not having(tasks, "phải có tổng chi cho hoạt động nghiên cứu khoa học")
    # the Thông tư's own articles below the summary are not items of its list: "Điều 4. Tổ chức thực hiện" /
    # "2. Doanh nghiệp ... có trách nhiệm:" / "a) Tự chứng minh việc đáp ứng tiêu chí ..."
    [duty] = having(tasks, "Tự chứng minh việc đáp ứng tiêu chí")
    assert duty.assignees == ["Doanh nghiệp thực hiện dự án sản xuất thiết bị điện tử"]


def test_criteria_speak_for_their_own_items_only():
    # central (Thông tư on driving schools): "Điều 12. Tiêu chuẩn, điều kiện xe tập lái và cấp, đổi, cấp lại, thu
    # hồi Giấy phép xe tập lái" / "6. Thu hồi Giấy phép xe tập lái" / "... Cơ sở đào tạo lái xe có trách nhiệm
    # nộp lại Giấy phép xe tập lái ...": a duty under the article's clause on withdrawal
    [duty] = having(tasks_of("ce_016.txt", "central"), "có trách nhiệm nộp lại Giấy phép xe tập lái")
    assert duty.assignees == ["Cơ sở đào tạo lái xe"]


def test_an_office_title_before_a_colon_heads_each_body_listed_after_it():
    # bulk: "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế, Giám đốc các sở; ...; Giám đốc: Trung tâm Phục
    # vụ hành chính công tỉnh, Trung tâm Công báo - Tin học tỉnh; Chủ tịch UBND cấp xã ... chịu trách nhiệm thi
    # hành Quyết định này./.": the whole list, each centre under its director
    [duty] = having(tasks_of("bk_1ea5e769bcf1.txt"), "chịu trách nhiệm thi hành Quyết định này")
    assert duty.assignees[0] == "Chánh Văn phòng UBND tỉnh"
    assert {"Giám đốc Trung tâm Phục vụ hành chính công tỉnh", "Giám đốc Trung tâm Công báo - Tin học tỉnh"} <= set(
        duty.assignees)
    # bulk: "Điều 4. Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc: Sở Nông nghiệp và Môi trường, Sở Nội vụ; ..."
    [duty] = having(tasks_of("bk_e4fe6376a6d8.txt"), "chịu trách nhiệm thi hành Quyết định này")
    assert {"Giám đốc Sở Nông nghiệp và Môi trường", "Giám đốc Sở Nội vụ"} <= set(duty.assignees)


# A clause of an article that opens with its basis, then the body's name

def test_a_clause_naming_its_body_after_its_basis_and_time_is_that_body_s_duty():
    # central (Nghị quyết on nominating candidates), "Điều 3. Điều chỉnh và hướng dẫn việc giới thiệu người ứng
    # cử": "1. Căn cứ vào kết quả hiệp thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2025, Ủy ban Thường
    # vụ Quốc hội tiến hành điều chỉnh lần thứ nhất cơ cấu, ... được giới thiệu ứng cử ...": the passive far into
    # the clause belongs to its object
    tasks = tasks_of("ce_006.txt", "central")
    [duty] = [t for t in having(tasks, "tiến hành điều chỉnh lần thứ nhất cơ cấu")
              if t.assignees == ["Ủy ban Thường vụ Quốc hội"]]
    assert duty.deadline is not None and duty.deadline.date == date(2025, 12, 15)
    # its other clauses, on what a meeting does ("1. Hội nghị cử chủ tọa ..."), name no body's duty
    assert not having(tasks, "Hội nghị cử chủ tọa")


# A scanned decision: an article that opens with its first point, persons in the execution list

def test_an_article_opening_with_its_first_point_and_persons_in_the_execution_list():
    # pdf (a 1999 land decision, scanned): "Điều 2: a) Uỷ bạn nhân dân thị xã Cao Bảng có nhiệm vụ giải phóng mặt
    # bằng, ..." (the scan's spelling): the point is the article's first item, its body read by its shape
    tasks = tasks_of("pd_001.pdf", "pdf")
    [duty] = having(tasks, "có nhiệm vụ giải phóng mặt bằng")
    assert duty.assignees == ["Uỷ bạn nhân dân thị xã Cao Bảng"]
    # "Điều 3: Các ông: Chánh văn phòng UBND tỉnh, ... UBND phường Tân Giang thị xã Cao Bằng và ông, bà: Nông Bích
    # Sảng - Nông Đình Huân chịu trách nhiệm thi hành Quyết định này."
    [duty] = having(tasks, "chịu trách nhiệm thi hành Quyết định này")
    assert duty.assignees[0] == "Chánh văn phòng UBND tỉnh"


# A heading over duties is a name by its position, though the lexicon reads only its start

def test_a_heading_over_duties_names_its_body_by_position():
    # pdf (Thông báo kết luận, scanned): "1. Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn" over "a) Tiếp
    # tục tập trung lãnh đạo, ...", "b) Khẩn trương hoàn thành phê duyệt ...": the lexicon reads "Ban Chỉ đạo"
    tasks = tasks_of("pd_012.pdf", "pdf")
    [duty] = having(tasks, "Khẩn trương hoàn thành phê duyệt đối tượng hỗ trợ nhà ở")
    assert duty.assignees == ["Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn"]
    # bulk (Cục Thuế answering a question): "Cục Thuế xin trả lời như sau:" is a sentence, no name
    assert not [t for t in tasks_of("bk_ad7a1b2470f2.txt") if "Cục Thuế xin trả lời như sau" in t.assignees]
    # central: "Điều 4. Tổ chức, quản lý, vận hành" over what the networks are is a title of activities, no body
    assert not [t for t in tasks_of("ce_003.txt", "central") if "Tổ chức, quản lý, vận hành" in t.assignees]


def test_a_council_s_groups_and_members_are_names_of_their_own():
    # bulk (Nghị quyết of a city council): "Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các
    # Tổ đại biểu và các đại biểu Hội đồng nhân dân Thành phố giám sát việc thực hiện Nghị quyết.": each group a
    # name, so the list no longer runs past its length and cuts "Thành phố" off into the action
    [duty] = having(tasks_of("bk_d2ab0055765c.txt"), "giám sát việc thực hiện Nghị quyết")
    assert duty.action.startswith("giám sát")
    assert "các Tổ đại biểu" in duty.assignees
    assert "các đại biểu Hội đồng nhân dân Thành phố" in duty.assignees


# Under a scope naming who acts, an item that names its own subject and its verb

def test_an_item_naming_its_subject_and_verb_under_a_scope_is_its_duty():
    # bulk (công điện of the Bộ Xây dựng): "8. Các đơn vị tổ chức trực ban và thực hiện nghiêm túc chế độ báo cáo
    # về Ban Chỉ huy Phòng thủ dân sự Bộ Xây dựng ...": "tổ chức" is the verb after the named units
    [duty] = having(tasks_of("bk_a8e9e9675ab6.txt"), "tổ chức trực ban")
    assert duty.assignees == ["Các đơn vị"]
    # bulk (a Quy chế): "Bộ phận Một cửa, cơ quan tiếp nhận hồ sơ, cơ quan giải quyết hồ sơ ... không được yêu cầu
    # ...": the verb after a bare head qualifies it ("cơ quan tiếp nhận hồ sơ"), no subject and its duty
    assert not [t for t in tasks_of("bk_5a80798bbf98.txt") if t.assignees == ["Bộ phận Một cửa, cơ quan"]]
