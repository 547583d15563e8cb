"""Words that place, shape or deny an obligation in Vietnamese administrative text.

Compiled by extractors/tasks/ and extractors/assignees.py. Sources: Nghị định
30/2020/NĐ-CP (Phụ lục I: "Tổ chức thực hiện", "Nơi nhận", "Điều ... chịu trách nhiệm
thi hành"), and wording that recurs across issuers in the corpus (seeds, dev, bulk).
All entries are lower case; matching ignores case.
"""
from __future__ import annotations

# Verbs that name the assignee AFTER them: "Giao Sở Xây dựng chủ trì ...",
# "yêu cầu các cơ quan ...", "đề nghị UBND các xã ...". Source: GUIDELINES, corpus.
ASSIGNING_VERBS: tuple[str, ...] = (
    "giao cho",
    "giao",
    "yêu cầu",
    "đề nghị",
    "phân công",
    "phải do",
    "trân trọng đề nghị",
    # "Ủy quyền cho Lãnh đạo Bộ Xây dựng thay mặt Chính phủ ... ký Hiệp định ..." (bulk, Nghị quyết NQ-CP); with
    # "cho" only: "thừa ủy quyền Thủ tướng" signs for someone, it gives no one a duty
    "ủy quyền cho",
    "uỷ quyền cho",
)

# A lead-in's verb by which its subject tells another body how to do its work ("..., Bộ hướng dẫn Sở Lao động -
# Thương binh và Xã hội các tỉnh, thành phố xây dựng dự toán ... như sau:"): the items below are that body's to do.
# Source: central (công văn of Bộ LĐTBXH).
GUIDING_VERBS: tuple[str, ...] = ("hướng dẫn",)

# Syllables that make "giao" a verb of its own, no assigning one: "bàn giao cho cơ quan có thẩm quyền xử lý" (hands a
# thing over), "chuyển giao công nghệ" (transfers it). Source: central (Thông tư on prisons; Luật Chuyển giao công nghệ).
HANDING_OVER: tuple[str, ...] = ("bàn", "chuyển")

# Verbs and duty phrases that follow their assignee: "Sở Tài chính chủ trì ...",
# "Thủ trưởng các cơ quan ... chịu trách nhiệm ...". They also end a name list.
# Source: corpus; Nghị định 30/2020 Phụ lục I (điều khoản thi hành).
SUBJECT_DUTIES: tuple[str, ...] = (
    "chủ trì",
    "phối hợp",
    "tham mưu",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "có nhiệm vụ",
    "có các trách nhiệm",
    "có các nhiệm vụ",
    "có những nhiệm vụ",
    "làm đầu mối",
    "là đầu mối",  # "c) Là đầu mối chủ trì, phối hợp ..." under a board's duties (central: Quyết định 05/2025/QĐ-TTg)
    "khẩn trương",
    "chủ động",
    "thực hiện",
    "triển khai",
    "tổ chức thực hiện",
    "tổ chức triển khai",
    "tổ chức rà soát",
    "nghiêm túc",
    "tập trung",
    "quan tâm",
    "kịp thời",
    "thường xuyên",
    "tiếp tục",
    "cần",
    "phải",
    "theo dõi",
    "hướng dẫn",
    "chỉ đạo",
    "tăng cường",
    "đẩy mạnh",
    "rà soát",
    "xây dựng",
    "báo cáo",
    "gửi",
    "ký",
    "hoàn thành",
    "bố trí",
    "liên hệ",
    "trình",
    "đôn đốc",
    "kiểm tra",
    "phản ánh",
    "có văn bản",
    "có công văn",  # "Bộ Tài chính có công văn xin ý kiến ..." (central: Nghị định 118/2026/NĐ-CP)
    "có tờ trình",
    "tổng hợp",
    "thống kê",
    "giải trình",
    "đảm bảo",
    "bảo đảm",
    "phát huy",
    "nâng cao",
    "đề xuất",
    "cập nhật",
    "xem xét",
    "giám sát",
    "hỗ trợ",
    "huy động",
    "đưa ra",
    "cung cấp",
    "chia sẻ",
    "lựa chọn",
    "cân đối",
    # bulk (công điện, thông báo kết luận, công văn of ministries): verbs that follow
    # their subject as often as the ones above
    "tạo điều kiện",
    "xử lý",
    "làm việc với",
    "bám sát",
    "nỗ lực",
    "tích cực",
    "niêm yết",
    "cung ứng",
    "xuất cấp",
    "nghiên cứu",
    "tham gia",
    # verbs and adverbs of a duty that never sit inside a body's name ("Các địa phương quyết liệt giải ngân ...",
    # "Bộ Khoa học và Công nghệ ưu tiên bố trí ..."; probes of a Government resolution's and a decision's items)
    "đẩy nhanh", "quyết liệt", "kiên quyết", "sớm", "ưu tiên", "hoàn thiện", "khắc phục", "vận động",
    "tuyên truyền", "quán triệt", "duy trì", "chuẩn bị", "thúc đẩy", "công khai",
)

# The papers a body sends ("Bộ Tài chính có công văn xin ý kiến ..."): with their number after them, one it has sent
# ("Cục Thuế có công văn số 3316/CT-CS về việc ..."), told of, no duty. Source: bulk (công văn of Cục Thuế).
PAPER_NOUNS: tuple[str, ...] = ("công văn", "văn bản", "tờ trình")

# A procedure's steps, after a body's own name ("Cơ quan bảo hiểm xã hội lập danh sách ...", "Bộ Nội vụ lập dự toán
# ..."): not in SUBJECT_DUTIES, as a bare head takes them into its name ("cơ quan lập quy hoạch", "đơn vị tiếp nhận
# hồ sơ"). Giving a view and taking it in are steps too ("Bộ Tài chính có ý kiến ... trong vòng 15 ngày"), and so is a
# budget's allocation down the levels ("Ủy ban nhân dân cấp huyện phân bổ vốn hỗ trợ cho cấp xã"). Source: central
# (Quyết định 28/2021/QĐ-TTg, Thông tư 95/2025/TT-BTC, Nghị định 16/2023/NĐ-CP, Quyết định 22/2013/QĐ-TTg).
PROCEDURE_STEPS: tuple[str, ...] = ("lập", "tiếp nhận", "thẩm định", "chi trả", "phê duyệt", "cấp", "có ý kiến",
                                     "tiếp thu", "phân bổ")
# The close of a reply that gives its view for the asker's information ("Cục Thuế có ý kiến để Thuế tỉnh X được
# biết./."): the writer's answer, no step it is bound to. Source: bulk (công văn of Cục Thuế).
PURPOSE_WORD, INFORMED_WORD = "để", "biết"

# Words by which a heading gives its body duties ("Sở X có trách nhiệm:"): in an attached
# regulation, a heading without them or an assigning verb names whom a rule concerns.
# Source: Nghị định 30/2020 Phụ lục I (quy chế: điều khoản trách nhiệm).
RESPONSIBILITY_WORDS: tuple[str, ...] = ("có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "trách nhiệm thực hiện",
                                         # "Trưởng khoa dược ... có các trách nhiệm sau:" (Nghị định 131/2020)
                                         "có các trách nhiệm", "có các nhiệm vụ", "có những nhiệm vụ")

# The modal of an obligation, and of an entitlement, after a subject ("Đơn vị cung cấp
# dịch vụ phải ...", "... được thu các chi phí ..."): the one places a duty, the other
# grants a right. Source: bulk (Thông tư on fees).
OBLIGED: tuple[str, ...] = ("phải",)
ENTITLED: tuple[str, ...] = ("được",)
# What a body is given, as its clause's own predicate after its conditions ("Doanh nghiệp phải cử nhân viên đi
# công tác ..., được hỗ trợ tiền vé máy bay ..."): an entitlement, no duty. Source: central (Quyết định on a fund).
ENTITLEMENTS: tuple[str, ...] = ("được hỗ trợ", "được hưởng", "được miễn", "được giảm", "được thanh toán",
                                 "được chi trả", "được bồi dưỡng", "được khen thưởng")

# The words of the roles a duty gives ("chủ trì, phối hợp với Sở X"): with names alone after them, no work.
ROLE_WORDS: tuple[str, ...] = ("chủ trì", "phối hợp")

# Duties only a body takes, that make the phrase before them its name even outside the
# lexicon ("Tập thể lãnh đạo ... chủ trì ..."). Source: GUIDELINES (chủ trì, phối hợp,
# tham mưu), corpus.
# The nouns that name duties ("trách nhiệm", "nhiệm vụ", "nghĩa vụ"): a body that has them, or a heading of them, is
# given work.
DUTY_SCOPE_NOUNS: tuple[str, ...] = ("trách nhiệm", "nhiệm vụ", "nghĩa vụ")
LEAD_DUTIES: tuple[str, ...] = ("chủ trì", "phối hợp", "tham mưu", "làm đầu mối", "chịu trách nhiệm",
                                 # "Giảng viên đồng cơ hữu có các nghĩa vụ sau đây:" (central texts: Thông tư of 2026)
                                 *(f"có {many}{noun}" for many in ("", "các ", "những ") for noun in DUTY_SCOPE_NOUNS))

# The remit an action may open after ("Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền ...").
# Source: bulk, central texts (công văn of UBND tỉnh).
REMIT_OPENERS: tuple[str, ...] = ("theo chức năng", "trong phạm vi")
# Words that end a name run without opening an action ("UBND các xã căn cứ chức
# năng ..."): the remit, a basis, a period. Source: corpus.
NAME_ENDERS: tuple[str, ...] = ("căn cứ", *REMIT_OPENERS, "định kỳ")

# Verbs that open an action item ("- Tăng cường công tác kiểm tra ..."), so an item
# under a heading or lead-in naming its assignee is a duty. Source: corpus.
ACTION_STARTS: tuple[str, ...] = SUBJECT_DUTIES + (
    "quyết tâm",  # "- Quyết tâm cao hơn, hành động quyết liệt hơn, ..." under a heading naming who acts (bulk)
    "đẩy nhanh",
    "tổ chức",
    "lập",
    "hạn chế",
    "siết chặt",
    "giải quyết",
    "công khai",
    "đa dạng hóa",
    "đa dạng hoá",
    "ứng dụng",
    "duy trì",
    "phổ biến",
    "tuyên truyền",
    "thẩm định",
    "ban hành",
    "chi trả",  # "cơ quan bảo hiểm xã hội chi trả tiền hỗ trợ ...": paying, not a branch ("chi nhánh") (central)
    "phê duyệt",
    "cho ý kiến",  # "Bộ trưởng Bộ Công an cho ý kiến bằng văn bản đối với kế hoạch thanh tra ..." (central)
    # "c) Quy định các tiêu chí, tiêu chuẩn ..." under "1. Bộ Quốc phòng" (central); "Quy định này ...": a text
    "quy định",
    "thu hồi",
    "số hóa",
    "số hoá",
    "đánh giá",
    "quán triệt",
    "lãnh đạo",
    "sắp xếp",
    "tự kiểm tra",
    "đồng thời",
    "quyết định",
    "thông báo",
    "tiếp nhận",
    "sửa đổi",
    "bổ sung",
    "hoàn thiện",
    "nộp",
    "ký kết",
    "dừng",
    "tạm dừng",
    "không để",
    "không được",
    "kiên quyết",
    "định kỳ",
    "chuẩn bị",
    "vận động",
    "bảo vệ",
    "khắc phục",
    "mở rộng",
    "thúc đẩy",
    "tăng",
    "giảm",
    "phát triển",
    "tiến hành",
    "triệu tập",  # "Đoàn Chủ tịch ... triệu tập hội nghị": a verb, not a word of the name (tune8)
    "thành lập",
    "tập huấn",
    "đào tạo",
    "bồi dưỡng",
    "đồng bộ",  # "Đồng bộ dữ liệu TTHC ..." (Quyết định công bố TTHC, bulk)
    "tiếp tế",
    "thẩm tra",
    "đổi mới",
    "trao đổi",  # "a) Cục Thuế trao đổi, đàm phán nội dung về APA ...": a step, not a word of the name (ext_76)
    # a Government resolution's article: "Bộ trưởng Bộ Tài chính tiếp thu, giải trình ...", "Bộ Ngoại giao hoàn
    # tất các thủ tục đối ngoại ..." (bulk, Nghị quyết NQ-CP)
    "tiếp thu",
    "hoàn tất",
    "công bố",  # "Ủy quyền cho Chánh Văn phòng Ủy ban nhân dân tỉnh công bố thủ tục hành chính ..." (bulk)
    # a budget's steps: "a) Căn cứ số vốn được phân bổ ..., Ủy ban nhân dân cấp tỉnh phân bổ cho cấp huyện;", "Bộ Tài
    # chính xác định phần kinh phí ...", "KBNN thanh toán tiếp phần còn lại ..." (central: Quyết định 22/2013/QĐ-TTg,
    # Thông tư 98/2013/TT-BTC); the treasury's cash drawn on an estimate, "hàng tháng Phòng Lao động ... rút dự toán
    # chuyển kinh phí ..." (Quyết định 49/2012/QĐ-UBND of TP Hồ Chí Minh, an attached Quy chế)
    "phân bổ", "xác định", "thanh toán", "sử dụng", "đối chiếu", "rút",
    # the work a directive most often asks of a body that a name never holds ("Các Đội kiểm tra ... cấp huyện, thành
    # phố củng cố, cải tiến toàn diện tổ chức hoạt động ...", hd_058; "UBND huyện ... ra quyết định ..."); not the
    # verbs that also name a body's field ("Ban Quản lý", "Thanh tra tỉnh", "Trung tâm Lưu trữ")
    "củng cố", "kiện toàn", "cải tiến", "chấn chỉnh", "chăm lo", "chú trọng", "lồng ghép", "khảo sát", "tổng kết",
    "sơ kết", "soạn thảo", "nghiệm thu", "bàn giao", "ngăn chặn", "truy quét", "rút kinh nghiệm", "kiểm điểm",
    "ra quyết định", "phân công", "bảo quản", "phân loại", "điều tra", "xác minh",
)

# Labels that scope a duty without naming who acts ("Đối với NNT chưa có hồ sơ ...:
# Cơ quan thuế địa phương có trách nhiệm ..."); they may run longer than a short label.
# Source: bulk (công văn of Cục Thuế, thông báo kết luận).
SCOPE_LABELS: tuple[str, ...] = ("đối với", "về")

# Headings that give their clauses an assignee by scope: "Điều 9. Trách nhiệm của
# Sở Công Thương", "Điều 5. Nhiệm vụ, quyền hạn của Ban Chỉ đạo", "Trách nhiệm, quyền hạn
# của Đội trưởng", "Đối với các cơ sở giáo dục:" (SUBJECT_SCOPES below): up to
# SCOPE_NOUNS_MOST of the nouns of duties and powers, in any order, joined by "," or "và",
# then "của" (or "thực hiện của"). The words after the phrase name who acts, whether or not
# their head word is a known one. Source: Nghị định 30/2020 Phụ lục I (quy chế, quy định:
# điều khoản về trách nhiệm), bulk (Quyết định ban hành quy chế), legacy (a 2006 regulation).
SCOPE_NOUNS: tuple[str, ...] = ("trách nhiệm", "nhiệm vụ", "quyền hạn", "thẩm quyền", "quyền", "nghĩa vụ", "chức năng")
# ... of which one must name duties (DUTY_SCOPE_NOUNS): "Quyền của người nộp thuế" lists rights, no one's duties
# ... and the nouns of a heading of rights alone ("1. Quyền của tổ chức, cá nhân phát hành, phổ biến phim:" beside
# "2. Nghĩa vụ của ..."): its items say what the holder may do, no duty, whatever scope the article above gives.
# Source: central texts (Nghị định 189/2026/NĐ-CP, quyền và nghĩa vụ).
RIGHTS_NOUNS: tuple[str, ...] = ("quyền",)
# A right a body is said to hold, before what it may ask of others ("Người ra quyết định thanh tra có quyền yêu cầu
# Trưởng đoàn ... báo cáo"): what it may do, no one's duty. Source: central (Thông tư on police inspection).
HOLDS_RIGHT: tuple[str, ...] = ("có quyền",)
SCOPE_NOUN_JOINS: tuple[str, ...] = (",", "và")
SCOPE_NOUNS_MOST = 3
SCOPE_OWNERS: tuple[str, ...] = ("của",)
SCOPE_QUALIFIER_WORDS = 2  # "Trách nhiệm chung của ...", "Trách nhiệm thực hiện của ...": what may qualify the nouns
# The words that open a part of a text whose title may name a body ("Chương I" / "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ
# HỘI"): a title of duties with no owner in an article under it ("Điều 2. Nhiệm vụ và quyền hạn") is that body's.
# Source: central texts (Thông tư on the functions of Sở and Phòng), Nghị định 30/2020 Phụ lục I (bố cục: Phần, Chương).
PART_WORDS: tuple[str, ...] = ("chương", "phần", "mục")
# Of those, the headings of duties alone: the phrase after them is the role that holds the
# duties even in lower case and unknown to the lexicon ("Điều 15. Trách nhiệm của cơ sở đào
# tạo lái xe", "6. Nhiệm vụ của giám khảo:"); a heading of powers too ("Nhiệm vụ, quyền hạn
# của người ra quyết định thanh tra thuế") is often a law a letter quotes. Source: central
# (Thông tư 66/2024/TT-BCA, Thông tư 22/2022/TT-BLĐTBXH).
ROLE_SCOPE_HEADINGS: tuple[str, ...] = ("trách nhiệm của", "trách nhiệm thực hiện của", "nghĩa vụ của", "nhiệm vụ của")

# The acts of a licensing procedure's steps, which the lexicon also reads as words of a
# name ("Công an cấp tỉnh", "Chuyển đổi số"): after a name, before its object, the step's
# verb ("Cục trưởng Cục Cảnh sát giao thông cấp lại Quyết định ..."). Source: central
# (Thông tư 66/2024/TT-BCA, trình tự giải quyết).
LICENSING_ACTS: tuple[str, ...] = ("cấp lại", "cấp đổi", "cấp", "đổi", "gia hạn")
# A scope that names whom a rule concerns ("Đối với các cơ sở giáo dục:"): who acts in a
# letter's body, but in an attached regulation often whom it benefits ("Đối với Bí thư
# Thành ủy: hỗ trợ ...").
SUBJECT_SCOPES: tuple[str, ...] = ("đối với",)
# Words after which a scope heading names the sphere of the duties, not more of who
# acts ("Trách nhiệm của Bộ trưởng ... trong tổ chức và chỉ đạo hoạt động thanh tra").
# Source: central (Thông tư, Quyết định: điều khoản trách nhiệm).
SCOPE_SPHERES: tuple[str, ...] = ("trong", "đối với", "về việc", "khi", "theo")

# Headings of sections that state no duty: the scope of a regulation, whom it applies
# to, its terms, its purpose and requirements, its effect. Their items are not tasks.
# Source: Nghị định 30/2020 Phụ lục I (bố cục quy chế; kế hoạch: mục đích, yêu cầu).
NON_DUTY_SECTIONS: tuple[str, ...] = (
    "phạm vi điều chỉnh",
    "phạm vi áp dụng",
    "đối tượng áp dụng",
    "phạm vi điều chỉnh và đối tượng áp dụng",
    "phạm vi điều chỉnh, đối tượng áp dụng",
    "giải thích từ ngữ",
    "mục đích",
    "yêu cầu",
    "mục đích, yêu cầu",
    "mục đích và yêu cầu",
    "mục đích - yêu cầu",
    "quan điểm",
    "nguyên tắc",
    "hiệu lực thi hành",
    "hiệu lực",
    "căn cứ",
    "căn cứ pháp lý",
    "căn cứ xây dựng kế hoạch",
    "sự cần thiết",
    # an event's particulars (thông báo, giấy mời: hội nghị, lớp bồi dưỡng)
    "đối tượng",
    "thành phần",
    "thành phần tham dự",
    "thời gian",
    "địa điểm",
    "thời gian, địa điểm",
    "thời gian và địa điểm",
)

# The headings of a text's effect ("Điều 10. Hiệu lực thi hành"), among the sections above: beside the dates and the
# repeals, the last article of a decree may give a body its last duty ("2. Bộ Giáo dục và Đào tạo có trách nhiệm rà
# soát, đề xuất ..."), which its own name and duty words state. Source: central texts (Nghị định).
EFFECT_SECTIONS: tuple[str, ...] = ("hiệu lực thi hành", "hiệu lực")

# An action that only refers the reader to another provision ("Đơn vị nhóm 3: Thực hiện theo quy định tại điểm c khoản 1
# Điều này;"): the verbs of the referral and the parts of a text it names; what is to be done is stated there, the
# referral states no duty of its own. Source: central texts (Nghị định 111/2022/NĐ-CP, kinh phí by group of units).
REFERRAL_VERBS: tuple[str, ...] = ("thực hiện theo", "áp dụng theo", "thực hiện như", "áp dụng như")
# ... and the catch-all that closes a list of a body's duties ("g) Thực hiện các nhiệm vụ khác theo phân công của Chủ
# tịch Hội đồng", "Thực hiện các nhiệm vụ và quyền hạn khác theo quy định của pháp luật"): other work, named elsewhere
# or later, with no content of its own; its gold is optional or absent. Source: central texts (Quy chế, Nghị định).
CATCH_ALL_VERBS: tuple[str, ...] = ("thực hiện", "làm", "đảm nhận")
# A predicate that says a duty is there but not what it is, when nothing follows it ("Ban Chỉ đạo ... có trách nhiệm"
# over items its lost colon no longer opens, "... thì người đứng đầu đơn vị ... thực hiện.", "UBND cùng cấp quyết
# định."): no task of its own. Source: legacy (Quyết định of Cần Thơ and Lạng Sơn), central.
BARE_DUTIES: tuple[str, ...] = CATCH_ALL_VERBS + RESPONSIBILITY_WORDS + ENTITLED + ("quyết định", "được ủy quyền",
                                                                                   "được uỷ quyền")
CATCH_ALL_OTHER = "khác"
TEXT_PARTS: tuple[str, ...] = ("điểm", "khoản", "điều", "mục", "chương", "phụ lục")

# Words that close a noun phrase ("Nghị quyết này", "các văn bản nêu trên"): after one, "được" opens the sentence's own
# predicate, what its subject is given ("Người đứng đầu ..., cán bộ ... tham gia xây dựng, ban hành Nghị quyết này được
# xem xét loại trừ ... trách nhiệm"), not a relative on the object ("nhiệm vụ được giao"). Source: central texts
# (Nghị quyết of the Chính phủ cutting procedures, 2026).
DEMONSTRATIVES: tuple[str, ...] = ("này", "đó", "trên", "nêu trên")
# ... and the mark of what is to come ("Các tổ chức, cá nhân hoàn thành xuất sắc nhiệm vụ được giao sẽ được biểu
# dương"): "sẽ được" opens the predicate too, what the subject will be given. Source: legacy (a 2006 regulation).
FUTURE_MARKERS: tuple[str, ...] = ("sẽ",)

# Words that open a heading of criteria or conditions ("2. Tiêu chí về nghiên cứu khoa
# học ..., doanh nghiệp phải đáp ứng đồng thời hai nội dung sau:", "Điều 5. Tiêu chí, tiêu
# chuẩn ..."): what its items require ("a) Doanh nghiệp phải có bộ phận nghiên cứu ...")
# is what qualifies, not a duty. Not when the heading joins them to other matters
# ("Điều kiện, trình tự, thủ tục ..."). Source: bulk (Thông tư on tax incentives,
# Quyết định on standards).
CRITERIA_SECTIONS: tuple[str, ...] = ("tiêu chí", "tiêu chuẩn", "điều kiện")
# The nouns that title an article of a procedure, among the nouns its title opens with ("Điều 7. Trình tự, thủ tục thực
# hiện", "Điều 6. Hồ sơ, trình tự giải quyết chế độ", "Điều 8. Quy trình, thủ tục bổ nhiệm ..."): each clause there that
# opens with a body's own name is that body's step, whatever its verb. Source: central texts (Quyết định 08/2022/QĐ-TTg,
# Quyết định 62/2011/QĐ-TTg, the Hội đồng Y khoa Quốc gia's regulation).
PROCEDURE_SECTIONS: tuple[str, ...] = ("trình tự", "quy trình")
# What a holder must meet to qualify, after its obligation ("Người phụ trách ... phải đáp ứng điều kiện quy định tại
# Điều 21 Luật Dược"): a condition of the role, no duty. Source: central (Nghị định 131/2020/NĐ-CP).
MEETING_VERBS: tuple[str, ...] = ("đáp ứng", "có đủ")

# Headings of the article or section on who implements the text ("Điều 9. Tổ chức thực
# hiện"): a clause under it that opens with a body's name is that body's duty, whatever
# verb follows ("1. Chính phủ quy định chi tiết ..."). Source: Nghị định 30/2020 Phụ lục I
# (điều khoản tổ chức thực hiện), central (Nghị quyết of the Quốc hội).
IMPLEMENTING_SECTIONS: tuple[str, ...] = ("tổ chức thực hiện", "tổ chức thi hành", "trách nhiệm thi hành",
                                          "trách nhiệm tổ chức thực hiện",
                                          "trách nhiệm thực hiện")  # "Điều 22. Trách nhiệm thực hiện" (central)

# Formulas of the execution clause that follow a long list of names, after which the
# list may end in words that name no body ("... và các đối tượng được bồi thường chịu
# trách nhiệm thi hành Quyết định này"). Source: Nghị định 30/2020 Phụ lục I (điều
# khoản thi hành), bulk.
EXECUTION_CLAUSES: tuple[str, ...] = ("chịu trách nhiệm thi hành", "có trách nhiệm thi hành",
                                      "chịu trách nhiệm tổ chức thực hiện", "chịu trách nhiệm triển khai thực hiện",
                                      # "... các cơ quan, tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./."
                                      "căn cứ quyết định thi hành", "căn cứ quyết định này thi hành",
                                      "căn cứ quyết định này để thi hành")

# The word that opens the consequence of a condition or of a cited rule ("Căn cứ Điều 10
# Nghị định ... thì khi làm thủ tục, cơ quan hải quan kiểm tra ..."; "Trường hợp ... thì
# cơ quan thuế cấp hóa đơn ..."; "Thực hiện Nghị định số 123/2020/NĐ-CP ...; theo đó, ...
# các tổ chức, cá nhân phải chuyển sang ..."): a subject after it states what a rule
# provides, a conditional duty at most. Source: bulk (công văn answering questions on the
# law), pdf (Chỉ thị of Quảng Ngãi).
CONSEQUENCE_MARKERS: tuple[str, ...] = ("thì", "theo đó")

# Openers of a further duty in the same item ("... Đồng thời thống kê báo cáo ...").
# Source: dev (công điện).
CONTINUATION_OPENERS: tuple[str, ...] = ("đồng thời",)

# Openers of an item that is no duty even under a heading that names who acts: a
# purpose, a rule quoted, what a list holds, a note. Source: Nghị định 30/2020 Phụ lục I,
# corpus.
NOT_DUTY_OPENERS: tuple[str, ...] = ("nhằm", "để", "theo quy định", "theo đó", "tại", "trong đó", "gồm", "bao gồm",
                                     "lưu ý", "ví dụ", "ghi chú", "chi tiết", "tổng số", "tổng cộng", "số lượng",
                                     "đây là", "qua đó", "do", "vì", "hiện nay", "năm", "tháng", "ngày")

# Modal words that make the words before them a subject ("Hợp đồng lao động cần đảm
# bảo ...", "... không được ..."). Source: corpus.
MODALS: tuple[str, ...] = ("cần", "phải", "không được", "được", "sẽ", "là")

# The ends of a lead-in whose list gives instances, not duties ("... các hành vi như:",
# "Thành phần gồm:"). Source: corpus (dev: công văn listing violations).
LISTING_LEADS: tuple[str, ...] = ("như", "gồm", "bao gồm", "gồm có", "là")
# Of those, the ones whose object may be named before the colon ("..., gồm các tài liệu sau:");
# not "như" ("thực hiện như sau:" opens duties) nor "là".
NAMED_LISTING_LEADS: tuple[str, ...] = ("gồm", "bao gồm", "gồm có")
# The noun by which a lead-in names the cases it lists ("Tổ chức tín dụng hướng dẫn thủ tục chi trả đối với các trường
# hợp chi trả sau đây ...:" / "a) Chi trả tiền gửi tiết kiệm theo thừa kế;"): each item is a case the duty covers, no
# duty of its own. Source: central texts (Thông tư 48/2018/TT-NHNN).
CASE_NOUNS: tuple[str, ...] = ("trường hợp",)
# ... but a list named as work holds duties ("..., gồm các nhiệm vụ sau:" / "1. Tổ chức ...").
# Of those, the ones that title a section of work ("II. Một số công việc tiếp tục triển khai thực hiện ...:").
WORK_SECTION_NOUNS: tuple[str, ...] = ("nhiệm vụ", "công việc", "giải pháp", "biện pháp")
WORK_NOUNS: tuple[str, ...] = WORK_SECTION_NOUNS + ("hoạt động", "việc")
# The note by which a copy list sends the text to a body to act on it ("- Tổng cục Thuế (để thực hiện);", "- Các Chi
# cục Hải quan khu vực (để t/h);"): in a text addressed to no one (a Thông báo kết luận), those bodies own the work its
# sections list with no name. Source: central texts (Thông báo 393/TB-BTC), bulk (Thông báo of Cục Hải quan).
ACTING_COPY_NOTES: tuple[str, ...] = ("để thực hiện", "để t/h", "để triển khai thực hiện", "để chỉ đạo thực hiện",
                                      "thực hiện")
# The words before a lead-in's colon that open parts of the duty it has stated whole ("2. Chủ tịch Ủy ban nhân
# dân các tỉnh, thành phố tổ chức theo dõi sát tình hình, ..., trong đó:" / "(1) Tập trung kêu gọi ..."): the
# lead-in is a task of its own, its items are others. Source: bulk (công điện of the Thủ tướng).
PART_LEADS: tuple[str, ...] = ("trong đó",)
# The words a lead-in ends with that point at the items below it ("Đội kiểm tra 814 các cấp
# có nhiệm vụ sau.": an older text's stop where a colon stands now). Source: legacy.
FOLLOWING_WORDS: tuple[str, ...] = ("sau", "sau đây", "như sau", "dưới đây")

# Openers of a conditional duty ("Trường hợp có khó khăn, vướng mắc, đề nghị ...").
# Source: corpus; GUIDELINES (conditional duties are optional).
CONDITIONAL_OPENERS: tuple[str, ...] = ("trường hợp", "nếu", "khi có", "trong trường hợp", "trong quá trình",
                                        "đối với trường hợp", "đối với các trường hợp", "đối với những trường hợp")

# Openers of a time clause before the subject ("Trong thời hạn 15 ngày kể từ ngày nhận được
# kết luận ... của Chánh Thanh tra, Thủ trưởng Công an cùng cấp phải ban hành ...", "Trong thời gian thực hiện các
# thủ tục ..., chủ cơ sở phải ..."): the name after its comma opens the sentence's own clause. Source: central (Nghị
# định); bulk (a city council's resolution).
TIME_OPENERS: tuple[str, ...] = ("trong thời hạn", "trong thời gian", "chậm nhất", "sau khi", "trước ngày", "kể từ ngày")
# Words that may stress a time opener without changing it ("Ngay sau khi nhận được lệnh ..., Trưởng Công an cấp xã
# phân công ..."). Source: central (a Ministry of Public Security circular).
TIME_OPENER_STRESSES: tuple[str, ...] = ("ngay",)
# The day of an event a time limit counts from, before the event's actors ("kể từ ngày Hội đồng quản trị, Hội đồng
# thành viên hoặc Đại hội đồng cổ đông thông qua ..."): names after it act in the event, not the limit's clause.
# Source: central texts (Nghị định 53/2016/NĐ-CP as amended).
EVENT_DAY_LEADS: tuple[str, ...] = ("kể từ ngày", "từ ngày")

# Openers of a clause before the sentence's own ("Khi lấy lời khai lần đầu của người bị tố giác, ..., đương
# sự nộp đơn ..., cơ quan, người có thẩm quyền tiến hành tố tụng có trách nhiệm chuyển Phiếu ..."): a body a
# later clause gives a responsibility in words holds it, found by its position (the first clause start from
# which a subject runs to that responsibility). Source: central (Thông tư liên tịch).
OPENING_CLAUSES: tuple[str, ...] = CONDITIONAL_OPENERS + TIME_OPENERS + ("khi",)

# Openers of a target rather than a duty ("Phấn đấu 100% ..."). Source: seeds.
TARGET_OPENERS: tuple[str, ...] = ("phấn đấu", "mục tiêu", "100%", "đạt")

# Openers of a paragraph that looks back on the work so far ("Trong thời gian qua, công
# tác phòng, chống tham nhũng ... đã được ... . Các cấp, các ngành triển khai ..."): its
# sentences narrate, unless one assigns. Source: pdf (Chỉ thị of Quảng Ngãi), bulk.
RETROSPECTIVE_OPENERS: tuple[str, ...] = ("trong thời gian qua", "thời gian qua", "trong thời gian vừa qua",
                                          "thời gian vừa qua", "trong năm qua", "năm qua", "trong những năm qua",
                                          "những năm qua")

# Marks of work already done or ongoing, in a report's narration. Source: seeds.
PAST_MARKERS: tuple[str, ...] = ("đã", "đang", "vừa qua", "được", "về việc")  # "về việc": a cited request

# The word that makes the name after it the agent of a passive verb ("tài sản cố định do Nhà
# nước giao cho doanh nghiệp quản lý", "nhiệm vụ do UBND tỉnh giao"): the verb describes a
# thing, it assigns nothing. Source: bulk (the basis of a Quyết định citing a Thông tư's title).
AGENT_MARKERS: tuple[str, ...] = ("do", "bởi")
# ... and the word of a passive that names its agent next ("thủ tục hành chính được Ủy ban nhân dân tỉnh ủy
# quyền cho Giám đốc Sở Y tế giải quyết": what the procedures are, no one's duty). Source: bulk.
PASSIVE_AGENT_MARKERS: tuple[str, ...] = AGENT_MARKERS + ENTITLED
# ... and the work a relative clause describes, its agent named next with no "do" ("100% nhiệm
# vụ Chính phủ, Thủ tướng Chính phủ giao cho các bộ, ngành, địa phương được theo dõi ...": a
# target on the tasks assigned, no one's duty). Source: bulk (Quyết định 2629/QĐ-TTg).
ASSIGNED_WORK: tuple[str, ...] = ("nhiệm vụ", "công việc", "chỉ tiêu")

# Verbs whose agent, named after "do"/"bởi", is the body the text requires to act: a meeting
# "do Đoàn Chủ tịch ... triệu tập, chủ trì" is that body's duty to convene and chair, where
# "do Nhà nước giao" only describes a thing. Source: tune8 (a joint resolution on elections).
AGENT_DUTIES: tuple[str, ...] = ("triệu tập", "chủ trì")

# What a delegate does at a meeting, besides the action verbs: where the phrase that
# names the delegate ends ("Đại diện Thường trực Hội đồng nhân dân cấp tỉnh, cấp xã trình
# bày dự kiến ..."). Source: tune8 (a joint resolution on elections).
DELEGATE_ACTS: tuple[str, ...] = ("trình bày", "giới thiệu", "báo cáo", "phát biểu")

# Papers a request is written on: an assigning verb right after one names the paper
# ("nộp hồ sơ đề nghị cơ quan ... cấp giấy phép", "văn bản đề nghị"), not an assignment
# this text makes. Source: bulk (Thông tư on fees).
REQUEST_PAPERS: tuple[str, ...] = ("hồ sơ", "văn bản", "đơn", "tờ trình", "giấy")

# Headings of a report's forward-looking sections, the only part of a báo cáo that
# carries tasks. Source: seeds (Báo cáo CCHC), Nghị định 09/2019 mẫu đề cương.
FORWARD_SECTIONS: tuple[str, ...] = (
    "nhiệm vụ trọng tâm",
    "nhiệm vụ, giải pháp",
    "nhiệm vụ và giải pháp",
    "giải pháp",
    "phương hướng",
    "thời gian tới",
    "thời gian đến",
    "thời gian tiếp theo",
    "kiến nghị",
    "đề xuất",
    "mục tiêu phấn đấu",
    "nhiệm vụ năm",
    "kế hoạch năm",
)

# Heads of a report's section of tasks whose heading may name its time after other words
# ("II. NHIỆM VỤ THÁNG 02 NĂM 2025", "Nhiệm vụ trong thời gian tới"): such a heading
# is forward-looking when it names a coming time (FORWARD_TIMES) or a period not yet
# over. Source: pdf (Báo cáo CCHC tháng), Nghị định 09/2019 mẫu đề cương.
FORWARD_TASK_HEADS: tuple[str, ...] = ("nhiệm vụ",)
FORWARD_TIMES: tuple[str, ...] = ("thời gian tới", "thời gian đến", "thời gian tiếp theo", "tháng tới", "quý tới",
                                  "năm tới", "kỳ tới", "tháng tiếp theo", "quý tiếp theo", "năm tiếp theo")

# Openers of a basis clause ("Thực hiện Công văn số ...", "Căn cứ ..."): the
# sentence cites what it implements, it does not assign work by itself.
# Source: Nghị định 30/2020 Phụ lục I (căn cứ ban hành), corpus.
BASIS_OPENERS: tuple[str, ...] = (
    "căn cứ",
    "trên cơ sở",
    "xét",
    "theo đề nghị",
    "thực hiện công văn",
    "thực hiện quyết định",
    "thực hiện kế hoạch",
    "thực hiện chỉ thị",
    "thực hiện nghị quyết",
    "thực hiện nghị định",
    "thực hiện thông tư",
    "thực hiện thông báo",
    "thực hiện văn bản",
    "thực hiện ý kiến",
    "thực hiện chỉ đạo",
    "thực hiện hướng dẫn",
    "thực hiện công điện",
)

# Words that join a basis clause to the action it grounds where no comma does ("Căn cứ
# quy mô, điều kiện tự nhiên và đặc thù của mỗi xã, phường để quyết định số lượng nhân
# viên ..."): the action follows them. Source: bulk (Nghị quyết of HĐND thành phố Hà Nội).
BASIS_LINKS: tuple[str, ...] = ("để",)

# Forward sections that set targets rather than duties ("B. MỤC TIÊU PHẤN ĐẤU TRONG
# NĂM 2022"): their items are targets. Source: seeds (Báo cáo CCHC).
TARGET_SECTIONS: tuple[str, ...] = ("mục tiêu",)

# Document types whose body narrates rather than instructs (only their forward
# sections hold tasks). Source: Nghị định 30/2020, Phụ lục III (tên loại văn bản).
NARRATIVE_TYPES: tuple[str, ...] = ("báo cáo", "tờ trình", "biên bản")

# Document types that are a plan of the issuer's own work: the measures of their
# "Nhiệm vụ và giải pháp" section that name no one are the issuer's tasks (implicit).
# Source: Nghị định 30/2020, Phụ lục III; GUIDELINES.md (implicit_assignee).
PLAN_TYPES: tuple[str, ...] = ("kế hoạch",)

# Labels of a plan's task table or task block ("Đơn vị chủ trì: Sở Khoa học và
# Công nghệ", "Cơ quan phối hợp: ...", "Thời gian thực hiện: ..."). Source: dev, bulk
# (Kế hoạch).
PLAN_LEAD_LABELS: tuple[str, ...] = (
    "đơn vị chủ trì",
    "cơ quan chủ trì",
    "cơ quan thực hiện",
    "đơn vị thực hiện",
    "cơ quan, đơn vị thực hiện",
    "cơ quan, đơn vị chủ trì",
    "chủ trì",
    "cơ quan chủ trì thực hiện",
    "đơn vị chủ trì thực hiện",
    "trách nhiệm thực hiện",
)
# The body words a lead or partner label opens with; such a label may run on a few
# words before its colon ("Đơn vị chủ trì tham mưu thực hiện:"). Source: bulk (Kế hoạch).
PLAN_LABEL_BODIES: tuple[str, ...] = ("cơ quan", "đơn vị")
# The roles a field heading of a plan's section names, joined in any order after the body words or alone ("2. Cơ
# quan chủ trì, phối hợp", "2. Chủ trì thực hiện", "2. Cơ quan chủ trì, thực hiện"); the first that is not the
# partner's makes it the lead's. Source: central (Kế hoạch of a Ban Chỉ đạo).
PLAN_FIELD_ROLES: tuple[str, ...] = (*ROLE_WORDS, "thực hiện")
PLAN_PARTNER_ROLE = "phối hợp"
PLAN_PARTNER_LABELS: tuple[str, ...] = (
    "đơn vị phối hợp",
    "cơ quan phối hợp",
    "cơ quan, đơn vị phối hợp",
    "phối hợp",
)
PLAN_TIME_LABELS: tuple[str, ...] = ("thời gian thực hiện", "thời gian hoàn thành", "thời hạn hoàn thành", "thời hạn",
                                     "tiến độ thực hiện", "tiến độ hoàn thành")
# Openers of a sentence or line that only dates the duty before it ("Hoàn thành trước
# ngày 21/11/2025."). Source: bulk (Quyết định công bố TTHC).
DEADLINE_NOTES: tuple[str, ...] = PLAN_TIME_LABELS + ("hoàn thành trước", "hoàn thành trong", "hoàn thành chậm nhất")
PLAN_TASK_LABELS: tuple[str, ...] = ("nhiệm vụ", "nội dung thực hiện", "nội dung", "nội dung công việc", "nhiệm vụ cụ thể")

# Closing formulas that are neither past work nor new duties. Source: Nghị định
# 30/2020 Phụ lục I (kết thúc văn bản), corpus.
BODY_END_MARKERS: tuple[str, ...] = ("nơi nhận",)
