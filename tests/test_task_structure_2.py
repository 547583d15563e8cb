"""Tasks read from the document's structure, second round of issue 15: one test per
class of misses on the tuning set (`fixtures/task_tuning_set/`), each on a real
document of the visible corpora, and items under a scope naming an assignee that are
not duties and stay out.
"""
from __future__ import annotations

from pathlib import Path

from extractors.assignees import read_names
from extractors.load import load_bytes
from extractors.pipeline import extract_text
from extractors.tasks.reading import scope_names, states_duty

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def tasks_of(name: str, folder: str = "bulk"):
    return extract_text((CORPUS / folder / name).read_text(encoding="utf-8")).tasks


def pdf_tasks(name: str):
    doc = CORPUS / "pdf" / name
    loaded = load_bytes(doc.read_bytes(), doc.name)
    return extract_text(loaded.text, meta=loaded.meta).tasks


def having(tasks, phrase: str):
    return [t for t in tasks if phrase in t.text]


def one(tasks, phrase: str):
    found = having(tasks, phrase)
    assert len(found) == 1, [t.text[:60] for t in tasks]
    return found[0]


# A scope heading names by position: the whole phrase up to its sphere

def test_a_scope_heading_names_a_qualified_body_the_lexicon_reads_only_in_part():
    # central (Quyết định 33/2025/QĐ-TTg): "Điều 12. Quyền và trách nhiệm của cơ quan, tổ chức sử dụng dịch vụ",
    # "Điều 13. Trách nhiệm của các tổ chức, doanh nghiệp liên quan đến hoạt động cung cấp dịch vụ"
    tasks = tasks_of("ce_003.txt", "central")
    assert one(tasks, "Phối hợp kiểm tra bảo đảm an ninh mạng").assignees == ["cơ quan, tổ chức sử dụng dịch vụ"]
    assert one(tasks, "Bố trí, bảo đảm nguồn điện").assignees == ["cơ quan, tổ chức sử dụng dịch vụ"]
    assert one(tasks, "Triển khai kênh truyền kết nối").assignees == [
        "các tổ chức, doanh nghiệp liên quan đến hoạt động cung cấp dịch vụ"]


def test_a_scope_heading_stops_at_its_sphere_and_splits_at_each_of():
    assert scope_names("Trách nhiệm của Bộ trưởng Bộ Công an, của Thủ trưởng công an các đơn vị, địa phương "
                       "trong tổ chức và chỉ đạo hoạt động thanh tra") == (
        "Bộ trưởng Bộ Công an", "Thủ trưởng công an các đơn vị, địa phương")
    # a name the lexicon holds whole keeps "về" inside it
    assert scope_names("Trách nhiệm của cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh") == (
        "cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh",)


# Items not duties under a scope that names an assignee

def test_what_a_body_may_do_stays_out_under_its_scope_of_rights_and_duties():
    # "Điều 12. Quyền và trách nhiệm của cơ quan, tổ chức sử dụng dịch vụ / 2. Cơ quan, tổ chức sử dụng
    # dịch vụ được sử dụng Mạng ... không phải trả cước": a right, not a duty
    tasks = tasks_of("ce_003.txt", "central")
    assert not having(tasks, "không phải trả cước dịch vụ")
    # "Cơ quan, tổ chức ...": a list of bodies, "tổ chức" not a verb that opens a duty
    assert not states_duty("Cơ quan, tổ chức sử dụng dịch vụ được sử dụng Mạng truyền số liệu chuyên dùng.")


def test_a_quoted_assignment_and_work_not_yet_done_are_no_duties():
    # bulk (Công điện 230/CĐ-TTg): 'Thủ tướng Chính phủ đã giao “Thanh tra Chính phủ, Bộ Quốc phòng, các địa
    # phương xây dựng kế hoạch ...”', 'UBND thành phố Đà Nẵng chưa thực hiện việc rà soát'
    tasks = tasks_of("bk_fa0dcc139cec.txt")
    assert not having(tasks, "xây dựng kế hoạch và tổ chức triển khai, bảo đảm hoàn thành")
    assert not having(tasks, "chưa thực hiện việc rà soát")
    assert read_names("UBND thành phố Đà Nẵng chưa thực hiện").names == ("UBND thành phố Đà Nẵng",)


# Parallel points of two clauses are two tasks; a summary's copy is one

def test_the_same_point_of_two_clauses_is_two_tasks():
    # central (Nghị quyết 170/2024/QH15): "a) Ủy ban nhân dân thành phố Đà Nẵng rà soát, hoàn thiện ..." under
    # khoản 1 and again under khoản 2 of Điều 4
    tasks = tasks_of("ce_008.txt", "central")
    assert len(having(tasks, "rà soát, hoàn thiện theo thẩm quyền các thủ tục về đất đai")) == 2
    assert len(having(tasks, "Khánh Hòa rà soát việc xác định giá đất")) == 2


# A whole statement over its sub-lines is a duty

def test_an_item_that_is_a_whole_sentence_is_a_duty_though_lines_hang_under_it():
    # bulk (Cục Thuế): "3. Nắm bắt, xử lý kịp thời các vướng mắc ..." over "- Đầu mối hỗ trợ nghiệp vụ: ..."
    task = one(tasks_of("bk_4d24ae4c15cb.txt"), "Nắm bắt, xử lý kịp thời các vướng mắc")
    assert "các Thuế tỉnh, thành phố" in task.assignees


# Names: roles, titles, compounds, central bodies, qualified subjects

def test_a_role_after_a_dash_is_not_part_of_the_name():
    # bulk: "Giao Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751 đôn đốc ..."
    tasks = having(tasks_of("bk_fa0dcc139cec.txt"), "đôn đốc các Bộ, cơ quan, địa phương")
    assert tasks and all(t.assignees == ["Bộ Tài chính"] for t in tasks)
    assert read_names("Phòng Tài chính - Kế hoạch huyện").names == ("Phòng Tài chính - Kế hoạch huyện",)


def test_titles_and_compound_names_the_lexicon_reads():
    tasks = tasks_of("bk_e01d3782fbed.txt")  # công điện on the floods
    assert one(tasks, "chỉ đạo các ngân hàng, tổ chức tín dụng").assignees == [
        "Thống đốc Ngân hàng Nhà nước Việt Nam"]
    assert one(tasks, "theo dõi thường xuyên tình hình").assignees == ["các đồng chí Phó Thủ tướng Chính phủ"]
    # bulk: "1. Cơ quan thanh tra khẩn trương hoàn thành ...", not "Cơ quan thanh" and a verb "tra"
    found = having(tasks_of("bk_fa0dcc139cec.txt"), "hoàn thành việc thanh tra và ban hành kết luận")
    assert found and all(t.assignees == ["Cơ quan thanh tra"] for t in found)
    # central (Nghị định on talent): "Bộ Ngoại giao cung cấp ...", not "Bộ Ngoại" and the verb "giao"
    assert one(tasks_of("ce_010.txt", "central"), "Bộ Ngoại giao cung cấp").assignees == ["Bộ Ngoại giao"]


def test_a_name_runs_on_to_its_lead_duty_in_words_that_state_no_action():
    # central: "3. Cơ quan chủ quản dữ liệu, nền tảng, hệ thống thông tin chủ trì xây dựng phương án ..."
    task = one(tasks_of("ce_003.txt", "central"), "chủ trì xây dựng phương án và tổ chức thực hiện liên thông")
    assert task.assignees == ["Cơ quan chủ quản dữ liệu, nền tảng, hệ thống thông tin"]
    # a closing formula is no name: "Bộ Tài chính trân trọng cảm ơn sự phối hợp ..."
    assert not having(tasks_of("bk_2d737276bf41.txt"), "cảm ơn sự")


# Verbs off the list, where the structure speaks

def test_a_clause_of_the_implementing_article_opening_with_a_body_is_its_duty():
    # central (Nghị quyết 170/2024/QH15): "Điều 9. Tổ chức thực hiện / 1. Chính phủ quy định chi tiết ..."
    tasks = tasks_of("ce_008.txt", "central")
    assert one(tasks, "Chính phủ quy định chi tiết và tổ chức thực hiện").assignees == ["Chính phủ"]
    assert one(tasks, "phối hợp tổ chức thực hiện Nghị quyết này").assignees == [
        "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán nhà nước"]
    # outside such an article a body and a verb off the list is no duty: Điều 6, "Nhà đầu tư được ..."
    assert not having(tasks, "Nhà đầu tư được tiếp tục sử dụng đất")


def test_a_verb_like_a_body_s_name_opens_a_list_of_verbs():
    # central: "1. Bộ Quốc phòng / ... e) Thanh tra, kiểm tra việc thực hiện chính sách ..."
    task = one(tasks_of("ce_010.txt", "central"), "Thanh tra, kiểm tra việc thực hiện chính sách thu hút")
    assert task.assignees == ["Bộ Quốc phòng"]


# Lines and deadlines

def test_a_line_after_a_word_wanting_its_complement_continues_the_item():
    # bulk: "... Chủ động liên hệ, làm việc với\nTổ chức Y tế Thế giới (WHO) ...": no item opens at "Tổ chức"
    tasks = tasks_of("bk_e01d3782fbed.txt")
    assert not [t for t in tasks if t.text.startswith("Tổ chức Y tế Thế giới")]
    assert having(tasks, "làm việc với Tổ chức Y tế Thế giới")


def test_a_closing_completion_clause_dates_the_item_s_earlier_sentences():
    # "7. Bộ trưởng Bộ Y tế chỉ đạo ... sau lũ. Không để người dân thiếu nơi điều trị ...; hoàn thành trước
    # ngày 30/11/2025."
    task = one(tasks_of("bk_e01d3782fbed.txt"), "khôi phục hoạt động của các cơ sở y tế")
    assert task.deadline is not None and str(task.deadline.date) == "2025-11-30"


def test_a_page_break_inside_a_sentence_and_a_signature_stamp_make_no_item():
    # pdf: "5. Sở Thông tin và Truyền thông chủ động phối hợp Sở Nông nghiệp và" / "" / "Phát triển nông thôn ..."
    tasks = pdf_tasks("pd_002.pdf")
    assert one(tasks, "chủ động phối hợp Sở Nông nghiệp và Phát triển nông thôn").assignees == [
        "Sở Thông tin và Truyền thông"]
    # pdf: "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi" / "Thời gian ký: 05/01/2021 08:15:24" stamped on a page
    assert not having(pdf_tasks("pd_003.pdf"), "Thời gian ký")


def test_a_name_holding_a_verb_in_a_compound_word_is_read_whole():
    # bulk (the issue's example of a name cut at "công lập"): "... các đơn vị sự nghiệp công lập ... chịu trách
    # nhiệm thi hành Quyết định này"
    task = one(tasks_of("bk_43ce594e2a64.txt"), "chịu trách nhiệm thi hành")
    assert "các đơn vị sự nghiệp công lập" in task.assignees
