"""extractors.casing: the header and the signature read the same whatever case they came in.

A capitals font the reader did not see (TCVN3 `.VnTimeH` read without fonts) or a text
retyped in small letters prints "ủy ban nhân dân / tỉnh an giang" where the paper has
capitals. `case_view` gives those lines back their capitals at the same offsets; the
labelled documents, with every line they print in capitals turned to small letters,
give the same header and signer as they do as printed.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.casing import case_view
from extractors.lines import is_upper
from extractors.pipeline import extract_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
LABELLED = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "dev").glob("*.txt")) + \
    sorted((CORPUS / "central").glob("*.txt"))

VIEWS = [
    # (lines as they came, lines as the layout prints them)
    ("ủy ban nhân dân\ntỉnh an giang\ncộng hòa xã hội chủ nghĩa việt nam\nĐộc lập - Tự do - Hạnh phúc",
     "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    # two columns on one line; the first word of a name wrapped alone
    ("ủy ban nhân dân   cộng hòa xã hội chủ nghĩa việt nam\nhuyện bình sơn   Độc lập - Tự do - Hạnh phúc",
     "ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN BÌNH SƠN   Độc lập - Tự do - Hạnh phúc"),
    ("thủ\ntướng chính phủ\n-------\ncộng\nhòa xã hội chủ nghĩa việt nam",
     "THỦ\nTƯỚNG CHÍNH PHỦ\n-------\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    # the older title line, the trích yếu left alone, the enacting body above the body
    ("bộ tài chính\nquyết định của bộ trưởng bộ tài chính\nvề việc sửa đổi mức thuế suất\n\n"
     "bộ trưởng bộ tài chính\n\nCăn cứ Nghị định số 86/2002/NĐ-CP",
     "BỘ TÀI CHÍNH\nQUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH\nvề việc sửa đổi mức thuế suất\n\n"
     "BỘ TRƯỞNG BỘ TÀI CHÍNH\n\nCăn cứ Nghị định số 86/2002/NĐ-CP"),
    # the place of the date line, capitalised word by word; "Thành phố" as printed
    ("bộ tài chính\nHà nội, ngày 18 tháng 1 năm 2001", "BỘ TÀI CHÍNH\nHà Nội, ngày 18 tháng 1 năm 2001"),
    ("Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025", "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025"),
    # a report's title is no body's name; "Kính" / "gửi:" opens the body
    ("Báo cáo về tình hình sản xuất\nTháng 02 năm 2007", "Báo cáo về tình hình sản xuất\nTháng 02 năm 2007"),
    ("Kính\ngửi: Chi nhánh Công ty", "Kính\ngửi: Chi nhánh Công ty"),
    # signature blocks: authority and titles, not the name nor a rank before it
    ("Điều 3. Thi hành./.\ntm. ủy ban nhân dân\nkt. chủ tịch\nphó chủ tịch\n(Đã ký)\nNguyễn Hoàng Việt",
     "Điều 3. Thi hành./.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Hoàng Việt"),
    ("Điều 3. Thi hành./.\n- Lưu: VT.\nbộ trưởng\nĐại tướng Lương Tam Quang",
     "Điều 3. Thi hành./.\n- Lưu: VT.\nBỘ TRƯỞNG\nĐại tướng Lương Tam Quang"),
    ("Căn cứ Luật.\nKính gửi: Bộ trưởng\nBộ Công Thương", "Căn cứ Luật.\nKính gửi: Bộ trưởng\nBộ Công Thương"),
]


@pytest.mark.parametrize(("text", "view"), VIEWS)
def test_case_view(text: str, view: str) -> None:
    assert case_view(text) == view
    assert len(case_view(text)) == len(text)


@pytest.mark.parametrize("path", [p for p in CORPUS.glob("*/*.txt") if p.parent.name != "legacy"][:400],
                         ids=lambda p: p.name)
def test_text_printed_in_capitals_stays_as_it_is(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert case_view(text) == text


def _small_capitals(text: str) -> str:
    """The text as a reader blind to capitals fonts gives it: every line printed in
    capitals in small letters."""
    return "\n".join(s.lower() if is_upper(s) else s for s in text.split("\n"))


def _fields(text: str) -> dict:
    ex = extract_text(text)
    fold = lambda s: " ".join((s or "").casefold().split())  # noqa: E731
    return {"doc_type": ex.doc_type, "number": ex.number, "date": ex.issued_date, "place": fold(ex.place),
            "issuer": fold(ex.issuer.name if ex.issuer else None), "signer": fold(ex.signer.name if ex.signer else None),
            "title": fold(ex.signer.title if ex.signer else None)}


@pytest.mark.parametrize("path", LABELLED, ids=lambda p: p.name)
def test_the_same_fields_from_small_letters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _small_capitals(text) != text
    assert _fields(_small_capitals(text)) == _fields(text)
