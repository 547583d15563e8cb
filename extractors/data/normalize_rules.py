"""Pattern knowledge for extractors/normalize.py: invisible characters, line kinds,
and where Vietnamese document numbers get split across lines.

Each entry says where it comes from.
"""
from __future__ import annotations

# Characters that carry no text (Unicode General Category Cf / soft hyphen); removed.
# U+00AD soft hyphen (Word's optional hyphen), U+200B zero width space, U+200C/U+200D
# (ZWNJ/ZWJ, pasted from web pages), U+200E/U+200F and U+202A-U+202E, U+2066-U+2069
# (bidi controls), U+2060 word joiner, U+FEFF (a BOM inside the text), U+FFFC object
# replacement (an embedded picture in Word text).
INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\ufffc"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Space characters other than U+0020 (Unicode Zs), replaced by a plain space: no-break
# space (Word's Ctrl+Shift+Space and &nbsp;), the en/em/thin spaces U+2000-U+200A,
# narrow no-break space, medium mathematical space, ideographic space.
SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Look-alike letters that are never Vietnamese, mapped to the Vietnamese letter they
# stand for: Tesseract's 'vie' model and some fonts give the Icelandic eth Ð/ð (U+00D0,
# U+00F0) for Đ/đ (U+0110, U+0111) — seen in OCR of 'CĐS' on this machine.
LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
# Line separators: form feed (page break in text output), vertical tab (Word's manual
# line break in .doc text), U+2028/U+2029 line and paragraph separators.
LINE_BREAKS = "\f\v\u2028\u2029\x85"

# --- line kinds (Decree 30/2020/NĐ-CP, Phụ lục I: layout of an administrative document) --
# A line that starts a list item: "- ...", "+ ...", "• ...", "1. ...", "1.2. ...",
# "2) ...", "a) ...", "đ) ...", "I. ...", "IV. ...".
# The bullets word processors put before list items ("• ...", "◊ Đối với người lao động:", "❖ ...", "➢ ...").
BULLETS = "•●▪◦◊◆♦❖■□○➢►"
LIST_ITEM = rf"(?:[-–—+*{BULLETS}]\s|\(?\d{{1,3}}(?:\.\d{{1,3}})*[.)]\s|\(?[a-zđ]\)\s|[IVXLC]{{1,6}}[.)]\s)"
# Words that open a structural line of a letter (article and chapter headings, the
# recipients and copy lists, the legal bases, the signature's authority markers).
STRUCTURAL_OPENERS = (
    "Điều", "Chương", "Mục", "Phần", "Phụ lục",  # articles and parts (Decree 30, Phụ lục I)
    "Kính gửi", "Nơi nhận", "Căn cứ", "Xét đề nghị", "Theo đề nghị",  # recipients, bases
    "Số:", "V/v", "TM.", "KT.", "TL.", "TUQ.", "Q.",  # number, subject, signing authority
)
# The line that opens the recipients (Decree 30/2020, Phụ lục I, ô 9a): never part of
# the header's two columns.
RECIPIENTS_OPENER = "Kính gửi"
# Lines that open the body after a header or signature block: a column block never
# runs on into them (the recipients, the legal bases, articles and parts).
BLOCK_ENDERS = ("Kính gửi", "Căn cứ", "Xét đề nghị", "Theo đề nghị", "Điều", "Chương", "Mục", "Phần", "Phụ lục")
# Sentence-ending punctuation after which a line never continues.
LINE_END = ".;:!?"

# --- numbers split across lines -------------------------------------------------------
# A số ký hiệu (Decree 30/2020, Phụ lục III: number/year/type-code-issuer-code) that the
# PDF or the crawl broke after a "/" or "-": "31/QĐ-" + newline + "UBND", "25/KH- UBND",
# "4085/UBND-" + newline + "ĐT", "15/" + newline + "2024/TT-BTC".
CODE_FIRST = r"[A-ZĐ]"  # a code opens with a capital
CODE_REST = r"[A-ZĐ0-9&.]"
CODE = CODE_FIRST + CODE_REST + "*"
# the number's 1 to 6 digits, the first opening a word: \b\d{1,6}, written digit first so
# that the regex engine skips to digits instead of trying every position of the text
NUMBER_DIGITS = r"\d(?<!\w\d)\d{0,5}"
# left part of a number that ends in a hyphen: 31/QĐ-  or  01/2024/NĐ-  or  4085/UBND-
NUMBER_BEFORE_HYPHEN = NUMBER_DIGITS + r"(?:/\d{4})?/" + CODE + r"(?:-" + CODE + r")*-"
# left part that ends in a slash: 15/  or  15/2024/
NUMBER_BEFORE_SLASH = NUMBER_DIGITS + r"(?:/\d{4})?/"

# --- two columns set with tabs or runs of spaces (Word letters typed without a table) --
# The header puts the issuing body and "Số:" on the left, the quốc hiệu and the
# place-date line on the right (Decree 30/2020, Phụ lục I, ô 1-4); the signature block
# puts "Nơi nhận:" on the left and the signer on the right (ô 7-9).
# A gap of a tab, or of this many spaces, separates the columns.
COLUMN_GAP_SPACES = 4
# The right column starts at least this many characters in (tabs counted as 8).
RIGHT_COLUMN_MIN = 24
# Gaps that are blanks left to be filled in by hand, not column breaks: after "ngày",
# "tháng", "Số:" and before "tháng", "năm", "/" ("ngày    tháng    năm 2024", "Số:   /UBND");
# nor is a tab before ":" (a tab leader to a value: "Đi công tác trong tỉnh <tab>: 70.000đ").
BLANK_BEFORE_GAP = r"(?:ngày|tháng|năm|[Ss]ố|SỐ)\s*:?$"
BLANK_AFTER_GAP = r"^(?:tháng|năm|/|:)"
# Split lines at most this many lines apart belong to one region (a signature block's
# "Nơi nhận" list runs a dozen lines beside the signer's title, seal and name).
CLUSTER_GAP = 12

# --- page furniture (PDF and OCR pages) ---------------------------------------------------
# Page numbers: Decree 30/2020, Phụ lục I, II.7 puts them centred in the top margin from
# page 2 on; Word and scanners also print "- 2 -", "Trang 2", "2/5" at the top or bottom.
PAGE_NUMBER = r"^(?:[-–]\s*)?(?:(?:Trang|trang|TRANG|Page|page)\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–])?$"
# Share of the page height at the top and at the bottom where page numbers and running
# headers/footers sit (Decree 30: top margin 20-25 mm, bottom 20-25 mm of 297 mm).
MARGIN_SHARE = 0.1
