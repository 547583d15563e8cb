"""Tasks read from the document's structure, seventeenth round of issue 15 (from the misses of
task_tuning_set_18, central texts annotated blind): a name the document makes by repeating it;
the last duty of a decree under the heading of its effect; an article's title of duties above a
lead-in of its own; a standing rule's dates that recur each year. Each on the real document,
with the shape beside it that stays as it was.
"""
from __future__ import annotations

from extractors.deadlines import find_deadline
from extractors.layout import segment
from extractors.pipeline import extract_text
from extractors.tasks.outline import items
from extractors.tasks.repeated import qualified_names
from real_documents import FIXTURES, central_tasks, having


def _qualified(name: str) -> dict[str, tuple[str, ...]]:
    text = (FIXTURES / "central_texts" / name).read_text(encoding="utf-8")
    return qualified_names(items(text, segment(text)))


def test_a_name_the_document_repeats_is_read_in_full():
    # Thông tư 03/2024/TT-BLĐTBXH: "Cơ quan, đơn vị thực hiện dự án tổ chức thực hiện ...", "... thông báo ...",
    # "... xây dựng ..."; "Đơn vị chủ trì liên kết lập hồ sơ ...", "... phối hợp ...", "... tổng hợp ..."; the lexicon
    # read "Cơ quan, đơn vị" and "Đơn vị" and took the rest for the action
    assert _qualified("ext_59.txt") == {"cơ quan, đơn vị": ("thực hiện dự án",), "đơn vị": ("chủ trì liên kết",)}
    tasks = central_tasks("ext_59.txt")
    [notice] = having(tasks, "thông báo kế hoạch lựa chọn đơn vị đặt hàng")
    assert notice.assignees == ["Cơ quan, đơn vị thực hiện dự án"]
    assert notice.action.startswith("thông báo kế hoạch")
    [dossier] = having(tasks, "lập hồ sơ đề nghị dự án theo quy định tại khoản 2 Điều 21")
    assert dossier.assignees == ["Đơn vị chủ trì liên kết"]
    assert not [t for t in tasks if t.action.startswith(("thực hiện dự án ", "chủ trì liên kết "))]


def test_a_shared_first_verb_is_no_part_of_a_name():
    # Nghị định 121/2026/NĐ-CP repeats "Cơ quan đề nghị thành lập"; what bodies' sentences share as their verb alone
    # ("thực hiện") or as a duty ("có trách nhiệm") names no one
    assert _qualified("ext_54.txt") == {"cơ quan": ("đề nghị thành lập",)}
    assert _qualified("ext_55.txt") == {}


def test_the_effect_article_holds_a_bodys_last_duty():
    # Nghị định 182/2026/NĐ-CP, "Điều 10. Hiệu lực thi hành" / "2. Bộ Giáo dục và Đào tạo có trách nhiệm rà soát, đề
    # xuất ..." / "3. Việc thực hiện chế độ ... chịu sự kiểm tra ... Bộ Giáo dục và Đào tạo phối hợp với ..."
    tasks = central_tasks("ext_56.txt")
    [review] = having(tasks, "có trách nhiệm rà soát, đề xuất Chính phủ điều chỉnh")
    assert review.assignees == ["Bộ Giáo dục và Đào tạo"]
    [check] = having(tasks, "phối hợp với các bộ, ngành, địa phương có liên quan chỉ đạo kiểm tra")
    assert check.assignees == ["Bộ Giáo dục và Đào tạo"]
    # the effect itself ("1. Nghị định này có hiệu lực thi hành từ ngày ...") is no one's duty
    assert not having(tasks, "có hiệu lực thi hành")


def test_a_title_of_duties_names_who_acts_above_its_own_lead_in():
    # Nghị định 121/2026/NĐ-CP, "Điều 20. Thẩm quyền và trách nhiệm của Bộ trưởng, Thủ trưởng cơ quan ngang bộ" /
    # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ thực hiện thẩm quyền, trách nhiệm sau:" / "1. Trình cơ quan ..."; the title
    # and the lead-in were read as one name. "Điều 19. Thẩm quyền và trách nhiệm của Bộ trưởng Bộ Nội vụ": powers and
    # duties, a title of duties
    tasks = central_tasks("ext_54.txt")
    [criteria] = having(tasks, "quy định cụ thể tiêu chí thành lập tổ chức hành chính theo ngành")
    assert criteria.assignees == ["Bộ trưởng", "Thủ trưởng cơ quan ngang bộ"]
    [update] = having(tasks, "Tổng hợp, cập nhật thông tin về tổ chức hành chính trong phạm vi cả nước")
    assert update.assignees == ["Bộ trưởng Bộ Nội vụ"]


def test_a_standing_rules_day_and_month_recur_every_year():
    # Nghị định 140/2026/NĐ-CP: "Ủy ban nhân dân cấp tỉnh ... gửi ... trước ngày 01 tháng 5": each year's report
    [send] = having(central_tasks("ext_55.txt"), "trước ngày 01 tháng 5")
    assert send.deadline is not None and send.deadline.kind == "recurring"
    assert send.deadline.recurrence == "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1"
    sentence = "Sở Tài chính báo cáo trước ngày 01 tháng 5."
    standing = find_deadline(sentence, doc_year=2026, standing=True)
    assert standing is not None and standing.recurrence == "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1"
    assert str(standing.date) == "2026-05-01"  # the first of them
    # in a letter or a plan (its number holds no year) the date is this year's, once
    once = find_deadline(sentence, doc_year=2026)
    assert once is not None and once.kind == "absolute" and once.recurrence is None
    # a year printed is one day, in a standing rule too
    dated = find_deadline("Sở Tài chính báo cáo trước ngày 01 tháng 5 năm 2027.", doc_year=2026, standing=True)
    assert dated is not None and dated.kind == "absolute" and str(dated.date) == "2027-05-01"


def test_a_legal_texts_number_makes_it_standing():
    # the pipeline reads a standing rule by its number: 140/2026/NĐ-CP holds its year
    text = (FIXTURES / "central_texts" / "ext_55.txt").read_text(encoding="utf-8")
    assert any(t.deadline and t.deadline.recurrence and "BYMONTH=5" in t.deadline.recurrence
               for t in extract_text(text).tasks)
    letter = text.replace("Số: 140/2026/NĐ-CP", "Số: 140/NĐ-CP")
    assert not any(t.deadline and t.deadline.recurrence and "BYMONTH=5" in t.deadline.recurrence
                   for t in extract_text(letter).tasks)

