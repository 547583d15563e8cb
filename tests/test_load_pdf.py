"""PDF text layer: a Decree 30 letter laid out in two header columns, a justified body
over two pages with a page number and a running header, and a signature block."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from extractors.errors import LoadError
from extractors.load import load_bytes

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")  # Debian fonts-dejavu-core
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

LEFT = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 4085/UBND-ĐT"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2025"]
# A paragraph of shared/corpus/dev/hd_002.txt, its crawl line breaks removed.
PARAGRAPH = ("Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 15972/SXD-QLN&TTBĐS ngày 14 tháng 11 "
             "năm 2025 về rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai, "
             "tọa độ thửa đất, tuyến đường, mã bưu chính;")
ITEMS = ["- Công an Thành phố;", "- Sở Xây dựng;", "- Sở Nông nghiệp và Môi trường;"]
CC = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Bùi Xuân Cường"]
RUNNING = "Công văn 4085/UBND-ĐT của UBND Thành phố"


def _write(page: pymupdf.Page, x: float, y: float, text: str, size: float = 12) -> None:
    page.insert_text((x, y), text, fontname="dv", fontsize=size)


def letter_pdf() -> bytes:
    doc = pymupdf.open()
    for number in (1, 2):
        page = doc.new_page(width=595, height=842)
        page.insert_font(fontname="dv", fontfile=str(FONT))
        _write(page, 200, 40, RUNNING, 9)  # running header, top margin, both pages
        if number == 2:
            _write(page, 292, 60, "2")  # page number, centred in the top margin
        y = 100
        if number == 1:
            for left, right in zip(LEFT, RIGHT):
                _write(page, 60, y, left, 11)
                _write(page, 300, y, right, 11)
                y += 18
            y += 30
            _write(page, 240, y, "Kính gửi:")
            for item in ITEMS:
                y += 18
                _write(page, 260, y, item)
            y += 30
        rect = pymupdf.Rect(60, y, 535, y + 120)
        assert page.insert_textbox(rect, PARAGRAPH, fontname="dv", fontsize=12, align=pymupdf.TEXT_ALIGN_JUSTIFY) >= 0
        if number == 2:
            y += 150
            for i, (left, right) in enumerate(zip(CC, SIGN)):
                _write(page, 60, y + 18 * i, left, 11)
                _write(page, 330, y + 18 * i if i < 2 else y + 80, right, 12)
    return doc.tobytes()


@pytest.fixture(scope="module")
def loaded():
    assert FONT.exists(), "tests need a Vietnamese font: apt-get install fonts-dejavu-core"
    return load_bytes(letter_pdf(), "letter.pdf")


def test_header_columns_are_kept_apart(loaded) -> None:
    assert loaded.text.startswith("\n".join(LEFT + RIGHT) + "\n")


def test_list_items_keep_their_lines(loaded) -> None:
    assert "Kính gửi:\n" + "\n".join(ITEMS) + "\n" in loaded.text


def test_wrapped_paragraph_is_one_line(loaded) -> None:
    lines = loaded.text.split("\n")
    assert lines.count(PARAGRAPH) == 2  # once per page, each unwrapped


def test_page_number_and_running_header_dropped(loaded) -> None:
    assert RUNNING not in loaded.text
    assert "\n2\n" not in loaded.text


def test_signature_block_reads_left_then_right(loaded) -> None:
    assert loaded.text.endswith("\n".join(CC + SIGN) + "\n")


def test_metadata_reports_text_pages(loaded) -> None:
    assert loaded.meta.format == "pdf"
    assert [(p.number, p.method) for p in loaded.meta.pages] == [(1, "text"), (2, "text")]
    assert loaded.meta.ocr_pages == []


def test_encrypted_pdf() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Bí mật")
    data = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="matkhau", owner_pw="chu")
    with pytest.raises(LoadError) as err:
        load_bytes(data, "secret.pdf")
    assert err.value.kind == "encrypted"
    assert "password" in err.value.reason


@pytest.mark.parametrize("data", [b"%PDF-1.4\n1 0 obj garbage", b"%PDF-1.7\n" + bytes(range(256)) * 4])
def test_corrupt_pdf(data: bytes) -> None:
    with pytest.raises(LoadError) as err:
        load_bytes(data, "broken.pdf")
    assert err.value.kind == "corrupt"
    assert "corrupt PDF" in err.value.reason
