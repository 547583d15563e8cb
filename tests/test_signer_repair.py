"""A signer's name under a black seal the page pass took for a picture, read again and
completed from the full name printed in the same letter (extractors.load.seal_names,
extractors.load.name_heads), on real scans of shared/corpus/pdf (each loaded once per
session) and on made-up letters for the cases the corpus lacks."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.load.name_heads import complete, full_names
from extractors.load.pages import Segment
from extractors.load.seal_names import SealName, _name_row, _Word, find
from extractors.pipeline import extract_text
from models.extraction import LoadMeta

from real_documents import loaded

PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
_BOX = Segment(400.0, 760.0, 470.0, 775.0, "", confidence=92.0)


def _loaded(name: str) -> tuple[str, LoadMeta]:
    reading = loaded(PDF / name)
    return reading.text, reading.meta


@pytest.fixture(scope="module")
def phoc() -> tuple[str, LoadMeta]:
    # Quyết định 1053/QĐ-TTg: the signature column taken for a picture, the name read
    # "ồ Đức Phớc" under the seal; Nơi nhận copies "PTTg Hồ Đức Phớc"
    return _loaded("pd_016.pdf")


def test_name_under_the_seal_completed_from_the_recipients(phoc) -> None:
    text, meta = phoc
    assert "Hồ Đức Phớc" in text.split("\n")
    assert any("the name 'Hồ Đức Phớc' completed from the letter's text where Tesseract read" in w
               and "under the seal" in w for w in meta.warnings)
    assert extract_text(text, meta=meta).signer.name == "Hồ Đức Phớc"


def test_hidden_first_word_with_no_evidence_gives_no_name() -> None:
    # Quyết định 1009/QĐ-TTg: "Hồng Hà" under the ring, the letter names no Trần Hồng Hà
    text, meta = _loaded("pd_014.pdf")
    assert "Hồng Hà" not in text
    assert extract_text(text, meta=meta).signer.name is None


def test_a_name_read_by_the_page_pass_is_left_alone() -> None:
    # Quyết định 1114/QĐ-TTg: the round seal over the title, the name read on the page
    text, meta = _loaded("pd_017.pdf")
    assert not any("under the seal" in w for w in meta.warnings)
    assert extract_text(text, meta=meta).signer.name == "Phạm Minh Chính"


def test_a_full_name_ending_in_the_sure_syllables() -> None:
    letter = "Nơi nhận:\n- Thủ tướng CP, PTTg Hồ Đức Phớc;\n- VPCP: BTCN, PCN Mai Thị Thu Vân,"
    assert full_names(["Đức", "Phớc"], letter) == {"Hồ Đức Phớc"}
    assert full_names(["Thu", "Vân"], letter) == {"Mai Thị Thu Vân"}  # a middle name between
    assert full_names(["Minh", "Chính"], letter) == set()


def test_two_full_names_that_fit_take_none() -> None:
    letter = "- PTTg Hồ Đức Phớc;\n- Đồng chí Lê Đức Phớc, Vụ trưởng;"
    line, note = complete(SealName("ồ", ["Đức", "Phớc"], _BOX), letter)
    assert line is None
    assert "no name taken (2 full names end with them: Hồ Đức Phớc, Lê Đức Phớc)" in note


def test_no_full_name_in_the_letter_takes_none() -> None:
    line, note = complete(SealName("Trãñ", ["Hồng", "Hà"], _BOX), "- Thủ tướng, các Phó Thủ tướng Chính phủ;")
    assert line is None and "no full name in the letter ends with them" in note


def test_a_word_before_the_syllables_that_is_no_family_name_is_not_taken() -> None:
    # "PTTg Đức Phớc": a title's abbreviation, not a family name
    assert full_names(["Đức", "Phớc"], "- Thủ tướng CP, PTTg Đức Phớc;") == set()


def test_a_whole_name_read_surely_is_put_as_read() -> None:
    line, note = complete(SealName(None, ["Trần", "Hồng", "Hà"], _BOX), "")
    assert line is not None and line.text == "Trần Hồng Hà"
    assert note.startswith("the name 'Trần Hồng Hà' read under the seal")


def _row(*words: tuple[str, float]) -> list[_Word]:
    return [_Word(text, confidence, (10.0 * k, 0.0, 10.0 * k + 8, 10.0)) for k, (text, confidence) in enumerate(words)]


def test_the_name_row_ends_in_sure_syllables_after_one_head() -> None:
    head, tail = _name_row(_row(("XÃ", 18), ("ồ", 79), ("Đức", 93), ("Phớc", 92), ("¬", 62)), None)
    assert head.text == "ồ" and [w.text for w in tail] == ["Đức", "Phớc"]
    assert _name_row(_row(("ấm", 37), ("Hồng", 53), ("Hà", 97)), None) is None  # one sure syllable
    assert _name_row(_row(("Hồng", 96), ("Hà", 97)), None) is None  # no head: a whole name needs three


def test_a_whole_name_centred_under_its_title_is_taken_however_unsure() -> None:
    # pd_001's name under its red seal, "Ngôn"(8) "Nghiệp"(81): the row spans 0..18,
    # its words 8 wide; a title centred at 9 stands right over it
    row = _row(("Ngôn", 8), ("Nghiệp", 81))
    head, words = _name_row(row, 9.0)
    assert head is None and [w.text for w in words] == ["Ngôn", "Nghiệp"]
    assert _name_row(row, 9.0 + 8 / 2) is None  # half a word off: the tail of a name whose head is hidden
    assert _name_row(row, None) is None  # no title on the page: no centre to stand under
    assert _name_row(_row(("ấm", 37), ("Hồng", 53), ("Hà", 97)), 14.0) is None  # a word that is no name's


def test_an_unsure_name_clear_of_the_seal_is_read_from_a_real_scan() -> None:
    # Quyết định 157/QĐ-NĐ-UB (1999): "Ngôn Nghiệp" printed under the red seal, inside the
    # region the page pass took for a picture, read back unsurely, centred under "PHÓ CHỦ TỊCH"
    text, meta = _loaded("pd_001.pdf")
    assert any("the name 'Ngôn Nghiệp' read under the seal" in w for w in meta.warnings)
    extraction = extract_text(text, meta=meta)
    assert extraction.signer.name == "Ngôn Nghiệp"
    assert any("signer read from a low-confidence OCR line" in w for w in extraction.warnings)


def test_a_picture_holding_a_name_line_already_is_not_read_again() -> None:
    import cv2
    import numpy as np

    _, png = cv2.imencode(".png", np.full((1000, 1000), 255, np.uint8))
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    tsv = f"{header}\n5\t1\t9\t1\t1\t1\t500\t500\t300\t300\t95\t  "
    name = [Segment(300, 330, 330, 342, "Trần", 96.0), Segment(333, 330, 360, 342, "Hồng", 96.0),
            Segment(363, 330, 380, 342, "Hà", 97.0)]
    read: list[bytes] = []
    assert find(tsv, [name], png.tobytes(), 144, lambda crop: read.append(crop) or "") == []
    assert read == []
    assert find(tsv, [name[:1]], png.tobytes(), 144, lambda crop: read.append(crop) or "") == []
    assert len(read) == 1  # without the name line the picture is read again
