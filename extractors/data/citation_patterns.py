"""Pattern knowledge for finding cited documents: vocabulary and regex building blocks.

Everything here is data: word lists and small regex fragments, each with its
source. `extractors.citations.patterns` compiles them; no control flow lives here.
"""
from __future__ import annotations

# --- Types of cited documents ------------------------------------------------------
# The type names and codes of Decree 30/2020 Phụ lục III, Law 80/2015 and Hướng dẫn
# 36-HD/VPTW live in `extractors.data.doc_types` (shared with the header). Here are
# only what citations meet besides: names a document may be cited by, and the
# spellings of codes found in cited numbers.

# Type names cited but not issued as administrative documents.
EXTRA_TYPE_WORDS: tuple[str, ...] = (
    "Hiến pháp",  # Law 80/2015 Art. 4
    "Bộ luật",  # Law 80/2015 Art. 4
    "Lệnh",  # Law 80/2015 Art. 4 (Chủ tịch nước)
    "Giấy phép",  # licences are numbered documents (Decree 30/2020 Art. 8 numbering)
    "Bản án",  # court judgments ("Bản án số 159/2022/HSST"), Law 92/2015 on civil procedure
    "Điều lệ",  # party and association charters
    "Thông báo kết luận",  # party (36-HD/VPTW): a Thông báo
    "Văn bản",  # generic: the type then comes from the number's type code
    "Văn kiện",  # generic (party)
)

# Cited names that stand for another type name.
TYPE_WORD_VARIANTS: dict[str, str] = {
    "Thông báo kết luận": "Thông báo",  # party: the document type is Thông báo
}

# Type words that say nothing about the kind: the number's type code decides.
GENERIC_TYPE_WORDS: frozenset[str] = frozenset({"Văn bản", "Văn kiện"})

# Type words that name a document by title when no number follows
# ("Luật Ban hành văn bản quy phạm pháp luật"): Law 80/2015 Art. 4.
NAMED_TYPE_WORDS: tuple[str, ...] = ("Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh")

# Codes in cited numbers beyond the shared table: spellings seen in the corpus and
# party codes (Hướng dẫn 36-HD/VPTW). Looked up before the shared table.
EXTRA_TYPE_CODES: dict[str, str] = {
    "ND": "Nghị định",  # ASCII spelling seen in bulk (".../ND-CP")
    "NĐCP": "Nghị định",  # hyphen dropped (".../NĐCP")
    "QD": "Quyết định",  # ASCII spelling
    "QĐi": "Quy định",  # party (36-HD/VPTW)
    "TBKL": "Thông báo",  # party: thông báo kết luận
    "TTri": "Thông tri",  # party (36-HD/VPTW); TTr is a Tờ trình
    "BGN": "Bản ghi nhớ",  # older spelling of GN
    "GP": "Giấy phép",  # licences
    "L": "Lệnh",  # Lệnh của Chủ tịch nước: "05/2025/L-CTN"
}

# Decree 30/2020 Art. 7 and Phụ lục III: a công văn's number carries no type code
# ("1313/UBND-TTHC"), so a state number whose first code is no type code is one.
UNTYPED_NUMBER_TYPE = "Công văn"

# Issuer codes that by themselves mark a law of the National Assembly
# ("31/2024/QH15": Law 80/2015 Art. 8, số/năm/QH + legislature).
ISSUER_CODE_TYPES: tuple[tuple[str, str], ...] = (
    (r"QH\d+", "Luật"),
)

# --- Regex building blocks ----------------------------------------------------------
# White space inside a printed number: spaces, and at most one line break where a
# PDF or web page wrapped the line ("31/QĐ-" / "UBND"; "25/KH- UBND").
WS = r"[ \t]*(?:\n[ \t]*)?"
# A hyphen between codes; the line may wrap after it (crawled pages double the
# break: "2878/QĐ-" / "" / "UBND") but not before it (a line starting "- " is a list item).
HYPHEN = r"[ \t]*-[ \t]*(?:\n[ \t]*){0,2}"
# Uppercase letters of codes, with the Cyrillic look-alikes some crawled pages use.
UPPER = "A-ZĐА-Я"
# One code of a số ký hiệu: UBND, QĐ, TTr, BNN&MT, nKGVX, QH15, V.I, BLĐTBXH.
CODE = (rf"[a-zđ]?[{UPPER}][A-Za-zđĐА-Яа-я0-9]*"
        rf"(?:[ \t]*&{WS}[A-Za-zđĐА-Я0-9]+|\.[{UPPER}0-9][A-Za-zđĐ0-9]*)*(?![\w&])")
# Serial number, sometimes with a letter ("123a/QĐ-UBND"), a dotted part ("Nghị
# quyết số 66.7/2025/NQ-CP") or, from companies, a compound ("2025-005/SAV-CHQ").
SERIAL_TAIL = r"(?:[.\-]\d{1,6})?[a-zđ]?"
SERIAL = rf"\d{{1,8}}{SERIAL_TAIL}"
# Decree 30/2020 Art. 8: số/năm/type-issuer for legal documents.
YEAR = r"(?:19|20)\d\d"

# A state number: 1313/UBND-TTHC, 01/2024/QĐ-UBND, 515/KH-BCA-BNN&MT.
# The slash after the year is sometimes dropped ("49/2025TT-BCT"); companies
# may end with the year ("1025/PLYK/2025"); before 2004 codes were also joined by a
# slash ("144/2002/QĐ/BTC").
STATE_NUMBER = (rf"(?P<serial>{SERIAL})(?:{WS}/{WS}(?P<year>{YEAR})(?:{WS}/{WS}|(?=[{UPPER}]))|{WS}/{WS})"
                rf"(?P<codes>{CODE}(?:(?:{HYPHEN}|/){CODE})*(?:{WS}/{WS}{YEAR}(?!\d))?)")
# A party number (Hướng dẫn 36-HD/VPTW): 28-KH/HU, 04-NQ/TU, 9151-CV/BTCTW.
PARTY_NUMBER = (rf"(?P<pserial>{SERIAL}){HYPHEN}(?P<ptype>{CODE}){WS}/{WS}"
                rf"(?P<pcodes>{CODE}(?:(?:{HYPHEN}|/){CODE})*)")
# Not inside a longer token (a date 12/3/2024, an ISO code 9001:2015, a path):
# characters that may not stand right before a number; English translations
# print "Decree No.120/2016/ND-CP".
NOT_BEFORE_NUMBER = "/.-:,"
ENGLISH_NUMBER_MARK = "No."
# Cheap pre-scan: a serial, the slash or hyphen every number holds (after the year,
# when there is one) and the capital opening its first code; dates (14/3/2024) and
# ranges (2021-2025) fail it without leaving the regex engine. The serial is SERIAL
# whose first digit follows no word character (a number glued to a word is none),
# written digit first so that the engine skips from digit to digit.
NUMBER_PRESCAN = (rf"\d(?<!\w\d)\d{{0,7}}{SERIAL_TAIL}{WS}(?:/{WS}{YEAR}{WS}/?{WS}|[/\-]{WS})"
                  rf"[a-zđ]?[{UPPER}]")

# Dates: "ngày 14/3/2024", "ngày 14-3-2024", "ngày 14 tháng 3 năm 2024" (Decree
# 30/2020 Phụ lục I writes the long form; body text mostly the short one).
DATE = (r"(?P<d>\d{1,2})\s*(?:[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})"
        r"|\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s*,?\s+(?i:năm)\s+(?P<y2>\d{4}))")
# The date right after a number: ", ngày ...", "(ngày ...)", "ban hành ngày ...".
# A line starting "Ngày ..." opens a new sentence, not the number's date.
DATE_AFTER = rf"(?![ \t]*(?:\n[ \t]*)+Ngày)(?i:[ \t\n]*[,(]?[ \t\n]*(?:đã[ \t\n]+)?(?:ban[ \t\n]+hành[ \t\n]+)?ngày[ \t\n]+){DATE}"
# The date stated before the number: "Ngày 15/12/2023, UBND tỉnh ... có Công văn số".
DATE_BEFORE = rf"(?<![\w/])(?P<prep>\w+[ \t\n]+)?[Nn]gày[ \t\n]+{DATE}"
# Prepositions that make a preceding date a deadline or period, not a document date.
DATE_BEFORE_NOT_AFTER: frozenset[str] = frozenset({"từ", "đến", "trước", "sau", "hạn", "tới", "đầu", "cuối"})
# Between a preceding date and the type word: who acted and a verb
# ("UBND tỉnh Quảng Ngãi có", "Sở Nội vụ đã ban hành").
# ("Ngày 10/10/2024, tại Công văn số ..."). A parenthesis in the body ("Cục Thuế
# tỉnh Vĩnh Phúc (nay là Thuế tỉnh Phú Thọ) có") is dropped from its name.
DATE_BEFORE_GAP = (r"^[ \t\n]*,?[ \t\n]*(?:(?:tại|theo)[ \t\n]+"
                   r"|(?P<body>[^\d;.:]{2,160}?)[ \t\n]+"
                   r"(?:đã[ \t\n]+)?(?:có|ban[ \t\n]+hành|gửi|ký)[ \t\n]+(?:các[ \t\n]+)?)$")
PARENTHESIS = r"\s*\([^()]*\)"

# "số" / "Số" between the type word and the number; a colon in lists.
NUMBER_WORD = r"(?:[Ss]ố|[Ss]ố[ \t]*hiệu)"

# Words that end an issuing body's name after "của" (they start the next phrase).
# Checked in lowercase exactly as printed; capitalised words ("Ban Chỉ đạo") stay.
BODY_STOP_WORDS: frozenset[str] = frozenset({
    "về", "tại", "đã", "thì", "trong", "đến", "cho", "với", "theo", "để", "nhằm",
    "giao", "việc", "ngày", "số", "là", "có", "được", "bị", "gửi", "như", "khi",
    "do", "này", "sẽ", "nay", "từ", "trên", "năm", "qua", "hoặc", "tháng",
    "vẫn", "hiện", "không", "chưa", "cũng", "đang", "đủ", "v/v", "V/v",
    "nêu", "trình", "ký",  # verbs after the body ("của Bộ Tài chính nêu trên", "do Bộ Công an trình")
})
# Two-word phrases that end a body's name ("của UBND tỉnh ban hành ...").
BODY_STOP_PHRASES: frozenset[str] = frozenset({
    "ban hành", "quy định", "hướng dẫn", "triển khai", "thực hiện", "phê duyệt",
    "công bố", "sửa đổi", "bổ sung", "bãi bỏ", "thay thế", "thu hồi", "hết hiệu",
    "chỉ đạo", "đề nghị", "yêu cầu", "ủy quyền", "quyết định", "thông báo",
    "tiếp tục", "đối với", "kèm theo", "chấp thuận", "giải quyết", "tổ chức",
    "trả lời", "phúc đáp", "góp ý", "cho phép", "xin ý", "liên quan", "điều chỉnh",
    "giao nhiệm", "xác định", "phân cấp", "giải trình", "quy đinh",
    # capitalised where a title follows without "về" ("của HĐND tỉnh Ban hành Quy định")
    "Ban hành", "Quy định", "Sửa đổi", "Công bố", "Phê duyệt", "Bãi bỏ", "Quyết định",
})
BODY_MAX_WORDS = 16
# Names complete in themselves: the body ends with them ("của Chính phủ" then a new
# heading line "Thủ tục xét ..."). Law 76/2015 on the Government.
BODY_COMPLETE_ENDINGS: tuple[str, ...] = ("Chính phủ",)
# Words after a comma that go on with the body's name: "Bộ Văn hóa, Thể thao và Du
# lịch" (Decree 01/2023 on the ministry), "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
# (a minister heading an office, Law 76/2015 Art. 2).
BODY_COMMA_CONTINUATIONS: tuple[str, ...] = ("Thể thao và Du lịch", "Chủ nhiệm")
# First words of an issuing body's name (Decree 30/2020 Phụ lục I, tên cơ quan; Law
# 80/2015 Art. 4 issuers; party bodies of Hướng dẫn 36-HD/VPTW), used to read a
# body printed before the citation: "Sở Xây dựng tại Công văn số ...",
# "UBND huyện có Báo cáo số ...", "Bộ Nội vụ đã có Văn bản số ...".
BODY_HEADS: tuple[str, ...] = (
    "UBND", "HĐND", "UBMTTQ", "Ủy ban", "Uỷ ban", "Hội đồng", "Sở", "Bộ", "Ban", "Cục", "Tổng cục",
    "Chính phủ", "Thủ tướng", "Phó Thủ tướng", "Quốc hội", "Chủ tịch", "Phó Chủ tịch",
    "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Huyện uỷ", "Thành ủy", "Thành uỷ", "Thị ủy", "Thị uỷ",
    "Đảng ủy", "Đảng uỷ", "Văn phòng", "Giám đốc", "Phó Giám đốc", "Tổ", "Đoàn", "Thanh tra",
    "Kho bạc", "Công an", "Phòng", "Trung tâm", "Thuế", "Ngân hàng", "Kiểm toán", "Tòa án",
    "Toà án", "Viện kiểm sát", "Công ty", "Tập đoàn", "Tổng công ty", "Trường", "Bệnh viện",
    "Bảo hiểm xã hội", "Liên đoàn", "Hội", "Mặt trận",
)
# Verbs joining a body printed before a citation to it.
BODY_BEFORE_VERBS: tuple[str, ...] = ("có", "đã có", "ban hành", "đã ban hành", "giao tại", "tại",
                                      "gửi", "đã gửi", "ký", "đã ký")

# "về việc ..." / "V/v ..." / "về ..." after a citation: its trích yếu.
SUBJECT_LEAD = r"[ \t\n]*,?[ \t\n]*(?:V/v|v/v|về[ \t\n]+việc|về)[ \t\n]+"
# The trích yếu ends at a clause break.
SUBJECT_END = r";|\.(?=\s)|\.$|:|\n[ \t]*\n|\(|\n[ \t]*[-+•]"
SUBJECT_MAX_CHARS = 300

# --- Relations ----------------------------------------------------------------------
# The verb of the clause before a citation gives its relation (lowercased text).
# Sources: Decree 30/2020 Phụ lục I (căn cứ ban hành), Law 80/2015 Art. 12
# (sửa đổi, bổ sung, thay thế, bãi bỏ), Decree 30/2020 Art. 27 (thu hồi).
RELATION_WORDS: dict[str, str] = {
    "căn cứ": "basis",
    "thực hiện": "implements",
    "triển khai": "implements",
    "thi hành": "implements",
    "theo": "per",
    "sửa đổi": "amends",
    "bổ sung": "amends",
    "thay thế": "replaces",
    "bãi bỏ": "repeals",
    "thu hồi": "repeals",
    "hủy bỏ": "repeals",
    "huỷ bỏ": "repeals",
    "hết hiệu lực": "repeals",
    "hết hiệu lực thi hành": "repeals",
    "quy định tại": "per",  # "... quy định tại Nghị định số ..." (provided in)
}
# Phrases that contain a relation word without stating a relation.
RELATION_NOT: tuple[str, ...] = ("theo dõi", "tiếp theo", "theo đó", "theo quy định", "thực hiện tốt")
# Words opening a description of the document just cited (its subject or what it
# does): relation words inside it are that document's, not the citing one's.
DESCRIPTION_START = (r"[ \t\n]*,?[ \t\n]*(?:\(|về|quy[ \t\n]+định|hướng[ \t\n]+dẫn|ban[ \t\n]+hành|sửa[ \t\n]+đổi"
                     r"|bổ[ \t\n]+sung|thay[ \t\n]+thế|bãi[ \t\n]+bỏ|thu[ \t\n]+hồi|thực[ \t\n]+hiện"
                     r"|triển[ \t\n]+khai|phê[ \t\n]+duyệt|công[ \t\n]+bố)(?!\w)")
# Relation words printed after the citation ("Quyết định số 12/QĐ-UBND hết hiệu lực").
# Only the operative "hết hiệu lực": "được sửa đổi", "bị bãi bỏ" after a citation
# describe what another document did to it.
RELATION_AFTER: dict[str, str] = {
    "hết hiệu lực": "repeals",
}
# Verbs that state one cited document acts on the next one (CitationLink):
# "Quyết định số 3546 ... thu hồi Quyết định số 1499", "Nghị định số 117 ... sửa
# đổi, bổ sung một số điều của Nghị định số 130". Law 80/2015 Art. 12.
# The acting verbs of RELATION_WORDS: "hết hiệu lực" states a document's end, it does
# not act on another one.
LINK_VERBS: dict[str, str] = {
    word: relation for word, relation in RELATION_WORDS.items()
    if relation in ("amends", "replaces", "repeals") and not word.startswith("hết hiệu lực")
}
# Words between a link verb and the next citation showing the verb acts on something
# else ("thủ tục hành chính mới ban hành/bị bãi bỏ thuộc phạm vi ... quy định tại
# Nghị định số ...").
LINK_BLOCKERS: tuple[str, ...] = ("thuộc", "quy định tại", "lĩnh vực", "thủ tục", "phạm vi")
# A passive verb reverses the link: "A được sửa đổi, bổ sung bởi B" -> B amends A.
PASSIVE_MARKERS: tuple[str, ...] = ("được", "bị")
# A clause ends at these; relation words before them do not reach the citation.
CLAUSE_BREAK = r";|\.\s|\n[ \t]*\n|\n[ \t]*(?:[-+•]|\d+[.)]|[a-zđ]\))[ \t]"
# Every character such a break can hold (a character class's contents).
CLAUSE_BREAK_CHARS = r";.\s\-+•\d)a-zđ"

# --- Exclusions -----------------------------------------------------------------------
# The document's own number in the header ("Số: 123/QĐ-UBND", Decree 30/2020 Phụ
# lục I); crawled pages may flatten the header onto one line.
OWN_NUMBER_LINE = r"(?<!\w)(?:Số|SỐ)[ \t]*:\s*\Z"
# Where the header's own number is looked for when the header reader gave none.
OWN_NUMBER_REACH = 5000

# Numbered things that are no documents: forms and appendices ("Mẫu số 09/PLIII",
# Decree 30/2020 Phụ lục; Circular forms), tax return forms ("tờ khai 05/KK-TNCN"),
# account and code numbers.
NOT_A_DOCUMENT_BEFORE = (r"(?i:(?<!\w)(?:mẫu|biểu[ \t]+mẫu|biểu|phụ[ \t]+lục|mã|tài[ \t]+khoản|tờ[ \t]+khai)"
                         r"[ \t\n]*(?:số)?[ \t\n]*:?[ \t\n]*)$")

# Short later mentions: a type word and a bare serial ("Kết luận số 04").
SHORT_MENTION = r"(?P<serial>\d{1,5})(?![\d/%]|[.,]\d|[ \t]*/|[ \t]*-[ \t]*\w)"
# Words after a bare serial that make it a quantity, not a document
# ("Kế hoạch 5 năm", "Chương trình 3 tháng").
UNIT_WORDS: tuple[str, ...] = (
    "năm", "tháng", "ngày", "giờ", "tuần", "quý", "người", "lần", "đợt", "bước",
    "nội dung", "nhiệm vụ", "điểm", "mục", "điều", "khoản", "xã", "tỉnh", "huyện",
    "đơn vị", "cơ quan", "tiêu chí", "chỉ tiêu", "dự án", "giai đoạn",
)
# A law's title may hold "Phòng, chống" ("Luật Phòng, chống tham nhũng"): a comma
# followed by one of these words does not end the title.
NAME_COMMA_JOIN: frozenset[str] = frozenset({"chống"})
NAME_MAX_WORDS = 14
# Serials that read as a year when no "số" precedes ("Kế hoạch 2025").
YEAR_LIKE = r"(?:19|20)\d\d"

# Cyrillic look-alike capitals seen in crawled numbers ("16495/BТС-PTHT") -> Latin.
HOMOGLYPHS: dict[str, str] = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "а": "a", "е": "e", "о": "o",
    "р": "p", "с": "c", "х": "x",
}

# --- Issuer codes ---------------------------------------------------------------------
# Codes of central bodies in a số ký hiệu (Decree 30/2020 Phụ lục III: the issuing
# body's abbreviation; Decree 25/2025 and 2025 restructuring for the ministries). Each
# names one body in the whole country, so a number carrying one identifies its issuer
# without the text naming it; local codes (UBND, HĐND, SNV, TU ...) repeat in every
# province. Upper case, Đ as D (as `corpus.identity.number_key` spells them).
# The body each code names, where it names exactly one: a cited document whose text
# prints no issuer takes it ("Văn bản số 9671-CV/BTCTW" -> Ban Tổ chức Trung ương).
# Party bodies: Hướng dẫn 36-HD/VPTW. TW and BCT stay without a name: each stands
# for two bodies (Ban Chấp hành Trung ương / Bộ Chính trị; Bộ Chính trị / Bộ Công
# Thương), though either is central.
CENTRAL_ISSUER_NAMES: dict[str, str] = {
    "CP": "Chính phủ", "TTG": "Thủ tướng Chính phủ", "VPCP": "Văn phòng Chính phủ",
    "VPTW": "Văn phòng Trung ương Đảng", "BTCTW": "Ban Tổ chức Trung ương", "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "BTC": "Bộ Tài chính", "BYT": "Bộ Y tế", "BXD": "Bộ Xây dựng", "BNV": "Bộ Nội vụ", "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng", "BNG": "Bộ Ngoại giao", "BTP": "Bộ Tư pháp", "BGDDT": "Bộ Giáo dục và Đào tạo",
    "BKHCN": "Bộ Khoa học và Công nghệ", "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "BLDTBXH": "Bộ Lao động - Thương binh và Xã hội", "BGTVT": "Bộ Giao thông vận tải",
    "BTTTT": "Bộ Thông tin và Truyền thông", "BKHDT": "Bộ Kế hoạch và Đầu tư", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn", "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "KTNN": "Kiểm toán nhà nước", "TANDTC": "Tòa án nhân dân tối cao", "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "TTCP": "Thanh tra Chính phủ", "UBDT": "Ủy ban Dân tộc", "TCT": "Tổng cục Thuế", "TCHQ": "Tổng cục Hải quan",
    "CHQ": "Cục Hải quan", "BHXHVN": "Bảo hiểm xã hội Việt Nam", "VPQH": "Văn phòng Quốc hội",
    "VPCTN": "Văn phòng Chủ tịch nước", "CTN": "Chủ tịch nước",
}
CENTRAL_ISSUER_CODES: frozenset[str] = frozenset(CENTRAL_ISSUER_NAMES) | {"TW", "BCT"}
# Legislature codes: Quốc hội and its Standing Committee, numbered by term ("QH15").
CENTRAL_ISSUER_CODE_PATTERN = r"(?:UBTV)?QH\d*"
LEGISLATURE_NAMES: dict[str, str] = {"UBTVQH": "Ủy ban Thường vụ Quốc hội", "QH": "Quốc hội"}
# Codes of local bodies, repeated in every province: people's committees and councils
# (UBND, HĐND), provincial departments (Sở: SNV, STC, SKHCN ...), party committees of a
# province, district or commune (TU, HU, ĐU, QU, BTCTU ...). Decree 30/2020 Phụ lục III;
# Hướng dẫn 36-HD/VPTW.
LOCAL_ISSUER_CODE_PATTERN = r"UBND|HDND|UBMTTQ|S[A-Z&]{1,10}|[A-Z]*[THDQ]U"
