"""The printed markers of a letter's layout (Decree 30/2020/NĐ-CP, Phụ lục I), as data.

Each entry is a word or phrase as it appears on the page; `extractors.layout`,
`extractors.header`, `extractors.recipients` and `extractors.signer` compile
them (whitespace between words matches any run of spaces and line breaks, so
a header wrapped mid-phrase still matches). No control flow lives here.
"""
from __future__ import annotations

# Quốc hiệu and tiêu ngữ: Phụ lục I, ô số 1 (both tone styles of HÒA/HOÀ occur).
NATIONAL_TITLE: tuple[str, ...] = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
)
MOTTO: tuple[str, ...] = ("Độc lập - Tự do - Hạnh phúc",)
# Party documents (Hướng dẫn 36-HD/VPTW) print this instead of the quốc hiệu.
PARTY_TITLE: tuple[str, ...] = ("ĐẢNG CỘNG SẢN VIỆT NAM",)

# Phụ lục I, ô số 3: "Số: 12/QĐ-UBND"; drafts leave the serial blank ("Số:   /BC-UBND").
NUMBER_LABEL = "Số"
# A number holds its symbol after "/" or "-" ("12/QĐ-UBND", party "04-NQ/TU"); a field
# without one is blank ("Số: ......").
NUMBER_SEPARATORS = "/-"
# Two columns of a header flattened onto one line are set apart by a tab or by two
# spaces or more ("UBND TỈNH X      CỘNG HÒA XÃ HỘI ...").
COLUMN_GAP = r"\s{2,}|\t"

# Ô số 4: "<địa danh>, ngày ... tháng ... năm ...". Words that may open a place name
# printed in the place-and-date line (Phụ lục I note 4: "Thành phố Hồ Chí Minh", "thị xã ...").
PLACE_PREFIXES: tuple[str, ...] = (
    "Thành phố", "Thị xã", "Thị trấn", "TP.", "Tp.", "Tx.", "Quận", "Huyện", "Xã", "Phường",
    "Tỉnh", "Đặc khu",
)
# Characters a draft uses to leave day or month blank ("ngày ... tháng ... năm 2024").
DATE_BLANK_CHARS = " \t\n._…-"

# Ô số 5b: a công văn's trích yếu opens with "V/v"; some headers print "Về việc".
SUBJECT_OPENERS: tuple[str, ...] = ("V/v", "V/V", "v/v")
# Words stripped from the front of a trích yếu (GUIDELINES: "the trích yếu, without V/v").
SUBJECT_STRIP: tuple[str, ...] = ("V/v", "Về việc")
# "Về việc" as OCR reads it off a scan: the vowel of "Về" misread, the space lost
# ("Vềviệc", "Và việc", "và việc").
SUBJECT_STRIP_READ = r"v[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệ]\s*việc"

# A law or resolution of Quốc hội prints no place-and-date line: it is dated by its
# adoption, stated in its closing clause ("... kỳ họp thứ 8 thông qua ngày 30 tháng 11
# năm 2024"; Law 80/2015 Art. 151, Law 64/2025 on legal documents).
ADOPTION_VERBS: tuple[str, ...] = ("thông qua",)

# A text without a header that a body republishes closes with its source: "Nguồn: VỤ
# KINH TẾ CÔNG NGHIỆP" (ministry reports on government portals; shared/corpus/legacy).
SOURCE_LABELS: tuple[str, ...] = ("Nguồn",)

# A letter speaking of itself by its type: a headerless copy saying "Công văn này" is a
# công văn (Decree 30/2020 Art. 7: the letter type has no type name of its own).
LETTER_SELF_REFERENCES: tuple[str, ...] = ("Công văn này",)

# Ô số 9a: "Kính gửi:" opens the recipient block; "Đồng kính gửi:" right after it names
# co-addressees (an office informed alongside, as a công điện's "Đồng kính gửi: Bí thư
# Tỉnh ủy ..."), a second list of the same block. A công điện names its addressees
# after "<sender> điện:" (Decree 30/2020 Phụ lục I, mẫu 1.5).
RECIPIENTS_LABELS: tuple[str, ...] = ("Kính gửi", "Đồng kính gửi")
TELEGRAM_RECIPIENTS_VERB = "điện"
# Ô số 9b: the copy list.
CC_LABELS: tuple[str, ...] = ("Nơi nhận",)

# Marks that open a list item under Kính gửi / Nơi nhận.
LIST_BULLETS: tuple[str, ...] = ("-", "–", "+", "•", "*")

# Phrases that open the body of a letter after the header (the first sentence of
# "Căn cứ ...", "Thực hiện ..." etc.); from the corpus and Decree 30 Phụ lục I models.
BODY_OPENERS: tuple[str, ...] = (
    "Căn cứ", "Thực hiện", "Theo", "Xét", "Trên cơ sở", "Nhằm", "Để", "Qua", "Vừa qua",
    "Trong", "Hiện nay", "Tiếp theo", "Ngày", "Sau", "Năm", "Thời gian qua", "Nhận được",
    "Phúc đáp", "Trả lời", "Được sự", "Về việc",
)
# Section heads open the body only with their number ("Điều 1.", "Chương II", "Phần thứ
# hai", "Mục 3"): "Chương trình MTQG ...", "Điều chỉnh quy hoạch ..." can be a wrapped
# trích yếu's next line.
SECTION_HEADS: tuple[str, ...] = ("Điều", "Chương", "Phần", "Mục")
SECTION_NUMBER = r"(?:[IVXLC]+|\d+|thứ)\b"

# Ô số 7 (signature): authority prefixes, Decree 30/2020 Art. 13 and Phụ lục I.
AUTHORITIES: tuple[str, ...] = ("TM", "KT", "TL", "TUQ", "Q")
# Party documents write them with a slash (Hướng dẫn 36-HD/VPTW: "T/M BAN THƯỜNG VỤ").
AUTHORITY_VARIANTS: dict[str, str] = {"T/M": "TM", "K/T": "KT", "T/L": "TL", "T/UQ": "TUQ"}

# Words that make an upper-case line an office holder's title in a signature
# (Decree 30/2020 Phụ lục I examples; Law 77/2015 and 76/2015 office titles).
SIGNER_TITLE_WORDS: tuple[str, ...] = (
    "CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "THỦ TƯỚNG", "CHỦ NHIỆM", "CHÁNH", "BÍ THƯ",
    "THƯ KÝ", "THỐNG ĐỐC", "KIỂM TOÁN", "THỦ TRƯỞNG", "TƯ LỆNH", "CHÍNH ỦY", "ỦY VIÊN",
    "TỔNG CỤC", "HIỆU TRƯỞNG", "PHÓ", "ĐẠI DIỆN", "CHỈ HUY",
)

# Lines between a title and the name that are not the name: the signature and seal
# as a crawl renders them.
SIGN_MARKS: tuple[str, ...] = (
    "(Đã ký)", "Đã ký", "(đã ký)", "(Ký tên, đóng dấu)", "(Ký, ghi rõ họ tên)", "[daky]",
    "(Đã ký và đóng dấu)", "(ký)", "(Ký)",
)

# Military and academic ranks printed before a signer's name (Law 16/1999 on officers;
# degrees as commonly printed); dropped from the name.
NAME_PREFIXES: tuple[str, ...] = (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá",
    "Trung tá", "Thiếu tá", "GS.TS.", "PGS.TS.", "GS.", "PGS.", "TS.", "ThS.", "BS.", "KS.",
)

# Upper-case lines that open the enacting formula of a quyết định / nghị quyết
# ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...", "BỘ TRƯỞNG BỘ ...") and so end a trích yếu.
ENACTING_HEADS: tuple[str, ...] = (
    "CHỦ TỊCH", "BỘ TRƯỞNG", "THỦ TƯỚNG", "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN",
    "HỘI ĐỒNG NHÂN DÂN", "CHÍNH PHỦ", "TỔNG CỤC TRƯỞNG", "CỤC TRƯỞNG", "TRƯỞNG BAN",
    "CHÁNH ÁN", "VIỆN TRƯỞNG", "TỔNG GIÁM ĐỐC", "THỐNG ĐỐC", "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "QUỐC HỘI", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "CHÁNH VĂN PHÒNG", "TỔNG KIỂM TOÁN",
    "BỘ CHÍNH TRỊ", "BAN BÍ THƯ",
)
# Words a wrapped trích yếu line may end with, so that the next line continues it
# even when that line starts like an enacting formula ("... THUỘC" / "ỦY BAN NHÂN DÂN ...").
CONNECTORS: tuple[str, ...] = (
    "CỦA", "THUỘC", "VÀ", "CHO", "VỚI", "TẠI", "VỀ", "ĐỐI", "TRONG", "TRÊN", "CÁC", "NĂM",
)

# Phrases naming the drafting status of a text, and the urgency and secrecy marks
# stamped on the header (Decree 30/2020 Art. 8 and Phụ lục I ô số 10a/10b; Law
# 29/2018/QH14 on state secrets): none is part of the header fields.
DRAFT_MARKS: tuple[str, ...] = (
    "(Dự thảo)", "(DỰ THẢO)", "Dự thảo", "DỰ THẢO", "HỎA TỐC", "HOẢ TỐC", "THƯỢNG KHẨN", "KHẨN",
    "MẬT", "TỐI MẬT", "TUYỆT MẬT", "BẢN SAO", "SAO Y BẢN CHÍNH",
)

# Office titles as running text writes them (Decree 30/2020 Phụ lục II: an office
# title keeps a capital only on its first word unless it names an agency, as in
# "Chánh Văn phòng"); longest match wins, "Phó " is prefixed to any of them.
TITLE_FORMS: tuple[str, ...] = (
    "Chủ tịch", "Giám đốc", "Tổng Giám đốc", "Bộ trưởng", "Thứ trưởng", "Thủ tướng",
    "Cục trưởng", "Tổng cục trưởng", "Chi cục trưởng", "Vụ trưởng", "Viện trưởng",
    "Hiệu trưởng", "Trưởng ban", "Trưởng phòng", "Chủ nhiệm", "Chánh Văn phòng",
    "Chánh Thanh tra", "Chánh án", "Bí thư", "Thống đốc", "Tổng Thư ký", "Tổng Kiểm toán",
    "Trưởng đoàn", "Tư lệnh", "Chính ủy", "Chỉ huy trưởng", "Thủ trưởng",
)
