"""Names on a scanned page respelled where OCR misread a mark (extractors/ocr_spelling.py)."""
from __future__ import annotations

from extractors.ocr_spelling import respell
from extractors.pipeline import extract_text
from real_documents import CORPUS, extracted, having


def test_a_word_that_makes_a_known_pair_in_one_spelling_takes_it():
    assert respell("Ngân hàng Nhà nước Việt Nam - Chỉ nhánh tỉnh Quảng Ngãi") \
        == "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi"
    assert respell("Ban Quần lý Khu Kinh tế Dung Quất") == "Ban Quản lý Khu Kinh tế Dung Quất"
    assert respell("Cục Thuế các tỉnh, thành phô trực thuộc Trung ương") \
        == "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"
    assert respell("Uy ban nhân dân tỉnh") == "Ủy ban nhân dân tỉnh"  # its capital kept


def test_a_word_in_a_known_pair_or_alone_stays_as_read():
    for name in ("Bộ Chỉ huy Quân sự tỉnh", "Ban Dân tộc tỉnh", "Hội Nông dân tỉnh", "Ủy ban nhân dân các xã, phường",
                 "Chủ tịch UBND các huyện, thị xã, thành phố", "UBND huyện Sơn Tịnh", "Sở Y tế"):
        assert respell(name) == name, name


def test_the_assignees_of_a_scanned_letter_are_respelled_and_told():
    # a Quảng Ngãi letter scanned and OCR'd: "Ngân hàng Nhà nước Việt Nam - Chỉ nhánh tỉnh Quảng Ngãi: Chỉ đạo ...",
    # "Ban Quần lý Khu Kinh tế Dung Quất ..." as OCR read them
    extraction = extracted(CORPUS / "pdf" / "pd_003.pdf")
    [bank] = having(extraction.tasks, "Chỉ đạo các Ngân hàng thương mại")
    assert bank.assignees == ["Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi"]
    assert any("'Ban Quần lý Khu Kinh tế Dung Quất" in w and "OCR misread" in w for w in extraction.warnings)


def test_a_text_that_was_not_scanned_is_read_as_written():
    text = "Kính gửi: Ngân hàng Nhà nước Việt Nam - Chỉ nhánh tỉnh Quảng Ngãi.\nĐề nghị Ban Quần lý Khu Kinh tế tổng hợp báo cáo."
    [task] = extract_text(text).tasks
    assert task.assignees == ["Ban Quần lý Khu Kinh tế"]
