"""Tasks read from the document's structure (issue 15): one test per class of misses
on letters the rules had never seen, each on a real document of the visible corpora,
and items under a scope naming an assignee that are not duties and stay out.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.deadlines import find_deadline
from extractors.pipeline import extract_text
from extractors.tasks.blocks import field_kinds
from extractors.tasks.outline import Item
from extractors.tasks.reading import heading_names, scope_names, states_duty
from extractors.tasks.tables import _role

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def tasks_of(name: str, folder: str = "bulk"):
    return extract_text((CORPUS / folder / name).read_text(encoding="utf-8")).tasks


def one(tasks, opening: str):
    found = [t for t in tasks if t.action.startswith(opening) or t.text.startswith(opening)]
    assert len(found) == 1, [t.text[:60] for t in tasks]
    return found[0]


# 1. Regulations attached after the signature, and "Trách nhiệm của X" articles

def test_an_attached_regulation_gives_the_duties_of_its_responsibility_articles():
    # bulk: a Quyết định ban hành kèm theo a QUY CHẾ; "Điều 58. Trách nhiệm của Ủy ban nhân dân cấp xã"
    tasks = tasks_of("bk_5a80798bbf98.txt")
    text = (CORPUS / "bulk" / "bk_5a80798bbf98.txt").read_text(encoding="utf-8")
    assert one(tasks, "Tổ chức, củng cố Trung tâm Phục vụ hành chính công").assignees == ["Ủy ban nhân dân cấp xã"]
    assert one(tasks, "chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng").assignees == ["Sở Nông nghiệp và Môi trường"]
    # its procedures (Điều 1-57) name who acts in one heading of duties ("4. Cơ quan tiếp nhận hồ sơ và trả kết
    # quả theo quy định tại khoản 1, khoản 2 và khoản 3 Điều này có trách nhiệm:") and in one step whose body acts
    # by its own name ("Hội đồng nhân dân tỉnh xem xét thông qua Danh mục khu đất ...") (the decision's own
    # execution clause, "... căn cứ Quyết định thi hành./.", comes before the regulation)
    regulation = text.index("\nQUY CHẾ\n")
    chapter = text.index("Điều 58. Trách nhiệm của Ủy")
    before = {a for t in tasks if regulation <= t.span.start < chapter for a in t.assignees}
    assert before == {"Cơ quan tiếp nhận hồ sơ và trả kết quả", "Hội đồng nhân dân tỉnh"}


def test_an_article_on_a_body_s_responsibility_names_its_clauses():
    # bulk: "Điều 3. Trách nhiệm của Sở\nCông Thương / 1. Tổ chức thực hiện ... 2. Bảo đảm ..."
    tasks = tasks_of("bk_0f2d0646af98.txt")
    assert one(tasks, "Tổ chức thực hiện và chịu trách nhiệm").assignees == ["Sở Công Thương"]
    assert one(tasks, "Bảo đảm các điều kiện cần thiết").assignees == ["Sở Công Thương"]


def test_scope_headings_name_whom_they_scope():
    assert scope_names("Trách nhiệm của Sở Tài chính; Ủy ban nhân dân các xã, phường") == (
        "Sở Tài chính", "Ủy ban nhân dân các xã, phường")
    assert scope_names("Nhiệm vụ, quyền hạn của Ban Chỉ đạo") == ("Ban Chỉ đạo",)
    assert scope_names("Đối với các cơ sở bảo trợ xã hội:") == ("các cơ sở bảo trợ xã hội",)
    # in an attached regulation "Đối với X" names whom a rule concerns, not who acts
    assert heading_names("Đối với các cơ sở bảo trợ xã hội:", attached=True) == ()


# 2. Assignees outside the name lexicon, by shape and position

def test_a_determiner_led_subject_outside_the_lexicon_takes_its_duty():
    # bulk (Nghị quyết on school fees): "Các cơ sở giáo dục thực hiện công khai ...", ":107 ... có trách nhiệm"
    tasks = tasks_of("bk_f1e9ca38ca65.txt")
    assert one(tasks, "thực hiện công khai việc thu").assignees == ["Các cơ sở giáo dục"]
    assert one(tasks, "có trách nhiệm tổ chức thu các").assignees == ["Các cơ sở giáo dục"]


def test_the_object_of_giao_is_a_name_by_its_position():
    # bulk (công điện): "5. Giao Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng theo nhiệm vụ ..."
    # (the lexicon now holds the title too, and reads the two names it joins)
    task = one(tasks_of("bk_858c0de43c18.txt"), "theo nhiệm vụ được phân công chỉ đạo")
    assert task.assignees == ["Phó Thủ tướng Hồ Đức Phớc", "các Phó Thủ tướng"]
    # bulk: "Giao Thống kê tỉnh, thành phố chủ trì ...": a body named as a verb is, after "Giao"
    task = one(tasks_of("bk_2d737276bf41.txt"), "chủ trì, phối hợp với các Sở, ngành liên quan")
    assert task.assignees == ["Thống kê tỉnh, thành phố"]


# 3. Plan items with their field lines

def test_a_plan_item_takes_lead_partners_from_its_own_field_lines():
    # dev (Kế hoạch): "2. Tổ chức tập huấn ..." then "- Cơ quan chủ trì:", "- Cơ quan phối hợp:", "- Thời gian ..."
    task = one(tasks_of("hd_039.txt", "dev"), "Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn")
    assert task.assignees == ["Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Tài chính"]
    assert "Bảo hiểm xã hội Thành phố" in task.coordinators
    # the next item's field lines do not reach back to this one, nor the section's heading
    task = one(tasks_of("hd_039.txt", "dev"), "Tổ chức kiểm tra việc thi hành Luật Việc làm")
    assert task.assignees[0] == "Sở Nội vụ" and not task.coordinators


@pytest.mark.parametrize(("line", "kind"), [
    ("Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.", "lead"),  # a body's label running on to its colon
    ("Cơ quan phối hợp: Các sở, ban, ngành.", "partner"),
    ("Thời gian thực hiện: Năm 2026.", "time"),
    ("Chủ trì, phối hợp với các Sở: Tài chính, Xây dựng.", None),  # a duty, not a label
])
def test_field_labels(line, kind):
    assert field_kinds([Item("dash", "-", 0, len(line), line, 0)]).get(0) == kind


# 4. Qualified names kept whole

def test_a_heading_that_is_one_name_though_a_word_in_it_is_a_verb():
    # bulk: "1. Thủ\ntrưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ" over its items
    tasks = tasks_of("bk_77bf894e2b13.txt")
    assert one(tasks, "Kiên quyết cắt giảm").assignees == ["Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ"]
    assert not [t for t in tasks if t.action.startswith("tham mưu, quản lý nhà nước")]


def test_a_committee_s_name_runs_on_past_the_verb_that_names_it():
    # bulk (công điện): "6. Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp với ..."
    task = one(tasks_of("bk_cfef94bb5eaf.txt"), "phối hợp với cơ quan chức năng của Bộ Nông nghiệp")
    assert task.assignees == ["Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"]


def test_a_generic_head_qualified_by_a_verb_phrase_is_one_name():
    # bulk (Thông tư on fees): "Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm kê khai ..." is a duty of
    # the whole name; "Đơn vị cung cấp dịch vụ đăng kiểm được thu các chi phí ..." grants a right, no duty
    tasks = tasks_of("bk_2ff42266d5aa.txt")
    assert one(tasks, "có trách nhiệm kê khai, niêm yết").assignees == ["Đơn vị cung cấp dịch vụ đăng kiểm"]
    assert not [t for t in tasks if "được thu các chi phí" in t.text]


@pytest.mark.parametrize(("heading", "names"), [
    ("Các cơ sở bảo trợ xã hội", ("Các cơ sở bảo trợ xã hội",)),
    ("Tập thể lãnh đạo các đơn vị:", ("Tập thể lãnh đạo các đơn vị",)),
    ("Lực lượng Công an xã:", ("Lực lượng Công an xã",)),
    ("Các bước thực hiện", ()),  # a determiner, then no word of a body's name
    ("Các nội dung sau:", ()),  # what is done, not who
])
def test_a_heading_names_a_group_by_its_shape(heading, names):
    assert heading_names(heading) == names


def test_a_plural_with_its_members_is_kept_whole_too():
    # bulk (công điện): "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi ..."
    task = one(tasks_of("bk_b2fa00167737.txt"), "khẩn trương gửi Báo cáo về Văn phòng Chính phủ")
    assert "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng" in task.assignees
    assert "Ủy ban nhân dân tỉnh Gia Lai" in task.assignees


# 5. Task tables whose header uses other words

@pytest.mark.parametrize(("label", "role"), [
    ("cơ quan chủ trì[1]", "lead"),
    ("nội dung thực hiện", "task"),
    ("tên dự án, nhiệm vụ", "task"),
    ("sản phẩm dự kiến", "result"),
    ("thời gian thực hiện", "time"),
    ("nguồn lực thực hiện[2]", "other"),
    ("tình trạng", "other"),
    ("thuộc nhóm nhiệm vụ, hành động[1]", "other"),
])
def test_a_header_cell_s_role_comes_from_its_words(label, role):
    assert _role(label) == role


def test_a_table_with_footnoted_header_cells_gives_a_task_per_row():
    # bulk (Quyết định 2530/QĐ-TTg, Phụ lục II): "Tên dự án, nhiệm vụ | Nội dung chính | Cơ quan chủ trì[1] | ..."
    tasks = tasks_of("bk_646f0a00d417.txt")
    task = one(tasks, "Xây dựng, nâng cấp và vận hành Hệ thống Cảnh báo")
    assert task.assignees == ["Bộ Nông nghiệp và Môi trường"]
    assert task.deadline and task.deadline.date == date(2027, 12, 31)
    # a row whose "Nội dung chính" cell a blank line splits: its lead found by its names, not its place
    rows = [t for t in tasks if t.text.startswith("Xây dựng lộ trình cung ứng nhiên liệu và kiểm soát chất lượng")]
    assert [(t.assignees, t.deadline.date if t.deadline else None) for t in rows][-1] == (
        ["Bộ Công Thương"], date(2026, 12, 31))


# 6. Items that open with a verb not on the list, under a scope naming who acts

def test_items_under_a_scope_are_duties_whatever_verb_opens_them():
    # bulk: "Điều 3. Sở Khoa học và Công nghệ có trách nhiệm thực hiện các nhiệm vụ dưới đây ...:"
    tasks = tasks_of("bk_7cee710828fb.txt")
    assert one(tasks, "Khóa chức năng tiếp nhận hồ sơ").assignees == ["Sở Khoa học và Công nghệ"]
    assert one(tasks, "Hủy bỏ quy trình điện tử").assignees == ["Sở Khoa học và Công nghệ"]
    # bulk: "Điều 2. Trách nhiệm của các cơ quan, đơn vị / 1. Sở Tài chính / a) Đăng tải công khai ..."
    assert one(tasks_of("bk_fcc694761483.txt"), "Đăng tải công khai đầy đủ Danh mục").assignees == ["Sở Tài chính"]


# Items that are not duties stay out under a scope that names an assignee

def test_what_is_not_a_duty_stays_out_under_a_scope_naming_who_acts():
    # dev: "Sở Nội vụ đề nghị các doanh nghiệp ...:" then "7. Lưu ý ..." whose lead-in ends "... như:"
    # and lists violations ("- Không lập hồ sơ ...", "- Giả mạo Giấy phép ..."): instances, not duties
    tasks = tasks_of("hd_021.txt", "dev")
    assert not [t for t in tasks if t.text.startswith(("Không lập hồ sơ", "Giả mạo", "Phạt tiền"))]
    assert one(tasks, "Niêm yết công khai bản chính giấy phép").assignees == ["các doanh nghiệp"]
    # bulk: under "1. Thủ trưởng các cơ quan ...", "- Nghiên cứu, tham mưu Lãnh đạo Bộ:" is a sub-heading
    tasks = tasks_of("bk_77bf894e2b13.txt")
    assert not [t for t in tasks if t.text.startswith("Nghiên cứu, tham mưu Lãnh đạo Bộ")]


def test_sections_that_state_no_duty_hold_no_task():
    # bulk: "2. Đối tượng áp dụng / a) Sở Công Thương thành phố Cần Thơ và các tổ chức ..."
    assert not [t for t in tasks_of("bk_0f2d0646af98.txt") if "Cần Thơ và các tổ chức" in t.text]
    # bulk (a conference notice): "1. Đối tượng: - Cán bộ, công chức ...", "2. Thời gian: ..."
    tasks = tasks_of("bk_6a58c855aa6d.txt")
    assert not [t for t in tasks if t.text.startswith(("Cán bộ, công chức", "Công chức, viên chức", "Cần Thơ"))]


@pytest.mark.parametrize(("sentence", "duty"), [
    ("Chú trọng công tác đào tạo, bồi dưỡng đội ngũ cán bộ.", True),
    ("Lồng ghép nội dung phòng, chống thiên tai vào các chương trình.", True),
    ("Hợp đồng lao động cần đảm bảo đầy đủ các nội dung theo quy định.", False),  # a rule on a thing
    ("Nhằm nâng cao hiệu quả công tác quản lý nhà nước.", False),  # a purpose
    ("Năm 2025, Sở đã tổ chức 12 lớp tập huấn.", False),  # narration
    ("Văn phòng Chính phủ thông báo để các cơ quan biết.", False),  # a named subject: a sentence of its own
    ("Kinh phí thực hiện từ nguồn ngân sách nhà nước.", False),  # names a thing
])
def test_states_duty(sentence, duty):
    assert states_duty(sentence) is duty


# 7. The smaller ones

def test_a_deadline_sentence_stays_with_its_duty_and_a_wrapped_document_name_is_no_item():
    # bulk: "... công bố tại\nQuyết định này để thiết lập ... Hoàn thành trước ngày 28/11/2025."
    tasks = tasks_of("bk_094432765aa2.txt")
    task = one(tasks, "có trách nhiệm tổ chức xây dựng và trình UBND tỉnh")
    assert task.deadline and task.deadline.date == date(2025, 11, 28)
    assert not [t for t in tasks if t.text.startswith(("Hoàn thành trước", "Quyết định này"))]
    # bulk: "3. Các cơ quan, đơn vị, địa phương căn cứ nội dung\nQuyết định để triển khai ..."
    task = one(tasks_of("bk_31ea3f5a8224.txt"), "triển khai thực hiện nghiêm túc, đầy đủ")
    assert task.assignees == ["Các cơ quan, đơn vị, địa phương"]


def test_no_subject_is_guessed_after_a_comma_inside_a_list():
    # bulk: "... phối hợp với các Sở, ngành liên quan rà soát ...": "ngành liên quan" is no subject
    assert not [t for t in tasks_of("bk_2d737276bf41.txt") if "ngành liên quan" in t.assignees]


def test_a_lead_in_names_whom_it_asks_not_the_body_a_clause_narrates():
    # bulk: "Thực hiện Kết luận ..., Bộ Tài chính xây dựng kế hoạch ... Thông tin cụ thể như sau:"
    tasks = tasks_of("bk_6a58c855aa6d.txt")
    assert [t.assignees for t in tasks if t.text.startswith("Bộ Tài chính trân trọng đề nghị")] == [
        ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]]
    assert not [t for t in tasks if t.assignees == ["Bộ Tài chính"]]


@pytest.mark.parametrize("phrase", ["trước Thứ Tư ngày 03/12/2025", "trước thứ Tư, ngày 03/12/2025",
                                    "trước 17 giờ, Thứ Tư ngày 03/12/2025"])
def test_a_weekday_before_the_date(phrase):
    found = find_deadline(f"Báo cáo kết quả thực hiện {phrase}.", doc_date=date(2025, 11, 28))
    assert found is not None and found.date == date(2025, 12, 3)
