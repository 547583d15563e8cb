"""extractors.normalize: characters, white space, split numbers, conservative unwrapping."""
from __future__ import annotations

import pytest

from extractors.normalize import (
    clean_characters,
    join_split_numbers,
    normalize,
    tidy_lines,
    unwrap_lines,
)

CLEAN = [
    # (input, expected): decomposed tones (Windows-1258 text) become NFC
    ("Co\u0323\u0302ng ho\u0300a", "Cộng hòa"),
    ("Ủy ban\u00adnhân dân", "Ủy bannhân dân"),  # soft hyphen dropped
    ("Số:\u00a012/UBND", "Số: 12/UBND"),  # no-break space
    ("\ufeffKính gửi:\u200b", "Kính gửi:"),  # BOM and zero-width space
    ("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"),
    ("trang 1\ftrang 2", "trang 1\ntrang 2"),
    ("Lưu: VT, CÐS", "Lưu: VT, CĐS"),  # OCR's eth for Đ
]


@pytest.mark.parametrize(("raw", "expected"), CLEAN)
def test_clean_characters(raw: str, expected: str) -> None:
    assert clean_characters(raw) == expected


def test_tidy_lines_collapses_spaces_and_blank_runs() -> None:
    assert tidy_lines("  Số:  256 /2004/QĐ-UB  \n\n\n\n  V/v ban hành\t quy chế ") == \
        "Số: 256 /2004/QĐ-UB\n\nV/v ban hành quy chế"


SPLIT_NUMBERS = [
    # line breaks and stray spaces inside a số ký hiệu, as PDFs and crawls give them
    ("Quyết định số 31/QĐ-\nUBND ngày 5/1/2024", "Quyết định số 31/QĐ-UBND ngày 5/1/2024"),
    ("Kế hoạch số 25/KH- UBND ngày", "Kế hoạch số 25/KH-UBND ngày"),
    ("Số: 4085/UBND-\nĐT", "Số: 4085/UBND-ĐT"),
    ("Nghị định số 15/\n2024/NĐ-CP", "Nghị định số 15/2024/NĐ-CP"),
    ("Thông tư 01/2024/TT-\nBTC của Bộ", "Thông tư 01/2024/TT-BTC của Bộ"),
    # left alone: ranges, dates, words after a hyphen
    ("giai đoạn 2004 - 2010", "giai đoạn 2004 - 2010"),
    ("ngày 15/\n12/2024", "ngày 15/\n12/2024"),
    ("Số 12/QĐ- Ngày ký", "Số 12/QĐ- Ngày ký"),
]


@pytest.mark.parametrize(("raw", "expected"), SPLIT_NUMBERS)
def test_join_split_numbers(raw: str, expected: str) -> None:
    assert join_split_numbers(raw) == expected


UNWRAP = [
    # a sentence broken mid-way is joined
    ("Xét báo cáo, đề xuất của\nsở Xây dựng tại Công văn", "Xét báo cáo, đề xuất của sở Xây dựng tại Công văn"),
    ("V/v rà soát và\nchuẩn hóa dữ liệu số nhà", "V/v rà soát và chuẩn hóa dữ liệu số nhà"),
    # list items, headings and the lines header/recipient/signature parsing reads are kept
    ("Kính gửi:\n- Công an Thành phố;\n- Sở Xây dựng;", "Kính gửi:\n- Công an Thành phố;\n- Sở Xây dựng;"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.", "Nơi nhận:\n- Như trên;\n- Lưu: VT."),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A"),
    ("các nội dung sau\na) Rà soát hồ sơ;\nb) Báo cáo kết quả", "các nội dung sau\na) Rà soát hồ sơ;\nb) Báo cáo kết quả"),
    ("QUYẾT ĐỊNH\nvề việc ban hành quy chế", "QUYẾT ĐỊNH\nvề việc ban hành quy chế"),
    ("thực hiện nhiệm vụ.\nchủ động báo cáo", "thực hiện nhiệm vụ.\nchủ động báo cáo"),
    ("Căn cứ Luật Tổ chức\n\nchính quyền địa phương", "Căn cứ Luật Tổ chức\n\nchính quyền địa phương"),
    # a line that starts with a capital may be a new item: not joined
    ("Sở Xây dựng tại Công văn\nỦy ban nhân dân", "Sở Xây dựng tại Công văn\nỦy ban nhân dân"),
]


@pytest.mark.parametrize(("raw", "expected"), UNWRAP)
def test_unwrap_lines(raw: str, expected: str) -> None:
    assert unwrap_lines(raw) == expected


def test_normalize_keeps_line_breaks_when_asked() -> None:
    raw = "Số: 31/QĐ-\nUBND\nV/v rà soát và\nchuẩn hóa"
    assert normalize(raw, unwrap=False) == "Số: 31/QĐ-UBND\nV/v rà soát và\nchuẩn hóa"
    assert normalize(raw) == "Số: 31/QĐ-UBND\nV/v rà soát và chuẩn hóa"
