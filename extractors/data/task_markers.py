"""List markers that open the items of a document body, by style.

Compiled by extractors/tasks/outline.py. Source: Nghị định 30/2020/NĐ-CP Phụ lục I
(bố cục: Phần, Chương, Mục, Điều, khoản, điểm: I., 1., 1.1., a), dash items) and the
corpus (a. / a) / + / * variants). A style's depth is not fixed: the outline nests
styles in the order a document first uses them.
"""
from __future__ import annotations

from extractors.data.normalize_rules import BULLETS

# (style, pattern at line start). Order matters: the first matching style wins.
MARKERS: tuple[tuple[str, str], ...] = (
    ("dieu", r"Điều\s*\d{1,3}[a-zđ]?\s*[.:]"),  # Điều 3. (Quyết định, Quy chế); "Điều1:" as scans read it
    # I. II. (Mục); "II NHIỆM VỤ ..." as a scan reads a part's heading, its stop lost, before words in capitals
    # "I- ĐÁNH GIÁ ..." as older texts mark a part, a hyphen for the stop
    ("roman", r"[IVX]{1,5}\s*[.)]|[IVX]{1,5}-(?=[ \t])|[IVX]{1,5}(?=[ \t]+[A-ZĐ][A-ZĐÀ-Ỹ]+[ \t]+[A-ZĐ][A-ZĐÀ-Ỹ]+(?:\s|$))"),
    ("capital", r"[A-E]\s*\.(?=\s+[A-ZĐÀ-Ỹ]{2})"),  # A. KẾT QUẢ (parts of a report)
    ("num3", r"\d{1,2}\.\d{1,2}\.\d{1,2}\.?"),  # 1.1.1.
    ("num2", r"\d{1,2}\.\d{1,2}\.?"),  # 1.1.
    # 1. (khoản) — 1-2 digits so "2022." is not one; "8:" as scans read "8."; "1/" as some letters number their items
    ("num", r"\d{1,2}\s*[.):/]"),
    ("paren_num", r"\(\d{1,2}\)"),  # (5) numbered clauses of a regulation
    ("paren_roman", r"\([ivx]{1,4}\)"),  # (iv) items of a Thông báo kết luận
    ("alpha_paren", r"[a-zđ©ø]\)"),  # a) (điểm); "©)" and "ø)" as scans read c) and g)
    ("alpha_dot", r"[a-zđ]\."),  # a. (điểm, older style)
    ("dash", r"[-–—_~]"),  # - item; "_ " and "~ " as scans read a dash
    ("plus", r"\+"),  # + sub-item
    ("bullet", f"[{BULLETS}]"),  # bullets from word processors ("◊ Đối với người lao động:")
    ("star", r"\*"),  # * note or closing item
)

# The marks that open and close a quotation. Source: Nghị định 30/2020/NĐ-CP Phụ lục I (văn bản sửa đổi, bổ sung:
# the new text in quotation marks), corpus.
QUOTE_OPENERS = "“\""
QUOTE_CLOSERS = "”\""

# Verbs opening a lead-in whose quotation is the text it enacts ("c) Sửa đổi, bổ sung khoản 4 như sau:" /
# "“4. Trường hợp ... thì Trung tâm, Chi nhánh có trách nhiệm ...”"): the quoted clauses, paragraphs and
# articles are read as the document's own, nested under that lead-in. Source: Nghị định 30/2020/NĐ-CP Phụ lục I
# (văn bản sửa đổi, bổ sung), central (Thông tư liên tịch, Nghị định sửa đổi).
AMENDING_LEADS: tuple[str, ...] = ("sửa đổi", "bổ sung", "thay thế")

# Lines that carry no text of the body: page numbers, separator stars, and the stamp of
# a digital signature printed on a page ("Ký bởi: Ủy ban nhân dân tỉnh ...", "Thời gian
# ký: 05/01/2021 08:15:24"). Source: seeds (PDF page numbers), dev ("* *"), pdf (stamps).
NOISE_LINE = r"\s*(?:\d{1,3}|[*\s]+|-+|(?:Ký bởi|Thời gian ký)\s*:.*)\s*"

# A sentence ends at these marks followed by white space and an upper-case letter.
SENTENCE_END = r"(?<=[.!?])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ])"

# Titles of a regulation or plan a decision issues "kèm theo" it, printed on a line of
# their own after the signature: the attachment's articles carry the duties
# ("Điều 9. Trách nhiệm của Sở Công Thương"). Source: Nghị định 30/2020/NĐ-CP Phụ lục
# I (quy chế, quy định, kế hoạch ban hành kèm theo quyết định), bulk.
ATTACHMENT_TITLES: tuple[str, ...] = ("QUY CHẾ", "QUY ĐỊNH", "KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "ĐIỀU LỆ",
                                      "HƯỚNG DẪN", "PHƯƠNG ÁN")
# Of those, the plans of work, whose headings name who acts as a letter's do ("a) Các bộ, cơ quan ngang bộ, Ủy ban
# nhân dân các tỉnh" / "- Tiếp tục nghiên cứu ..."); a regulation's headings name whom its rules concern ("Đối với
# Bí thư Thành ủy:"). Source: Nghị định 30/2020/NĐ-CP Phụ lục I (kế hoạch, chương trình, đề án); central (Nghị quyết
# 105/NQ-CP's Chương trình hành động).
PLAN_TITLES: tuple[str, ...] = ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "PHƯƠNG ÁN")

# Words a line cannot end a heading or a sentence on, since they want what follows
# ("Chủ động liên hệ, làm việc với" / "Tổ chức Y tế Thế giới (WHO) ..."): a line after
# one of them continues the item though it opens with a capitalised verb. Source: bulk
# (công điện wrapped by crawled pages).
OPEN_ENDS: tuple[str, ...] = ("với", "và", "của", "cho", "các", "tại", "về", "để", "theo", "đến", "từ", "trong",
                              "những", "hoặc", "là", "như")
