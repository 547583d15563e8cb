"""Signed PDFs as offices publish them (shared/corpus/pdf): the signing stamp read and
kept out of the text, a scan under a stamp OCR'd, numbers and days stamped into blanks
read in place, the embedded signatures and their integrity, the budgets."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pymupdf
import pytest

from extractors.load import load_bytes
from extractors.load.limits import LimitExceeded, Limits
from extractors.load.pdf import ocr_dpi
from extractors.load.pdf_signature import read_signatures
from extractors.pipeline import extract_text

PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
# A text-layer Thông báo whose number (542) and day (06) were stamped into the blanks
# at signing, signed five times; the release office's stamp at the top of page 1.
STAMPED = PDF / "pd_007.pdf"
# One scanned page under the Government portal's stamp ("Người ký: … Thời gian ký: …").
SCAN = PDF / "pd_016.pdf"
# Two scanned pages, one signature.
SIGNED = PDF / "pd_015.pdf"
PLUS_7 = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="module")
def stamped():
    return load_bytes(STAMPED.read_bytes(), STAMPED.name)


def test_stamped_number_and_day_fall_into_their_blanks(stamped) -> None:
    assert [p.method for p in stamped.meta.pages] == ["text", "text"]
    assert "Số: 542 /TB-UBND" in stamped.text
    assert "Quảng Ngãi, ngày 06 tháng 11 năm 2024" in stamped.text
    ex = extract_text(stamped.text, meta=stamped.meta)
    assert (ex.number, ex.issued_date) == ("542/TB-UBND", dt.date(2024, 11, 6))


def test_stamp_is_a_record_not_text(stamped) -> None:
    [stamp] = stamped.meta.signature.stamps
    assert (stamp.page, stamp.signed_by, stamp.email) == (1, "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", "ttcbth@quangngai.gov.vn")
    assert stamp.time == dt.datetime(2024, 11, 6, 9, 27, 5, tzinfo=PLUS_7)
    assert "ttcbth" not in stamped.text and "09:27:05" not in stamped.text
    assert stamped.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n")


def test_embedded_signatures_are_read_and_intact(stamped) -> None:
    fields = stamped.meta.signature.fields
    assert [f.field for f in fields] == [f"Signature{i}" for i in range(1, 6)]
    assert "Phùng Tô Long" in fields[0].subject and "Ban Cơ yếu Chính phủ" in fields[0].issuer
    assert fields[0].signing_time == dt.datetime(2024, 11, 6, 8, 49, 6, tzinfo=PLUS_7)
    assert all(f.intact and f.signature_valid and f.trust == "not checked" for f in fields)
    assert [f.coverage for f in fields] == ["entire revision"] * 4 + ["entire file"]


def test_one_byte_changed_inside_a_signed_range_is_reported() -> None:
    data = bytearray(SIGNED.read_bytes())
    [field], warnings = read_signatures(bytes(data))
    assert field.intact and not warnings
    assert field.subject.startswith("Email Address: thongtinchinhphu@chinhphu.vn")
    data[50_000] ^= 0x01  # inside the first signed range [0, 99093)
    [field], warnings = read_signatures(bytes(data))
    assert not field.intact and field.trust == "not checked"
    assert warnings == ["digital signature Signature1: the file was changed after it was signed"]


def test_unsigned_pdf_has_no_signature() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Công văn")
    assert read_signatures(doc.tobytes()) == ([], [])


def test_stamp_only_page_is_read_by_ocr() -> None:
    assert shutil.which("tesseract"), "apt-get install tesseract-ocr tesseract-ocr-vie"
    loaded = load_bytes(SCAN.read_bytes(), SCAN.name)
    [page] = loaded.meta.pages
    assert page.method == "ocr" and page.confidence > 80
    [stamp] = loaded.meta.signature.stamps
    assert (stamp.signed_by, stamp.organisation) == ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ")
    assert stamp.time == dt.datetime(2024, 10, 1, 16, 2, 40, tzinfo=PLUS_7)
    lines = loaded.text.split("\n")
    assert "thongtinchinhphu" not in loaded.text and "Thời gian ký" not in loaded.text
    # the header's two columns come out apart, the title on its own line
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines and "QUYẾT ĐỊNH" in lines
    ex = extract_text(loaded.text, meta=loaded.meta)
    assert (ex.doc_type, ex.number, ex.issued_date) == ("Quyết định", "1053/QĐ-TTg", dt.date(2024, 9, 28))


def test_time_budget_keeps_the_pages_read() -> None:
    mixed = pymupdf.open()
    mixed.insert_pdf(pymupdf.open(STAMPED), from_page=0, to_page=0)
    mixed.insert_pdf(pymupdf.open(SCAN))
    loaded = load_bytes(mixed.tobytes(), "mixed.pdf", Limits(seconds=0))
    assert [p.method for p in loaded.meta.pages] == ["text", "text"]
    assert loaded.meta.pages[1].chars == 0  # the scan's text layer was only its stamp
    assert "OCR stopped at the time budget of 0 s: pages 2 not read" in loaded.meta.warnings
    assert "Số: 542 /TB-UBND" in loaded.text


def test_a_scan_with_no_time_for_any_page_is_refused_naming_the_budget() -> None:
    # not "no text found": the letter has text, the budget ran out before OCR read any
    with pytest.raises(LimitExceeded) as err:
        load_bytes(SCAN.read_bytes(), SCAN.name, Limits(seconds=0))
    assert err.value.limit == "seconds" and "time budget of 0 s" in err.value.reason


def test_page_budget() -> None:
    with pytest.raises(LimitExceeded) as err:
        load_bytes(STAMPED.read_bytes(), STAMPED.name, Limits(max_pages=1))
    assert err.value.limit == "max_pages" and "2 pages" in err.value.reason


def test_pixel_budget_of_a_page_rendered_for_ocr() -> None:
    with pytest.raises(LimitExceeded) as err:
        load_bytes(SCAN.read_bytes(), SCAN.name, Limits(max_pixels=1_000_000))
    assert err.value.limit == "max_pixels" and "page 1" in err.value.reason


def test_document_page_shows_the_signature(client) -> None:
    doc = client.post("/api/documents", files={"file": (STAMPED.name, STAMPED.read_bytes())}).json()
    signature = client.get(f"/api/documents/{doc['id']}").json()["extraction"]["load"]["signature"]
    assert signature["fields"][0]["trust"] == "not checked"
    page = client.get(f"/documents/{doc['id']}").text
    assert "Chữ ký số" in page and "Phùng Tô Long" in page
    assert "nội dung không bị sửa sau khi ký" in page and "Chưa kiểm tra chuỗi tin cậy" in page


def _page_over_image(text: str) -> bytes:
    """An A4 page covered by a scanned image (the first page of SCAN) with `text` typed over it."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pymupdf.open(SCAN)[0].get_pixmap(dpi=30))
    page.insert_font(fontname="dv", fontfile="/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    page.insert_textbox(pymupdf.Rect(60, 60, 535, 790), text, fontname="dv", fontsize=12)
    return doc.tobytes()


def test_page_reading_decided_by_text_for_the_image_area() -> None:
    letter = (Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "hd_045.txt").read_text(encoding="utf-8")
    searchable = load_bytes(_page_over_image(letter), "searchable.pdf", Limits(seconds=0))
    assert [p.method for p in searchable.meta.pages] == ["text"]  # a scan with its own full text layer
    caption = load_bytes(_page_over_image("Bản sao y bản chính số 12/SY-VP, ngày 05/02/2025"), "copy.pdf",
                         Limits(seconds=0))
    # a line of text over a whole scanned page: OCR'd (here with no time for it: the
    # line is kept, and the warning says so)
    assert caption.meta.warnings == ["OCR stopped at the time budget of 0 s: pages 1 not read"]
    assert caption.text.startswith("Bản sao y bản chính")


def test_ocr_resolution_is_never_above_the_scan() -> None:
    assert [ocr_dpi(p) for p in pymupdf.open(PDF / "pd_003.pdf")] == [100, 100, 100]  # scanned at 100 dpi
    assert [ocr_dpi(p) for p in pymupdf.open(PDF / "pd_002.pdf")] == [200] * 4  # 300 dpi scans: 200


def test_signer_spelt_as_the_personal_certificate_names_him(stamped) -> None:
    misread = stamped.text.replace("Phùng Tô Long", "Phùng Tổ Lông")  # tone marks as OCR under a seal reads them
    assert misread != stamped.text
    ex = extract_text(misread, meta=stamped.meta)
    assert ex.signer.name == "Phùng Tô Long"
    assert any("as in the digital signature's certificate" in w for w in ex.warnings)
    other = extract_text(stamped.text.replace("Phùng Tô Long", "Phùng Văn Long"), meta=stamped.meta)
    assert other.signer.name == "Phùng Văn Long"  # other letters: the page's name stays


def test_incoming_stamp_beside_the_subject_stays_out() -> None:
    """pd_017: the Government portal's "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ / ĐẾN Ngày: ..."
    box, stamped in the left margin beside the trích yếu's second line, is no part of it."""
    path = PDF / "pd_017.pdf"
    loaded = load_bytes(path.read_bytes(), path.name)
    ex = extract_text(loaded.text, meta=loaded.meta)
    assert ex.subject.endswith("đối với ông Lê Ánh Dương, Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang")
    head = loaded.text[:loaded.text.index("Căn cứ")]
    assert "ĐẾN" not in head and "THÔNG TIN" not in head


def test_subject_ends_where_the_body_starts() -> None:
    """pd_012: the body's lines after the blank under the trích yếu (its first lines lost
    by OCR, so it resumes mid-sentence) are no part of the trích yếu."""
    path = PDF / "pd_012.pdf"
    loaded = load_bytes(path.read_bytes(), path.name)
    ex = extract_text(loaded.text, meta=loaded.meta)
    assert ex.subject.startswith("Kết luận của Chủ tịch UBND tỉnh Nguyễn Hoàng Giang tại buổi làm việc")
    assert ex.subject.endswith("huyện Bình Sơn")
