"""How the names of assignees (bodies and office holders) begin, continue and end.

Compiled by extractors/assignees.py. Sources: Nghị định 30/2020/NĐ-CP (Phụ lục I
and III: titles of signers, names of bodies and their abbreviations), Luật Tổ chức
chính quyền địa phương (levels: tỉnh, huyện, xã, đặc khu) and the corpus.
All entries lower case; matching ignores case.
"""
from __future__ import annotations

# Office holders who act for their body ("Giám đốc Sở Nội vụ" -> "Sở Nội vụ").
# Source: Nghị định 30/2020 Phụ lục I (chức vụ người ký), corpus.
_HEAD_TITLES: tuple[str, ...] = (
    "thủ trưởng",
    "người đứng đầu",
    "chủ tịch",
    "phó chủ tịch",
    "giám đốc",
    "phó giám đốc",
    "tổng giám đốc",
    "bộ trưởng",
    "thứ trưởng",
    "chánh văn phòng",
    "chánh thanh tra",
    "trưởng phòng",
    "trưởng ban",
    "trưởng đoàn",
    "cục trưởng",
    "chi cục trưởng",
    "hiệu trưởng",
    "thủ tướng",
    "bí thư",
    "chỉ huy trưởng",
    "tổng cục trưởng",
    "viện trưởng",
    "lãnh đạo các",  # "... và lãnh đạo các Bộ, ngành" (công điện, bulk); "Lãnh đạo, chỉ đạo" stays a verb
    "trưởng thuế",  # "Trưởng Thuế các tỉnh, thành phố": head of a provincial tax office since 2025 (bulk)
    "trưởng khoa",  # a hospital's department heads ("Trưởng khoa lâm sàng có trách nhiệm ..."; Nghị định 131/2020)
    "trưởng bộ phận",
    "phó thủ tướng",  # "Phân công các đồng chí Phó Thủ tướng Chính phủ theo dõi ..." (công điện, bulk)
    "thống đốc",  # "Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo ..." (công điện, bulk)
    "trưởng",  # the head of the body named after it: "Trưởng Công an cấp xã", "Trưởng thôn" (central: Thông tư
    # 56/2026/TT-BCA, Nghị định 185/2026/NĐ-CP)
)
# ... and their deputies, "Phó" before the title ("Phó Trưởng phòng được phân công phụ trách lĩnh vực khoáng sản",
# "Phó Chánh Văn phòng"; central texts: Quyết định of a Sở Công Thương)
DEPUTY_WORD = "phó"
OFFICE_TITLES: tuple[str, ...] = _HEAD_TITLES + tuple(
    f"{DEPUTY_WORD} {t}" for t in _HEAD_TITLES
    if not t.startswith((DEPUTY_WORD, "thủ trưởng", "người đứng đầu", "lãnh đạo", "thủ tướng")))

# Titles whose holder heads a body of that name ("Chánh Văn phòng UBND tỉnh" ->
# "Văn phòng UBND tỉnh"). Source: Nghị định 30/2020 Phụ lục I.
TITLE_BODIES: dict[str, str] = {"chánh văn phòng": "Văn phòng", "chánh thanh tra": "Thanh tra"}

# Words that begin the name of a body. Source: corpus; Nghị định 30/2020 Phụ lục III.
BODY_HEADS: tuple[str, ...] = (
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "ubnd",
    "hội đồng nhân dân",
    "hđnd",
    "ủy ban mặt trận tổ quốc",
    "uỷ ban mặt trận tổ quốc",
    "ubmttq",
    "mặt trận tổ quốc",
    "văn phòng",
    "sở",
    "phòng",
    "bộ",
    "ban",
    "ban quản lý",
    "ban chỉ đạo",
    "ban chỉ huy",
    "bộ chỉ huy",
    "thanh tra",
    "công an",
    "quân đội",
    "trung tâm",
    "đài",
    "thông tấn xã",
    "đội",  # a team: "Đội kiểm tra liên ngành 814", "Đội Quản lý thị trường số 1" (legacy)
    "trang thông tin",
    "cục",
    "vụ",  # a ministry's department ("Vụ Tổ chức cán bộ", "Vụ Pháp chế"; bulk)
    "tiểu ban",  # "Tiểu ban giúp việc Ban Chỉ đạo 934" (bulk)
    "chi cục",
    "tổng cục",
    "bảo hiểm xã hội",
    "kho bạc",
    "ngân hàng",
    "chi nhánh",
    "thuế",
    "công ty",
    "tổng công ty",
    "doanh nghiệp",
    "hội",
    # associations and their unions ("Hiệp hội Thương mại điện tử Việt Nam", "Liên hiệp các Hội Khoa học và Kỹ thuật
    # Việt Nam"; Nghị định 126/2024/NĐ-CP on associations)
    "hiệp hội",
    "liên hiệp",
    # a hospital's departments and the pharmacy on its grounds ("Khoa dược của cơ sở khám bệnh, chữa bệnh triển khai
    # ...", "nhà thuốc"; Luật Khám bệnh, chữa bệnh 2023, Nghị định 131/2020/NĐ-CP)
    "khoa",
    "nhà thuốc",
    "liên đoàn",
    "tổng liên đoàn",  # "Tổng Liên đoàn Lao động Việt Nam" (Luật Công đoàn)
    "đoàn",
    "tỉnh đoàn",
    "huyện đoàn",
    "trường học",
    "bệnh viện",
    "viện",
    "viện nghiên cứu",  # a research institute, not "viện" that "nghiên cứu" (a duty verb) follows
    "học viện",
    "cơ quan",
    "đơn vị",
    "địa phương",
    "tổ chức",
    "cá nhân",
    "chủ đầu tư",
    "chủ rừng",
    "nhà thầu",
    "người sử dụng lao động",
    "tổ công tác",
    "các bộ",
    "các sở",
    "ngành",
    "bộ phận",
    "thường trực",
    "đảng ủy",
    "đảng uỷ",
    "cấp ủy",
    # bulk (thông báo kết luận, công điện): state groups and the committees of the Quốc hội
    "tập đoàn",
    "ủy ban",
    "uỷ ban",
    "hội đồng",
    # central (Nghị quyết of the Quốc hội: "Điều 9. Tổ chức thực hiện"): the government, the judiciary
    # and the audit office
    "chính phủ",
    "tòa án",
    "toà án",
    "viện kiểm sát",
    "kiểm toán nhà nước",
    # bulk (Nghị quyết of a council: "Giao Thường trực Hội đồng nhân dân Thành phố, các Ban của Hội đồng nhân
    # dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố giám sát ..."): its members and groups
    "tổ đại biểu",
    "đoàn đại biểu quốc hội",
    "đại biểu hội đồng nhân dân",
    "đại biểu quốc hội",
    # a commune's own bodies and units since the two-level local government of 2025 ("Trạm Y tế xã", "Các thôn, tổ
    # dân phố", "khu phố", "ấp"; Luật Tổ chức chính quyền địa phương 2025, Thông tư 05/2025/TT-BNV on thôn and tổ
    # dân phố)
    "trạm",
    "thôn",
    "tổ dân phố",
    "khu phố",
    "ấp",
)

# Heads that are also verbs ("các cơ quan, tổ chức có liên quan" vs "..., tổ chức
# khảo sát"): inside a list they stay a name only before a separator or a continuer.
# Source: dev (hd_002).
AMBIGUOUS_HEADS: tuple[str, ...] = ("tổ chức",)

# Verbs and nouns that begin with a head word but name no body ("ban hành" is to
# issue, "hội nghị" a conference, "phòng, chống" to prevent). Source: corpus.
NOT_NAMES: tuple[str, ...] = ("ban hành", "hội nghị", "hội thảo", "phòng chống", "phòng, chống", "phòng ngừa",
                              "phòng cháy", "đoàn kết", "cơ quan hóa", "bộ máy", "bộ hồ sơ", "trường hợp",
                              "vụ việc", "vụ án", "vụ tai nạn",
                              "khoa học")  # science, not a hospital's department ("khoa")

# Words inside bodies' names that hold a verb which would end a name ("giao", "lập",
# "sát"): "Bộ Ngoại giao", "Cục Cảnh sát giao thông", "đơn vị sự nghiệp công lập", "Viện
# kiểm sát nhân dân"; "Tổng cục Hậu cần - Kỹ thuật", not the modal "cần"; "Cục Thông tin cơ sở
# và Thông tin đối ngoại", not the scope "đối với"; "cơ sở khám bệnh, chữa bệnh" (a healthcare facility, Luật
# Khám bệnh, chữa bệnh 2023); "tổ chức tín dụng", "tổ chức tín dụng phi ngân hàng" (a credit institution, a non-bank
# one: Luật Các tổ chức tín dụng 2024, Điều 4), not the verb "tổ chức" at a name's start or after its head ("Giám
# đốc chi nhánh tổ chức tín dụng"); "thư ký", a secretary ("Tổ thư ký"), not the verb "ký"; "lái xe", what a
# driving licence or school is for ("Cơ quan Cảnh sát giao thông quản lý Giấy phép lái xe", "cơ sở đào tạo lái xe"),
# not the verb "lái". Source: central, bulk, pdf.
COMPOUND_NOUNS: tuple[str, ...] = ("ngoại giao", "giao thông", "giao dịch", "công lập", "kiểm sát", "hậu cần",
                                   "đối ngoại", "khám bệnh", "chữa bệnh", "tổ chức tín dụng",
                                   "tổ chức tín dụng phi ngân hàng",
                                   "thư ký", "lái xe")
# ... and the ones that are a noun only where their first word is capitalised inside a body's proper name ("Văn phòng
# Đăng ký đất đai", "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam"), not the verbs "đăng ký", "lưu ký" after a
# name ("Doanh nghiệp đăng ký ..."). Source: bulk (thủ tục hành chính), central (Nghị định on the stock exchanges).
PROPER_COMPOUNDS: tuple[str, ...] = ("Đăng ký", "Lưu ký")

# Generic heads that, capitalised after a dash, give a body's role in apposition, not
# more of its name ("Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751", "Sở Nội vụ -
# Cơ quan thường trực Hội đồng"). Source: bulk (công điện, thông báo).
ROLE_HEADS: tuple[str, ...] = ("cơ quan", "đơn vị")

# Heads of businesses, whose names may carry their line of trade in lower-case words
# ("Công ty cổ phần siêu thị Sài Gòn", "doanh nghiệp cho thuê lại lao động", "các
# doanh nghiệp kinh doanh bảo hiểm"): such a name runs on to a stop or a verb.
# Source: Luật Doanh nghiệp 2020 Điều 37 (tên doanh nghiệp: loại hình + tên riêng), corpus.
BUSINESS_HEADS: tuple[str, ...] = ("công ty", "tổng công ty", "doanh nghiệp", "tập đoàn", "hợp tác xã")

# Determiners that may open a name ("các cơ quan", "từng đơn vị", "Quý doanh nghiệp").
DETERMINERS: tuple[str, ...] = ("các", "từng", "mỗi", "quý", "toàn thể", "những", "tất cả các",
                                "các đồng chí", "đồng chí")  # "Đồng chí Bí thư tỉnh ủy ..." (công điện, bulk)

# Words after which a head that is also a verb (AMBIGUOUS_HEADS) is a noun: a determiner
# ("các tổ chức"), the copula ("Ngân hàng Chính sách xã hội là tổ chức được giao ...") or the
# possessive ("văn phòng của tổ chức tín dụng nước ngoài"). Source: bulk, legacy.
NOUN_MARKERS: tuple[str, ...] = DETERMINERS + ("là", "của")

# Collective nouns that open a name the way a determiner does ("Tập thể lãnh đạo ...",
# "Lực lượng Công an ...", "Đội ngũ cán bộ ..."): a phrase they open, before a duty or
# heading a list, names who acts though its head word is no body's. Source: bulk.
COLLECTIVES: tuple[str, ...] = ("tập thể", "lực lượng", "đội ngũ", "toàn thể")

# Words naming the one who speaks or acts for the bodies after them ("đại diện Ủy ban Thường
# vụ Quốc hội trình bày ...", "Đại diện lãnh đạo cơ quan, tổ chức, đơn vị ... báo cáo ..."):
# the phrase they open, up to its verb, is one actor. Source: tune8 (a joint resolution).
DELEGATES: tuple[str, ...] = ("đại diện",)

# Heads that never stand alone and take the verb after them as their complement when
# capitalised ("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", "Tổ công tác"):
# "Ban" + "chỉ đạo" is a committee's name, not its duty. Source: bulk (công điện).
COMPLEMENT_HEADS: tuple[str, ...] = ("ban", "tổ", "đội")  # "Đội kiểm tra 814 các cấp" (legacy: a 2006 regulation)

# Level words that, after a capitalised name and before a verb, name no level of their own
# ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương báo cáo
# ...": the level that holds the conference): the verb phrase is their complement, part of the
# name up to the clause's own verb. Not after "các", "cùng" ("các cấp", "cùng cấp"), which need
# none. Source: central (Nghị quyết liên tịch on nominating candidates).
LEVEL_HEADS: tuple[str, ...] = ("cấp",)

# The honorific a letter uses for whom it is addressed to ("đề nghị Quý Ủy ban gửi báo
# cáo", "Quý doanh nghiệp"): such an assignee is the letter's Kính gửi recipients.
# Source: bulk (Bộ Tài chính to the provinces), dev (hd_021).
ADDRESSEE_HONORIFICS: tuple[str, ...] = ("Quý",)

# The honorifics before persons' names listed with bodies ("... UBND phường Tân Giang và ông,
# bà: Nông Bích Sảng - Nông Đình Huân chịu trách nhiệm thi hành Quyết định này"; "Các ông:
# Chánh văn phòng ..."): their colon opens names, it ends no clause. Source: pdf (older
# decisions on land and personnel).
PERSON_HONORIFICS: tuple[str, ...] = ("ông", "bà")

# The word that makes the name after it qualify a noun ("thuộc thẩm quyền giải quyết của Sở
# Nông nghiệp và Môi trường, UBND cấp xã ..."): a name after the comma goes on with that
# list, it opens no clause. Source: bulk (Quyết định công bố thủ tục hành chính).
POSSESSIVES: tuple[str, ...] = ("của",)

# Words inside a name that look like the start of a duty but are not ("Hội đồng
# nhân dân, Ủy ban nhân dân các xã"): handled by BODY_HEADS. These end a name list.
# Source: corpus.
# Of those, the one that opens the field a body manages, part of its name ("Giao các sở quản lý nhà nước chuyên ngành
# về hạ tầng theo ngành, lĩnh vực gồm:"); not "về việc" (what a text is about). Source: central texts (công văn).
FIELD_STOP = "về"
TOPIC_NOUN = "việc"  # "về việc ...": what a text is about, no field
NAME_STOPS: tuple[str, ...] = (
    "theo",
    "để",
    "về",
    "trên cơ sở",
    "nhằm",
    "tại",
    "trong",
    "đối với",
    "với",
    "từ",
    "là cơ quan",
    "là đơn vị",
    "khi",
    "nếu",
    "và các nội dung",
    "được",
    "đã",
    "đang",
    "sẽ",
    "có",
    "không",
    "như",
    "nêu",
    "khẩn",
    "định kỳ",
    # "hàng tháng", "hằng năm": a period, not "Ngân hàng"
    *(f"{every} {unit}" for every in ("hàng", "hằng") for unit in ("ngày", "tuần", "tháng", "quý", "năm", "kỳ")),
    "trân trọng",  # "Bộ Tài chính trân trọng cảm ơn ..." (closing formula)
    "cảm ơn",
    "xin",
    "kính",  # "UBND huyện kính báo cáo./." (closing formula, Nghị định 30/2020 Phụ lục I)
    "chưa",  # "UBND thành phố chưa thực hiện việc rà soát": what is not yet done, narrated (bulk)
    "thay mặt",  # "Lãnh đạo Bộ Xây dựng thay mặt Chính phủ ... ký": for whom the name acts (bulk, NQ-CP)
    "chịu sự",  # "Đội kiểm tra 814 cấp dưới chịu sự hướng dẫn ...": whose direction it is under, no duty (legacy)
    "thì",  # "... cơ quan, tổ chức, cá nhân thì người tiến hành thanh tra ...": a condition's consequence opens (central)
)

# What makes a body a competent one ("Người đứng đầu cơ quan có thẩm quyền quản lý đơn vị sự nghiệp công lập ..., có
# trách nhiệm:"): with what it is competent for, part of its name when a duty of its own follows in the clause; its
# competence alone is a power, no duty ("... có thẩm quyền cấp Chứng chỉ ..."). Source: central (Thông tư
# 04/2025/TT-BLĐTBXH, Thông tư 66/2024/TT-BCA).
COMPETENCE_WORDS: tuple[str, ...] = ("có thẩm quyền",)
COMPETENCE_REACH = 200  # characters from it to the duty: "... quản lý, sử dụng viên chức nghiệp vụ chuyên ngành ..."

# Words a name cannot end on: a conjunction or a relative word joins it to what follows, a negation or "theo hướng"
# opens a predicate ("Ban chỉ đạo 814 cùng cấp trực tiếp quản lý, điều hành và", "... là doanh nghiệp trực tiếp phục
# vụ quốc phòng, an ninh và không", "... tùy theo tính chất, mức độ vi phạm mà"): a name read that far is a clause
# cut mid-way, and its duty is no one's. Source: legacy (a 2006 regulation), central (Nghị định 16/2023/NĐ-CP).
CLAUSE_LINKS: tuple[str, ...] = ("và", "hoặc", "mà", "không", "theo hướng")

# Phrases that continue a name even though they start like a stop ("các cơ quan, đơn
# vị có liên quan", "đơn vị được giao chủ trì"). Source: corpus.
NAME_CONTINUERS: tuple[str, ...] = ("có liên quan", "liên quan", "trực thuộc", "thuộc", "trên địa bàn",
                                    "phụ trách",  # "Thứ trưởng ... phụ trách lĩnh vực" (bulk)
                                    # "4. Các Sở Xây dựng nêu trên" heading the items it assigns (bulk)
                                    "nêu trên", "nói trên", "kể trên", "trên đây",
                                    "giúp việc",  # "Tổ giúp việc", "Tiểu ban giúp việc Ban Chỉ đạo" (bulk)
                                    "được giao nhiệm vụ",  # "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ" (bulk)
                                    "cùng cấp",  # "Thủ trưởng Công an cùng cấp phải ban hành ..." (central)
                                    # "Bộ Tư lệnh cấp quân khu và tương đương, Bộ Tư lệnh Thủ đô Hà Nội gửi báo cáo
                                    # ..." (central: Thông tư liên tịch on legal aid, amended)
                                    "tương đương",
                                    # "Phó Chủ tịch thường trực UBND tỉnh", "cơ quan thường trực": a standing office,
                                    # its two syllables whole (not "trực" alone: "Sở Y tế trực tiếp quản lý ...")
                                    "thường trực")

# Units whose members, listed after "các tỉnh:", are joined by "và" too ("Ủy ban nhân
# dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng"), where a ministry's name
# holds "và" ("các Bộ: Nông nghiệp và Môi trường"). Source: bulk (Công điện 232/CĐ-TTg).
PLACE_UNITS: frozenset[str] = frozenset({"tỉnh", "huyện", "quận", "xã", "phường"})
# ... and the other words of where a body's field runs, after the field's verb ("Ban Quản lý dự án đầu tư xây dựng
# khu vực", "... xây dựng thành phố"). Source: Luật Tổ chức chính quyền địa phương.
FIELD_PLACES: tuple[str, ...] = ("khu vực", "thành phố", "thị xã", "đặc khu")
# Local units that, made plural, stand for their governments ("Đối với các xã, phường: tổ chức rà soát ...",
# "Các huyện, thị xã chủ động ..."): after "các" or "những" they open a name as a body's head does. Source:
# Luật Tổ chức chính quyền địa phương (the units), bulk.
LOCAL_UNITS: tuple[str, ...] = ("xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "tỉnh", "thành phố")
PLURAL_DETERMINERS: tuple[str, ...] = ("các", "những")
# "một số": some of a kind; before what a lead-in lists ("... báo cáo cụ thể về một số nội dung sau:"), as "các" does.
# Source: bulk (công điện of the Prime Minister).
SOME_DETERMINERS: tuple[str, ...] = ("một số",)
# ... the determiners that count what a list holds ("các nội dung sau:", "một số nội dung sau:", "các yêu cầu sau:")
COUNTING_DETERMINERS: tuple[str, ...] = PLURAL_DETERMINERS + SOME_DETERMINERS

# Head words of a role a text defines for itself in an article's title ("Điều 2. Người nộp lệ phí",
# "Điều 3. Tổ chức thu lệ phí"): whoever holds the role is the subject of the duties it states ("Tổ chức thu lệ
# phí nộp 100% số tiền ..."). Source: bulk (Thông tư on fees of Bộ Tài chính).
ROLE_TERM_HEADS: tuple[str, ...] = ("người", "tổ chức", "cơ quan", "cá nhân", "đơn vị", "doanh nghiệp")
# A noun that makes the verb after it part of a name: "người" + what the person does is who they are ("Người chịu
# trách nhiệm chuyên môn", "người phụ trách", "người nộp thuế"), so a duty word right after it opens the name, not
# the duty; "nhà" so too ("Nhà cung cấp eContract có trách nhiệm ...", "nhà đầu tư", "nhà sản xuất"), and "chủ" + what
# the person owns ("chủ cơ sở", "chủ sở hữu"; an office title that opens so is none: "Chủ tịch"). Source: Vietnamese
# agent nouns; central (Nghị định 131/2020/NĐ-CP, Điều 9; Thông tư 08/2026/TT-BNV); bulk (a city council's resolution).
AGENT_HEADS: tuple[str, ...] = ("người", "nhà", "chủ")
# The words that open what a name outside the lexicon has or where it is, before its obligation ("Cơ sở khám bệnh,
# chữa bệnh có từ 200 giường bệnh trở lên phải ...", "người làm công tác dược lâm sàng tại nhà thuốc trong khuôn
# viên ... phải ..."). Source: central (Nghị định 131/2020/NĐ-CP).
QUALIFIER_OPENERS: tuple[str, ...] = ("có", "tại", "trong", "thuộc")
ROLE_TERM_WORDS = 6  # "Tổ chức thu phí, lệ phí" is short; a longer title states a topic
DEFINED_TERM_WORDS = 8  # "Đơn vị phối hợp liên kết đào tạo là ...": a term a clause defines, head and qualifier

# The word by which a text defines a body it names ("Đại học Công nghiệp Hà Nội là đơn vị sự nghiệp công lập").
DEFINING_WORDS: tuple[str, ...] = ("là",)
# A body a text sets up ("... quyết định thành lập Hội đồng thẩm định Quy định khối lượng kiến thức ...", "thành lập Ban
# tổ chức Hội thi ở cấp tương ứng"): a head of a council, board or team after the verb that establishes it, its name
# as long as the text goes on to call it again ("Chủ tịch Hội đồng thẩm định thông báo ...", "Ban tổ chức Hội thi
# thông báo ..."), up to another body "và" or "hoặc" joins. Source: central (Thông tư of Bộ LĐTBXH on contests and
# curricula), local (Quyết định of Hồ Chí Minh City: "Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách
# mạng").
ESTABLISHING_VERBS: tuple[str, ...] = ("thành lập",)
ESTABLISHED_HEADS: tuple[str, ...] = ("hội đồng", "ban", "tiểu ban", "tổ", "đoàn", "đội")
ESTABLISHED_NAME_WORDS = 16

# The determiner of a plural head whose colon opens the list of its members ("Bộ trưởng các Bộ: Xây dựng, ...").
PLURAL_MARKERS: tuple[str, ...] = ("các",)

# The most words of one member in a list after a plural head ("các Bộ: Nông nghiệp và Môi trường, Xây dựng").
MEMBER_WORDS = 6

# The word that makes a body's head word the title of its chief ("Bộ trưởng", "Cục trưởng"): "Các Bộ trưởng:
# Xây dựng, Ngoại giao" names "Bộ trưởng Bộ Xây dựng", "Bộ trưởng Bộ Ngoại giao" (Nghị định 30/2020 Phụ lục I).
CHIEF_WORD = "trưởng"

# The basis that names the official who proposed the text ("Theo đề nghị của Cục trưởng Cục Cảnh sát quản lý tạm giữ,
# tạm giam và thi hành án hình sự tại cộng đồng;"): the name of that official's body, written there in full, ends at
# the line's end or its semicolon, or before the paper that carried the proposal ("tại Tờ trình số ...").
# Source: Nghị định 30/2020 Phụ lục I (căn cứ ban hành), central texts.
PROPOSAL_OPENER = "theo đề nghị của"
PROPOSAL_PAPER_WORDS: tuple[str, ...] = ("tại",)

# Verbs that also name a field inside a body's name ("Cục Kết cấu hạ tầng xây dựng",
# "Trung tâm Phát triển quỹ đất"): part of the name, not its duty, when a duty word,
# a colon or the end of the heading follows them ("Cục Kết cấu hạ tầng xây dựng tham
# mưu ..."). Source: bulk (Công điện of Bộ Xây dựng).
NAME_VERBS: tuple[str, ...] = ("xây dựng", "phát triển", "đầu tư", "kiểm tra", "quản lý")
# Capitalised inside a name, the word of a management board ("Ban Quản lý dự án đầu tư xây dựng các công trình giao
# thông tỉnh"), named by what it manages up to its duty. Source: Kính gửi lists of provincial letters (bulk).
BOARD_WORDS: tuple[str, ...] = ("Quản lý",)

# Lower-case syllables that occur inside body names ("Ủy ban nhân dân các xã, thị trấn",
# "Trang thông tin điện tử huyện", "doanh nghiệp cho thuê lại lao động"). Any other
# lower-case syllable continues a name only as the second syllable of a capitalised
# word ("Sở Nông nghiệp"). Source: agency names in the corpus (Kính gửi and Nơi nhận
# lists of seeds, dev, bulk), Luật Tổ chức chính quyền địa phương (units), Nghị định 131/2020/NĐ-CP (a
# hospital's units: "Trưởng khoa lâm sàng", "bộ phận dược lâm sàng"), Nghị định 03/2011/NĐ-CP (the Red Cross,
# "Hội Chữ thập đỏ Việt Nam", "Hội Chữ thập đỏ cấp tỉnh"), Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt
# Nam ở nước ngoài ("Cơ quan đại diện ngoại giao ở nước ngoài", "ở" and "ngoài" where a body sits), Luật Các tổ chức
# tín dụng ("tổ chức tín dụng"), Luật Doanh nghiệp ("Chủ tịch công ty", "Giám đốc công ty"), Nghị định 35/2022/NĐ-CP
# (the zones a management board runs: "Ban quản lý các khu chế xuất và công nghiệp").
NAME_SYLLABLES: frozenset[str] = frozenset("""
các những từng mỗi và hoặc của
xã phường thị trấn thôn đặc khu huyện quận tỉnh thành phố cấp trung ương
ban ngành đơn vị địa phương cơ quan tổ chức sở phòng bộ hội đoàn thể chính trị
có liên quan thuộc chuyên môn hành sự nghiệp công lập nhà nước khác ngang
cá nhân doanh giáo dục đào tạo trường học lao động trên bàn
được giao phân chủ trì thực hiện nhiệm vụ người đứng đầu thường
phát thanh truyền hình thông tin điện tử báo chí tấn văn hóa hoá thao du lịch
quản lý dự án rừng phòng hộ dụng thuế hải kho bạc bảo hiểm y tế kinh hạ tầng
tài kế hoạch nông môi xây dựng khoa công nghệ tư pháp nội đại biểu quốc đổi số
đảng ủy uỷ nhân dân mặt trận tổ quốc chỉ huy quân sự an ninh biên phòng
sinh viên học sinh cơ sở mầm non tiểu trung phổ thông là
cổ phần trách nhiệm hữu hạn tập ngân hàng chi nhánh cục tổng viện bệnh ty
gia tộc lĩnh vực cán tra tối cao tín
dược lâm sàng
đỏ diện ở ngoài
chế xuất
""".split())

# The word by which a phrase in a name's place names what is handed to someone ("giao Thẻ tiết kiệm cho người gửi
# tiền"): a thing, no body. Source: central (Thông tư 48/2018/TT-NHNN).
HANDED_TO: tuple[str, ...] = ("cho",)

# Head nouns of a phrase that names what is done, not who does it ("Công tác tuyên
# truyền", "Các nội dung sau", "Việc ..."): a phrase in a name's position opening with
# one names no actor. Source: Nghị định 30/2020 Phụ lục I (đề mục of kế hoạch, báo
# cáo), corpus.
NOT_ACTORS: tuple[str, ...] = (
    "công tác", "công việc", "nhiệm vụ", "nội dung", "giải pháp", "hoạt động", "việc", "biện pháp", "yêu cầu",
    "mục tiêu", "chỉ tiêu", "văn bản", "báo cáo", "tổng", "trường hợp", "vấn đề", "kết quả", "hồ sơ", "thời gian",
    "thời hạn", "kinh phí", "quy trình", "thủ tục", "chương trình", "kế hoạch", "dự án", "đề án", "quyết định", "nghị quyết", "chế độ",
    "tình hình", "số liệu", "thông tin", "lĩnh vực", "phạm vi", "đối tượng", "mức", "nguồn", "danh mục",
    "hình thức", "phương thức", "phương án", "tiến độ", "chính sách", "quy định", "điều kiện", "tài liệu",
)

# After these a name runs on to the duty verb ("Các cơ quan được phân công chủ trì
# thực hiện nhiệm vụ có trách nhiệm ..."). Source: dev (Kế hoạch).
NAME_RELATIVES: tuple[str, ...] = ("được giao", "được phân công")
# ... and the word that opens where the body stands or acts ("Doanh nghiệp, đơn vị nơi thực hiện các hoạt động nêu trên
# có trách nhiệm cung cấp ..."): the name runs on through it to the duty. Source: central (Thông tư 13/2026/TT-BNV).
PLACE_RELATIVES: tuple[str, ...] = ("nơi",)
# ... their verbs, which may follow the giver's name ("Đơn vị được Bộ trưởng Bộ ... giao chủ trì ...")
GIVING_VERBS: tuple[str, ...] = ("giao", "phân công")
# The duty phrases that end such a relative clause. Source: dev, bulk.
STRONG_DUTIES: tuple[str, ...] = ("có trách nhiệm", "chịu trách nhiệm", "chủ động", "khẩn trương", "phải", "cần")

# Words by which a name's qualifier cites a part of a text ("Cơ quan, đơn vị thực hiện nội
# dung chi theo Phụ lục III", "Doanh nghiệp ... quy định tại Thông tư này"): what follows may
# be capitalised. Source: bulk and central (Thông tư, Nghị quyết: trách nhiệm thi hành).
REFERENCE_CUES: tuple[str, ...] = ("theo", "tại")


# Bodies whose name joins two bodies with "và" ("Văn phòng HĐND và UBND huyện").
# Source: corpus (district and city offices after Nghị định 37/2014).
JOINT_HEADS: tuple[str, ...] = ("văn phòng",)

# The words by which a text gives the names it lists a short name of its own ("Trưởng phòng Kế toán hoặc chức danh
# tương đương ... (sau đây gọi tắt là Trưởng phòng Kế toán) chịu trách nhiệm ..."): the short name is who acts.
# Source: central texts (Thông tư of the Ngân hàng Nhà nước amending vault rules), Nghị định 30/2020 (viết tắt).
ALIAS_CUES: tuple[str, ...] = ("sau đây gọi tắt là", "sau đây gọi chung là", "sau đây gọi là", "sau đây viết tắt là",
                               "sau đây gọi tắt", "sau đây gọi chung")
# ... the cue of a short name for several ("Cục trưởng ..., Giám đốc Sở Giao dịch, ...; người đứng đầu ... (sau đây gọi
# chung là Giám đốc)"): each of the names listed acts, the list running on past its semicolons.
COLLECTIVE_ALIAS_CUES: tuple[str, ...] = ("sau đây gọi chung là", "sau đây gọi chung")
