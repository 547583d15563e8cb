"""Words on a scanned page respelled where OCR misread a mark, for the task reading (extractors/ocr_spelling.py)."""
from __future__ import annotations

from extractors.ocr_spelling import respell_text
from extractors.pipeline import extract_text
from real_documents import CORPUS, extracted, having


def respell(text: str) -> str:
    """The respelled text alone."""
    return respell_text(text)[0]


def test_a_word_that_makes_a_known_compound_in_one_spelling_takes_it():
    assert respell("Ngân hàng Nhà nước Việt Nam - Chỉ nhánh tỉnh Quảng Ngãi") \
        == "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi"
    assert respell("Ban Quần lý Khu Kinh tế Dung Quất") == "Ban Quản lý Khu Kinh tế Dung Quất"
    assert respell("Cục Thuế các tỉnh, thành phô trực thuộc Trung ương") \
        == "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"
    # the words a duty opens with, as scans of the corpus read them; capitals kept
    assert respell("Đây mạnh công tác tuyên truyền") == "Đẩy mạnh công tác tuyên truyền"
    assert respell("Tang cường kiểm tra, tô chức thực hiện") == "Tăng cường kiểm tra, tổ chức thực hiện"
    assert respell("Khan trương triên khai") == "Khẩn trương triển khai"
    assert respell("Uy ban nhân dân tỉnh") == "Ủy ban nhân dân tỉnh"


def test_a_word_in_a_compound_as_read_stays():
    for text in ("Bộ Chỉ huy Quân sự tỉnh", "Ban Dân tộc tỉnh", "Hội Nông dân tỉnh", "Ủy ban nhân dân các xã, phường",
                 "xây dựng theo quy định", "đồng chí Cục trưởng", "báo cáo theo quý", "Sở Tài chính và Kế hoạch",
                 "Chủ tịch UBND các huyện, thị xã, thành phố", "UBND huyện Sơn Tịnh"):
        assert respell(text) == text, text


def test_respelling_keeps_every_offset():
    text = "Đây mạnh công tác tuyên truyền; tô chức kiểm tra, báo cáo.\nKhan trương triên khai."
    spelt, changes = respell_text(text)
    assert len(spelt) == len(text) and changes == [("Đây", "Đẩy"), ("tô", "tổ"), ("Khan", "Khẩn"), ("triên", "triển")]


def test_a_scanned_letters_tasks_are_read_respelled_and_quoted_as_read():
    # a Quảng Ngãi letter scanned and OCR'd: "Ngân hàng Nhà nước Việt Nam - Chỉ nhánh tỉnh Quảng Ngãi: Chỉ đạo ...",
    # "... xây dựng kế hoạch, tô chức triển khai ...": the name respelled, the task's text as the page was read
    extraction = extracted(CORPUS / "pdf" / "pd_003.pdf")
    [bank] = having(extraction.tasks, "Chỉ đạo các Ngân hàng thương mại")
    assert bank.assignees == ["Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi"]
    assert bank.text.startswith("Ngân hàng Nhà nước Việt Nam - Chỉ nhánh tỉnh Quảng Ngãi:")
    assert having(extraction.tasks, "xây dựng kế hoạch, tô chức triển khai")
    [told] = [w for w in extraction.warnings if "OCR misread their marks" in w]
    assert "'Quần' as 'Quản'" in told and "'tô' as 'tổ'" in told
    # "Thủ trưởng các sở, ban ngành tỉnh, Chú tịch UBND cấp huyện": the office read once its mark is, a name apart
    [open_up] = having(extracted(CORPUS / "pdf" / "pd_008.pdf").tasks, "Công khai, minh bạch về")
    assert open_up.assignees[:2] == ["Thủ trưởng các sở, ban ngành tỉnh", "Chủ tịch UBND cấp huyện"]


def test_a_text_that_was_not_scanned_is_read_as_written():
    text = "Kính gửi: Ngân hàng Nhà nước Việt Nam.\nĐề nghị Ban Quần lý Khu Kinh tế tổng hợp báo cáo."
    extraction = extract_text(text)
    assert [t.assignees for t in extraction.tasks] == [["Ban Quần lý Khu Kinh tế"]]
    assert not [w for w in extraction.warnings if "OCR" in w]
