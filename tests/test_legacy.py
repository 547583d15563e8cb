"""extractors.legacy: TCVN3 and VNI tables, font names, line-by-line detection, and
the Done-when checks: every original in shared/corpus/legacy reads at word-bag F1 >= 0.99
against its transcript through `vanban text`'s loader, and its header lines come out in
the case their fonts print them."""
from __future__ import annotations

import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from extractors import legacy
from extractors.load import load_bytes
from models.extraction import LoadedText

from conftest import word_bag_f1

LEGACY = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "legacy"
ORIGINALS = sorted(p for p in LEGACY.glob("hd_*.*") if not p.name.endswith(".txt"))


@cache
def loaded(name: str) -> LoadedText:
    """An original as `vanban text` reads it, once per test session (a .doc costs a
    LibreOffice run of a second or more)."""
    return load_bytes((LEGACY / name).read_bytes(), name)


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
    text = loaded(original.name)
    truth = original.with_name(original.stem + ".truth.txt").read_text(encoding="utf-8")
    assert text.meta.legacy_encoding in ("tcvn3", "vni")
    assert word_bag_f1(text.text, truth, ignore=("[pic]",)) >= 0.99
    naive = original.with_name(original.stem + ".extracted.txt").read_text(encoding="utf-8")
    assert word_bag_f1(naive, truth, ignore=("[pic]",)) < 0.5  # the check can fail: mojibake scores low


# Header and signature lines of the originals as their fonts print them: the runs of
# the lines in capitals are set in .VnTimeH (TCVN3, which has no capital letters of its
# own) or typed in VNI capitals; the runs of the others in .VnTime or VNI-Times small
# letters (fonts read from each file: RTF font table, PDF spans, the .doc's runs as
# LibreOffice converts them). The transcripts lost this case; the paper has it.
CASE_ON_PAPER = {
    "hd_052.doc": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
                   "V/v ban hành Chương trình Cải cách hành chính của thành phố Cần Thơ giai đoạn 2004 - 2010",
                   "TM . UBND THÀNH PHỐ CẦN THƠ", "CHỦ TỊCH"],
    "hd_053.doc": ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BẢN QUY ĐỊNH",
                   "Long Xuyên, ngày 07 tháng 3 năm 2002"],
    "hd_054.doc": ["BỘ TÀI CHÍNH", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH",
                   "BỘ TRƯỞNG BỘ TÀI CHÍNH", "QUYẾT ĐỊNH:", "KT/ BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG",
                   "Biểu thuế thuế nhập khẩu ưu đãi"],
    "hd_055.rtf": ["BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÔNG TƯ",
                   "Hà nội, ngày 18 tháng 1 năm 2001"],
    "hd_056.pdf": ["BÁO CÁO VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG NGHIỆP THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007",
                   "1. Tình hình chung:"],
    "hd_057.doc": ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC", "QUYẾT ĐỊNH", "TM. ỦY BAN NHÂN DÂN TỈNH"],
    "hd_058.doc": ["UỶ BAN NHÂN DÂN", "TỈNH CÀ MAU", "QUY ĐỊNH", "KT. CHỦ TỊCH"],
    "hd_059.doc": ["UBND TỈNH BÀ RỊA – VŨNG TÀU", "BQL CÁC KHU CÔNG NGHIỆP", "QUYẾT ĐỊNH"],
}


def test_case_lines_cover_every_original() -> None:
    assert sorted(CASE_ON_PAPER) == [p.name for p in ORIGINALS]


@pytest.mark.parametrize("name", sorted(CASE_ON_PAPER))
def test_header_lines_in_the_case_of_their_fonts(name: str) -> None:
    lines = {" ".join(line.split()) for line in loaded(name).text.splitlines()}
    missing = [line for line in CASE_ON_PAPER[name] if line not in lines]
    assert not missing


# A .doc with TCVN3 text where LibreOffice is missing: antiword reads it, without fonts.
def _path_without_libreoffice(tmp_path: Path) -> str:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    antiword = subprocess.run(["which", "antiword"], capture_output=True, text=True, check=True).stdout.strip()
    (bin_dir / "antiword").symlink_to(antiword)
    return str(bin_dir)


def test_doc_without_libreoffice_restores_certain_case_and_says_so(tmp_path: Path) -> None:
    """`vanban text` on hd_054.doc with no soffice on PATH: antiword's text, the national
    title and the type line in capitals (certain), the issuer's line left as it is, and
    a warning on stderr naming the missing package."""
    env = {**os.environ, "PATH": _path_without_libreoffice(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "cli", "text", str(LEGACY / "hd_054.doc")],
                         capture_output=True, text=True, env=env, check=False)
    assert run.returncode == 0, run.stderr
    assert "warning: read with antiword: LibreOffice is not installed (apt package libreoffice-writer-nogui)" \
        in run.stderr
    assert "case restored on" in run.stderr
    lines = run.stdout.splitlines()
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines and "QUYẾT ĐỊNH:" in lines
    assert "bộ tài chính" in lines  # .VnTimeH in the file, but nothing certain says so
    assert word_bag_f1(run.stdout, (LEGACY / "hd_054.truth.txt").read_text(encoding="utf-8")) >= 0.99


RESTORE_CASE = [
    # (text without fonts, the text with case restored where certain)
    ("cộng hoà xã hội chủ nghĩa việt nam\nĐộc lập - Tự do - Hạnh phúc",
     "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    ("đảng cộng sản việt nam", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("quyết định:\nQuyết định này có hiệu lực", "QUYẾT ĐỊNH:\nQuyết định này có hiệu lực"),
    ("thông tư", "THÔNG TƯ"),
    # a line the letter prints elsewhere in capitals; one it does not stays
    ("thành phố cần thơ\nỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nsở nội vụ",
     "THÀNH PHỐ CẦN THƠ\nỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nsở nội vụ"),
    ("Tỉnh\nỦY BAN NHÂN DÂN TỈNH", "Tỉnh\nỦY BAN NHÂN DÂN TỈNH"),  # one word is no line's worth
    ("Bản quy định\nQuy định này có hiệu lực", "BẢN QUY ĐỊNH\nQuy định này có hiệu lực"),  # hd_053's title
]


@pytest.mark.parametrize(("text", "expected"), RESTORE_CASE)
def test_restore_case(text: str, expected: str) -> None:
    restored, changed = legacy.restore_case(text)
    assert restored == expected
    assert changed == sum(a != b for a, b in zip(text.split("\n"), expected.split("\n")))


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
