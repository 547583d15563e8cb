"""extractors.legacy: TCVN3 and VNI tables, font names, line-by-line detection, and
the Done-when check: every original in shared/corpus/legacy reads at word-bag F1 >= 0.98
against its transcript through `vanban text`'s loader."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors import legacy
from extractors.load import load_bytes

from conftest import word_bag_f1

LEGACY = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "legacy"
ORIGINALS = sorted(p for p in LEGACY.glob("hd_*.*") if not p.name.endswith(".txt"))

TCVN3 = [
    # (surface text as a naive extraction gives it, Unicode) — lines from shared/corpus/legacy
    ("Céng hßa x· héi chñ nghÜa viÖt nam", "Cộng hòa xã hội chủ nghĩa việt nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Sè: 256 /2004/Q§-UB", "Số: 256 /2004/QĐ-UB"),
    ("V/v ban hµnh Ch\xad¬ng tr×nh C¶i c¸ch hµnh chÝnh", "V/v ban hành Chương trình Cải cách hành chính"),
    ("tû ®ång, −íc ®¹t", "tỷ đồng, ước đạt"),  # PDF's U+2212 for the ư byte
    ("nhµ n−íc; 5 − 3", "nhà nước; 5 − 3"),  # a minus between digits stays
    # capitals typed for a .VnTimeH font lose their case in toned letters; words with two
    # ASCII capitals are capital words, title-case words are not
    ("QUYÕT §ÞNH cña ñY BAN NH¢N D¢N THµNH PHè", "QUYẾT ĐỊNH của ủY BAN NHÂN DÂN THÀNH PHỐ"),
    ("Sè: 12, Bé Tµi chÝnh", "Số: 12, Bộ Tài chính"),
]
VNI = [
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("Soá: 991/QÑ-UBND", "Số: 991/QĐ-UBND"),
    ("Ñoàng Xoaøi, ngaøy 14 thaùng 5 naêm 2008", "Đồng Xoài, ngày 14 tháng 5 năm 2008"),
    ("saün coù ôû Ñaø Naüng, tænh", "sẵn có ở Đà Nẵng, tỉnh"),
    ("chaúng", "chẳng"),  # breve + hook, by the VNI layout
]


@pytest.mark.parametrize(("surface", "expected"), TCVN3)
def test_tcvn3(surface: str, expected: str) -> None:
    assert legacy.convert(surface, "tcvn3") == expected


@pytest.mark.parametrize(("surface", "expected"), VNI)
def test_vni(surface: str, expected: str) -> None:
    assert legacy.convert(surface, "vni") == expected


def test_uppercase_font_draws_capitals() -> None:
    assert legacy.convert("céng hßa x· héi", "tcvn3", upper=True) == "CỘNG HÒA XÃ HỘI"


FONTS = [
    (".VnTime", "tcvn3", False),
    ("CCBOCO+.VnTimeH", "tcvn3", True),
    (".VnArial,Bold", "tcvn3", False),
    (".VnTimeH Tur", "tcvn3", True),
    ("VNI-Times", "vni", False),
    ("VNI Helve", "vni", False),
    ("Times New Roman", None, False),
    ("Verdana", None, False),
    (None, None, False),
]


@pytest.mark.parametrize(("font", "encoding", "upper"), FONTS)
def test_fonts(font: str | None, encoding: str | None, upper: bool) -> None:
    assert legacy.encoding_for_font(font) == encoding
    assert legacy.is_uppercase_font(font) is upper


def test_fix_text_converts_line_by_line_and_keeps_layout() -> None:
    text = "   ñy Ban Nh©n D©n \t         Céng hßa x· héi\n\n  Sè:  256 /2004/Q§-UB\nCăn cứ Luật Tổ chức"
    fixed, enc = legacy.fix_text(text)
    assert enc == "tcvn3"
    assert fixed == "   ủy Ban Nhân Dân \t         Cộng hòa xã hội\n\n  Số:  256 /2004/QĐ-UB\nCăn cứ Luật Tổ chức"


UNICODE_LINES = [
    "Ban hành kèm theo Quyết định này",  # no letter only Unicode has, still left alone
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Société Générale, café, Ñandú",  # other Latin-1 languages are not legacy Vietnamese
    "Copyright © 2024",
]


@pytest.mark.parametrize("line", UNICODE_LINES)
def test_fix_text_leaves_unicode_alone(line: str) -> None:
    assert legacy.fix_text(line) == (line, None)


def test_the_corpus_holds_eight_originals() -> None:
    assert len(ORIGINALS) == 8
    assert {p.suffix for p in ORIGINALS} == {".doc", ".rtf", ".pdf"}


@pytest.mark.parametrize("original", ORIGINALS, ids=lambda p: p.name)
def test_legacy_original_reads_like_its_transcript(original: Path) -> None:
    loaded = load_bytes(original.read_bytes(), original.name)
    truth = original.with_name(original.stem + ".truth.txt").read_text(encoding="utf-8")
    assert loaded.meta.legacy_encoding in ("tcvn3", "vni")
    assert word_bag_f1(loaded.text, truth, ignore=("[pic]",)) >= 0.98
    naive = original.with_name(original.stem + ".extracted.txt").read_text(encoding="utf-8")
    assert word_bag_f1(naive, truth, ignore=("[pic]",)) < 0.5  # the check can fail: mojibake scores low


def test_tables_agree_with_viparse() -> None:
    """Our data tables give what viparse's corpus-validated tables give, where both map."""
    tables = pytest.importorskip("viparse.normalize.tables")
    tcvn3 = pytest.importorskip("viparse.normalize.tcvn3")
    vni = pytest.importorskip("viparse.normalize.vni")
    for ours, theirs in (("tcvn3", tcvn3.TCVN3), ("vni", vni.VNI)):
        for surface, letter in theirs.pairs:
            assert legacy.convert(surface, ours) == letter, (ours, surface)
        assert tables.convert("".join(s for s, _ in theirs.pairs), theirs) == \
            legacy.convert("".join(s for s, _ in theirs.pairs), ours)
