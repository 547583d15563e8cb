"""Every format an archive holds, each built in the test: DOCX (header table, text box,
legacy-font run), DOC (antiword), RTF (font table, code pages, \\u escapes), HTML,
TXT/MD in UTF-8, UTF-16, Windows-1258 and 8-bit TCVN3."""
from __future__ import annotations

import unicodedata
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from extractors.load import load_bytes

LEGACY = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "legacy"
HEADER = ["ỦY BAN NHÂN DÂN", "HUYỆN BÌNH SƠN", "Số: 1313/UBND-TTHC",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bình Sơn, ngày 14 tháng 3 năm 2024"]


def _docx() -> bytes:
    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 1313/UBND-TTHC"
    table.cell(1, 1).text = "Bình Sơn, ngày 14 tháng 3 năm 2024"
    d.add_paragraph("Kính gửi: Các phòng, ban thuộc huyện")
    p = d.add_paragraph("Căn cứ ")
    run = p.add_run("QuyÕt ®Þnh sè 31/Q§-UBND")  # typed in .VnTime
    run.font.name = ".VnTime"
    box = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    p._p.append(box)
    data = d.add_table(rows=2, cols=3)
    for i, cell in enumerate(["STT", "Nhiệm vụ", "Thời hạn", "1", "Rà soát hồ sơ", "Quý I/2024"]):
        data.cell(i // 3, i % 3).text = cell
    out = BytesIO()
    d.save(out)
    return out.getvalue()


def test_docx() -> None:
    loaded = load_bytes(_docx(), "letter.docx")
    lines = loaded.text.split("\n")
    assert lines[:6] == HEADER  # the header table, column by column
    assert "Kính gửi: Các phòng, ban thuộc huyện" in lines
    assert "Căn cứ Quyết định số 31/QĐ-UBND" in lines
    assert lines[lines.index("Căn cứ Quyết định số 31/QĐ-UBND") + 1] == "DỰ THẢO"  # text box
    assert "STT | Nhiệm vụ | Thời hạn" in lines and "1 | Rà soát hồ sơ | Quý I/2024" in lines
    assert loaded.meta.format == "docx"
    assert loaded.meta.legacy_encoding == "tcvn3"


def test_doc_via_libreoffice() -> None:
    loaded = load_bytes((LEGACY / "hd_057.doc").read_bytes(), "hd_057.doc")
    assert loaded.meta.format == "doc" and loaded.meta.legacy_encoding == "vni"
    assert loaded.meta.warnings == []  # LibreOffice read it, fonts and all
    assert loaded.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 991/QĐ-UBND\n"
                                  "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
    assert "\nTM. ỦY BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\nTrương Tấn Thiệu\n" in loaded.text


RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}"
    r"{\f1\fswiss\fcharset0{\*\panose 020b7200000000000000}.VnTime;}{\f2\fswiss\fcharset0 .VnTimeH;}"
    r"{\f3\froman\fcharset163 Times New Roman CE;}}"
    r"{\header\pard\plain\f0 Trang \chpgn\par}"
    r"\pard\plain\f2 ubnd huy\'d6n b\'d7nh s\'acn\tab\tab\tab\tab\tab c\'e9ng h\'dfa x\'b7 h\'e9i\par"
    r"\pard\f1 S\'e8: 12/UBND\tab\tab\tab\tab\tab\tab B\'d7nh S\'acn, ng\'b5y 5 th\'b8ng 3 n\'a8m 2024\par"
    r"\pard\f0\uc1 K\u237?nh g\u7917?i: C\u225?c x\u227?\par"
    r"\pard\f3 C\'f4\'f2ng vi\'ea\'f2c\par"
    r"\trowd\intbl\f0 N\u417?i nh\u7853?n:\cell TM. \u7910?Y BAN\cell\row"
    r"\pard\f0 H\u7871?t.\par}"
)


def test_rtf() -> None:
    loaded = load_bytes(RTF.encode("latin-1"), "letter.rtf")
    assert loaded.text.split("\n") == [
        "UBND HUYỆN BÌNH SƠN", "Số: 12/UBND", "CỘNG HÒA XÃ HỘI", "Bình Sơn, ngày 5 tháng 3 năm 2024",
        "Kính gửi: Các xã", "Cộng việc", "", "Nơi nhận:", "TM. ỦY BAN", "Hết.", "",
    ]
    assert loaded.meta.format == "rtf" and loaded.meta.legacy_encoding == "tcvn3"


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cổng thông tin</title>
<style>p {color: red}</style><script>var x = "<p>không</p>";</script></head><body>
<table><tr><td>ỦY BAN NHÂN DÂN<br>HUYỆN BÌNH SƠN</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>
Độc lập - Tự do - Hạnh phúc</td></tr><tr><td>Số: 1313/UBND-TTHC</td>
<td>Bình Sơn, ngày 14 tháng 3 năm 2024</td></tr></table>
<p>Kính gửi:</p><ul><li>Công an huyện;</li><li>Chi cục Thuế huyện.</li></ul>
<p><font face=".VnTime">C¨n cø Lu\u00cbt Tæ chøc</font> chính quyền&nbsp;địa phương</p></body></html>"""


def test_html() -> None:
    loaded = load_bytes(HTML.encode("utf-8"), "page.html")
    lines = loaded.text.split("\n")
    assert lines[:6] == HEADER
    assert "Kính gửi:\n- Công an huyện;\n- Chi cục Thuế huyện.\n" in loaded.text
    assert "Căn cứ Luật Tổ chức chính quyền địa phương" in lines
    assert "không" not in loaded.text and "Cổng thông tin" not in loaded.text and "color" not in loaded.text


TEXT = "ỦY BAN NHÂN DÂN\nSố: 12/UBND\nCộng hòa xã hội chủ nghĩa Việt Nam\nKính gửi: Sở Nội vụ\n"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows typed it: base letter + combining tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return out


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("utf-8-sig"), "utf-8"),
    (TEXT.encode("utf-16"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (_cp1258(TEXT), "cp1258"),
    (unicodedata.normalize("NFD", TEXT).encode("utf-8"), "utf-8"),
])
def test_text_encodings(data: bytes, encoding: str) -> None:
    loaded = load_bytes(data, "letter.txt")
    assert loaded.text == TEXT
    assert loaded.meta.encoding == encoding and loaded.meta.format == "txt"


def test_text_in_tcvn3_bytes() -> None:
    loaded = load_bytes("Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n".encode("latin-1"), "old.txt")
    # no fonts: the national title, which the paper prints in capitals, is restored; a warning says so
    assert loaded.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    assert loaded.meta.legacy_encoding == "tcvn3" and "capitals restored on 1 line" in loaded.meta.warnings[0]


def test_markdown() -> None:
    loaded = load_bytes("# Kế hoạch\n\n- Giao Sở Nội vụ chủ trì;\n".encode(), "plan.md")
    assert loaded.text == "# Kế hoạch\n\n- Giao Sở Nội vụ chủ trì;\n"
    assert loaded.meta.format == "md"


def test_docx_automatic_list_numbers() -> None:
    d = docx.Document()
    d.add_paragraph("Nhiệm vụ trọng tâm", style="List Number")
    d.add_paragraph("Giao Sở Nội vụ chủ trì;", style="List Bullet")
    d.add_paragraph("Tổ chức thực hiện", style="List Number")
    out = BytesIO()
    d.save(out)
    assert load_bytes(out.getvalue(), "plan.docx").text == \
        "1. Nhiệm vụ trọng tâm\n- Giao Sở Nội vụ chủ trì;\n2. Tổ chức thực hiện\n"


def test_numbering_levels() -> None:
    from extractors.load.numbering import Numbering, _Level

    numbering = Numbering(levels={"5": {0: _Level(1, "upperRoman", "%1."), 1: _Level(1, "decimal", "%2."),
                                        2: _Level(1, "lowerLetter", "%3)"), 3: _Level(1, "bullet", "\uf0b7")}})
    sequence = [(0,), (1,), (2,), (2,), (3,), (1,), (2,), (0,)]
    assert [numbering.label("5", level) for (level,) in sequence] == \
        ["I.", "1.", "a)", "b)", "-", "2.", "a)", "II."]
    assert numbering.label("9", 0) == ""


def test_all_caps_formatting_prints_capitals() -> None:
    """"All caps" / small caps drawn on a run, a character or paragraph style (DOCX
    w:caps, w:smallCaps; RTF \\caps, \\scaps) is capitals on paper, legacy fonts too;
    turned off on a run, the run stays as typed."""
    d = docx.Document()
    d.add_paragraph().add_run("ủy ban nhân dân tỉnh an giang").font.all_caps = True
    d.add_paragraph().add_run("Kế hoạch").font.small_caps = True
    legacy_run = d.add_paragraph().add_run("céng hßa x· héi")
    legacy_run.font.name, legacy_run.font.all_caps = ".VnTime", True
    d.styles.add_style("Tieude", 1).font.all_caps = True
    d.add_paragraph("thông báo kết luận", style="Tieude")
    d.add_paragraph(style="Tieude").add_run("không in hoa").font.all_caps = False
    d.add_paragraph("Căn cứ Luật Tổ chức")
    out = BytesIO()
    d.save(out)
    assert load_bytes(out.getvalue(), "caps.docx").text == (
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nKẾ HOẠCH\nCỘNG HÒA XÃ HỘI\nTHÔNG BÁO KẾT LUẬN\nkhông in hoa\n"
        "Căn cứ Luật Tổ chức\n")
    rtf = (r"{\rtf1\ansi{\fonttbl{\f0 Times New Roman;}{\f1 .VnTime;}}"
           r"\pard\f0\caps k\u7871?\caps0  ho\u7841?ch\par\pard\f1\scaps c\'e9ng h\'dfa\par"
           r"\pard\plain\f1 c\'e9ng h\'dfa\par}")
    assert load_bytes(rtf.encode("latin-1"), "caps.rtf").text == "KẾ hoạch\nCỘNG HÒA\ncộng hòa\n"
