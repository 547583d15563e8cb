"""Task tables ("DANH MỤC CÁC NHIỆM VỤ ..."), read cell by cell as text layers print them."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.deadlines import column_deadline
from extractors.pipeline import extract_text
from extractors.tasks.tables import task_tables
from real_documents import having, tasks_of

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# The header and rows as the web text of Quyết định 2629/QĐ-TTg prints them (bulk),
# with a group row (I), a row whose empty result cell is left out, and text after.
TABLE = """DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM

TT

Nhiệm vụ, giải
pháp

Cơ quan chủ trì

Cơ quan phối hợp

Kết quả

Thời gian thực
hiện

I

Hoàn thiện thể chế

1

Nghiên cứu, xây dựng Luật Chuyển đổi số và các
Nghị định, văn bản hướng dẫn thi hành.

Bộ Khoa học và
Công nghệ

Bộ Công an, Bộ Tài
chính, Bộ Nội vụ

Trình Quốc hội dự
thảo Luật

Tháng 12/2025

2

Xây dựng Luật An ninh dữ liệu.

Bộ Công an

Năm 2026-2030

Ghi chú: các nhiệm vụ khác theo kế hoạch.
"""


def test_rows_give_tasks_with_lead_partners_and_deadline():
    [table] = task_tables(TABLE, doc_date=date(2025, 12, 1))
    first, second = table.tasks
    assert first.action == "Nghiên cứu, xây dựng Luật Chuyển đổi số và các Nghị định, văn bản hướng dẫn thi hành."
    assert first.assignees == ["Bộ Khoa học và Công nghệ"]
    assert first.coordinators == ["Bộ Công an", "Bộ Tài chính", "Bộ Nội vụ"]
    assert (first.deadline.text, first.deadline.date) == ("Tháng 12/2025", date(2025, 12, 31))
    assert TABLE[first.span.start:first.span.end].startswith("Nghiên cứu, xây dựng")
    # a short row: its task, its lead, and its last cell as the deadline
    assert (second.action, second.assignees) == ("Xây dựng Luật An ninh dữ liệu.", ["Bộ Công an"])
    assert second.deadline.date == date(2030, 12, 31)
    assert "Hoàn thiện thể chế" not in {t.action for t in table.tasks}  # a group's title is no task


def test_the_table_replaces_its_cells_as_paragraphs_in_the_document_tasks():
    tasks = extract_text(TABLE).tasks
    assert [t.action[:20] for t in tasks] == ["Nghiên cứu, xây dựng", "Xây dựng Luật An nin"]


@pytest.mark.parametrize("text", [
    # a register of administrative procedures: no task column
    "STT\n\nTên thủ tục hành chính\n\nLĩnh vực\n\nCơ quan thực hiện\n\n1\n\nCấp giấy phép\n\nY tế\n\nSở Y tế\n",
    # results to watch, not tasks: no lead column
    "TT\n\nNhiệm vụ\n\nKết quả\n\n1\n\nTỷ lệ hồ sơ trực tuyến\n\n80%\n",
    # bars without the readers' spaces around them: no row of cells
    "STT|Nhiệm vụ|Cơ quan chủ trì\n1|Rà soát hồ sơ|Sở Tư pháp\n",
    "Không có bảng nào trong văn bản này.\n",
])
def test_tables_without_a_task_and_a_lead_column_are_not_read(text):
    assert task_tables(text) == []


def test_the_appendix_of_a_government_decision():
    """bulk: Quyết định 2629/QĐ-TTg lists its 75 tasks in an appendix table after the signature."""
    text = (CORPUS / "bulk" / "bk_2edf5927c71b.txt").read_text(encoding="utf-8")
    [table] = task_tables(text, doc_date=date(2025, 12, 1))
    assert len(table.tasks) == 75
    first = table.tasks[0]
    assert first.action.startswith("Nghiên cứu, xây dựng Luật Chuyển đổi số")
    assert first.assignees == ["Bộ Khoa học và Công nghệ"] and first.deadline.date == date(2025, 12, 31)


@pytest.mark.parametrize("cell, due, kind", [
    ("Tháng 12/2025", date(2025, 12, 31), "period"),
    ("01/01/2026", date(2026, 1, 1), "absolute"),
    ("Quý IV/2025", date(2025, 12, 31), "period"),
    ("Năm 2026", date(2026, 12, 31), "period"),
    ("Giai đoạn 2026–2030", date(2030, 12, 31), "period"),
    ("Trước ngày 15/12/2025", date(2025, 12, 15), "absolute"),
])
def test_a_time_column_states_a_deadline_without_a_cue(cell, due, kind):
    found = column_deadline(cell, doc_date=date(2025, 11, 18), offset=100)
    assert (found.date, found.kind, found.text) == (due, kind, cell)
    assert found.span.start == 100


def test_a_time_column_without_a_date_has_no_deadline():
    assert column_deadline("Theo lộ trình tại Đề án") is None


def _docx_with_table(rows: list[list[str]]) -> bytes:
    """A plan as a DOCX whose task table is a real Word table (python-docx)."""
    import io

    import docx

    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN", "XÃ BÌNH AN", "Số: 15/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Bình An, ngày 01 tháng 12 năm 2025", "KẾ HOẠCH",
                 "Triển khai chuyển đổi số năm 2026", "Danh mục nhiệm vụ như sau:"):
        d.add_paragraph(line)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    for line in ("Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"):
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_word_tables_rows_give_tasks_as_a_text_layers_cells_do():
    # the rows of TABLE above in a Word table, which the DOCX reader prints a row per line, cells joined by " | "
    # (an empty cell left out): the same tasks, leads, partners and deadlines
    from extractors.load import load_bytes

    data = _docx_with_table([
        ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian thực hiện"],
        ["I", "Hoàn thiện thể chế", "", "", "", ""],
        ["1", "Nghiên cứu, xây dựng Luật Chuyển đổi số và các Nghị định, văn bản hướng dẫn thi hành.",
         "Bộ Khoa học và Công nghệ", "Bộ Công an, Bộ Tài chính, Bộ Nội vụ", "Trình Quốc hội dự thảo Luật",
         "Tháng 12/2025"],
        ["2", "Xây dựng Luật An ninh dữ liệu.", "Bộ Công an", "", "", "Năm 2026-2030"],
    ])
    reading = load_bytes(data, "ke_hoach.docx")
    assert "TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì" in reading.text
    first, second = extract_text(reading.text, meta=reading.meta).tasks
    assert first.action.startswith("Nghiên cứu, xây dựng Luật Chuyển đổi số")
    assert first.assignees == ["Bộ Khoa học và Công nghệ"]
    assert first.coordinators == ["Bộ Công an", "Bộ Tài chính", "Bộ Nội vụ"]
    assert first.deadline.date == date(2025, 12, 31)
    assert reading.text[first.span.start:first.span.end] == first.action
    assert (second.action, second.assignees, second.deadline.date) == (
        "Xây dựng Luật An ninh dữ liệu.", ["Bộ Công an"], date(2030, 12, 31))


def test_an_html_tables_short_row_keeps_its_time_out_of_the_partners():
    # an HTML plan's table whose second row has no partner: the reader leaves the empty cell out, so the row's
    # time stands where the partners stand; it names no body and reads as a deadline, so it is the time
    from extractors.load import load_bytes

    page = ("<html><body><p>ỦY BAN NHÂN DÂN XÃ BÌNH AN</p><p>Số: 16/KH-UBND</p><p>KẾ HOẠCH</p>"
            "<p>Triển khai chuyển đổi số năm 2026</p><table>"
            "<tr><th>STT</th><th>Nội dung công việc</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th>"
            "<th>Thời hạn</th></tr>"
            "<tr><td>1</td><td>Rà soát thủ tục hành chính</td><td>Văn phòng HĐND và UBND xã</td>"
            "<td>Các phòng chuyên môn</td><td>Trước 31/01/2026</td></tr>"
            "<tr><td>2</td><td>Số hóa hồ sơ hộ tịch</td><td>Phòng Văn hóa - Xã hội</td><td></td>"
            "<td>Quý II/2026</td></tr></table></body></html>").encode()
    reading = load_bytes(page, "ke_hoach.html")
    first, second = extract_text(reading.text, meta=reading.meta).tasks
    assert (first.assignees, first.coordinators, first.deadline.date) == (
        ["Văn phòng HĐND và UBND xã"], ["Các phòng chuyên môn"], date(2026, 1, 31))
    assert (second.assignees, second.coordinators, second.deadline.date) == (
        ["Phòng Văn hóa - Xã hội"], [], date(2026, 6, 30))


def test_a_row_whose_first_cells_were_merged_gives_a_task_per_run_of_the_cells_after_them():
    # bulk (Quyết định 2530/QĐ-TTg, Phụ lục I, a cell per paragraph): row "1" / "Bộ Nông nghiệp và Môi trường" /
    # partners / group, then three cells (task, result, time) for each of five tasks; the row gave only its first
    tasks = tasks_of("bk_646f0a00d417.txt")
    [label] = having(tasks, "Xây dựng và ban hành tiêu chí Nhãn sinh thái Việt")
    assert label.assignees == ["Bộ Nông nghiệp và Môi trường"]
    assert label.coordinators[:2] == ["Bộ Khoa học và Công nghệ", "Bộ Xây dựng"]
    [decree] = having(tasks, "Hoàn thiện Nghị định về xử lý vi phạm hành")
    assert decree.deadline is not None and decree.deadline.date == date(2026, 3, 31)  # "Ban hành trong quý I năm 2026"
    assert not having(tasks, "Nghị định được ban hành, chế tài đủ mạnh")  # the result column is no task
    # a row of one run is as before; the second table (task first, then its lead) is read as before
    assert having(tasks, "Tiếp tục triển khai hiệu quả Đề án")[0].assignees == ["Bộ Nông nghiệp và Môi trường"]


def test_a_groups_only_row_may_have_no_number():
    # bulk (Quyết định 2530/QĐ-TTg, Phụ lục I): "E." / "BỘ Y TẾ" / "Bộ Y tế" / partners / group / tasks: the group's
    # one row has no number; after the group's title, the cell that reads as names opens it
    tasks = tasks_of("bk_646f0a00d417.txt")
    [health] = having(tasks, "Xây dựng hồ sơ sức khỏe để theo dõi")
    assert health.assignees == ["Bộ Y tế"]
    assert not having(tasks, "BỘ Y TẾ")  # the group's title is no task
