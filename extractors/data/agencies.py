"""Agency name shapes: how Vietnamese administrative bodies are named, as data.

Sources: Law 77/2015/QH13 and 65/2025/QH15 on local government (tiers and
their bodies), Law 76/2015/QH13 on the Government (ministries and agencies),
Decree 30/2020/NĐ-CP Phụ lục I (how the issuing body and its parent are
printed) and Phụ lục II (capitalisation of agency names). `extractors.bodies`
compiles them.
"""
from __future__ import annotations

# Heads that open a body's name, as capitalised in running text (Phụ lục II, 2.c:
# the first word of the kind of body and the words naming its field are capitalised).
# Longer heads first is not needed: the compiler sorts them.
BODY_HEADS: tuple[str, ...] = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc", "Ủy ban", "Hội đồng",  # local government, Law 77/2015
    "Thủ tướng Chính phủ", "Chính phủ", "Văn phòng Chính phủ", "Quốc hội",
    "Ủy ban Thường vụ Quốc hội", "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước",  # central
    "Bộ", "Sở", "Cục", "Tổng cục", "Chi cục", "Vụ", "Ban", "Phòng", "Văn phòng",
    "Thanh tra", "Trung tâm", "Viện", "Học viện", "Trường", "Đài", "Báo", "Tạp chí",
    "Kho bạc Nhà nước", "Kho bạc", "Ngân hàng Nhà nước", "Ngân hàng", "Bảo hiểm xã hội",
    "Công an", "Bộ Chỉ huy", "Bộ Tư lệnh", "Quân khu", "Thuế", "Hải quan",
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng đoàn",
    "Ban cán sự đảng", "Ban Thường vụ", "Ban Chấp hành", "Đảng bộ", "Chi bộ",  # party bodies
    "Liên đoàn Lao động", "Hội", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ",  # mass organisations
    "Tòa án nhân dân", "Viện kiểm sát nhân dân", "Kiểm toán Nhà nước",
    "Công ty", "Tổng công ty", "Tập đoàn", "Ban Quản lý", "Quỹ",
)

# Heads that name one body by themselves; any other head printed alone on a header
# line ("CỤC" / "HẢI QUAN") waits for the name that follows it.
SELF_NAMED_HEADS: tuple[str, ...] = (
    "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Quốc hội",
    "Ủy ban Thường vụ Quốc hội", "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước",
    "Kiểm toán Nhà nước", "Ngân hàng Nhà nước", "Kho bạc Nhà nước", "Bảo hiểm xã hội",
    "Ban Chấp hành", "Ban Thường vụ",
)

# Short forms of a body's head or of a unit word, and what they stand for (Decree
# 30/2020 Phụ lục III abbreviates agency names in the ký hiệu; these are the
# running-text ones). They open a body's name in a header too ("UBND TỈNH ...").
HEAD_ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "MTTQ": "Mặt trận Tổ quốc",
    "TP.": "thành phố",
    "TP": "thành phố",
    "Tp.": "thành phố",
    "TX.": "thị xã",
    "TX": "thị xã",
    "TT.": "thị trấn",
    "BHXH": "Bảo hiểm xã hội",
    "BQL": "Ban Quản lý",
    "KBNN": "Kho bạc Nhà nước",
    "VP": "Văn phòng",
    "VPCP": "Văn phòng Chính phủ",
    "TTg": "Thủ tướng",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
}

# Initials standing for a whole body ("SNV" = Sở Nội vụ), as running text and lists of
# assignees print them. Not read as a header's head: "BTC" is also a ký hiệu's issuer
# code ("TT-BTC") and a party committee's ("Ban Tổ chức"). Source: corpus (task lists
# of provincial letters), the codes of Decree 30/2020 Phụ lục III.
BODY_INITIALS: dict[str, str] = {
    "SNV": "Sở Nội vụ",
    "STP": "Sở Tư pháp",
    "STC": "Sở Tài chính",
    "SXD": "Sở Xây dựng",
    "SYT": "Sở Y tế",
    "SCT": "Sở Công Thương",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SKHCN": "Sở Khoa học và Công nghệ",
    "SNNMT": "Sở Nông nghiệp và Môi trường",
    "SNN&MT": "Sở Nông nghiệp và Môi trường",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "STNMT": "Sở Tài nguyên và Môi trường",
    "SKHĐT": "Sở Kế hoạch và Đầu tư",
    "SGTVT": "Sở Giao thông vận tải",
    "STTTT": "Sở Thông tin và Truyền thông",
    "SLDTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SLDTBXH.": "Sở Lao động - Thương binh và Xã hội",
    "BNV": "Bộ Nội vụ",
    "BTC": "Bộ Tài chính",
    "BXD": "Bộ Xây dựng",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
}

# Every short form of an agency name: the one table names are expanded with.
ABBREVIATIONS: dict[str, str] = {**HEAD_ABBREVIATIONS, **BODY_INITIALS}

# Tiers of local government and the word naming each unit (Law 77/2015 Art. 2;
# Law 72/2025/QH15: from 1 July 2025 only tỉnh/thành phố and xã/phường/đặc khu).
LOCALITY_LEVELS: dict[str, str] = {
    "tỉnh": "tỉnh",
    "thành phố": "tỉnh",  # a centrally-run city; a provincial city is a huyện-level thành phố
    "huyện": "huyện",
    "quận": "huyện",
    "thị xã": "huyện",
    "xã": "xã",
    "phường": "xã",
    "thị trấn": "xã",
    "đặc khu": "xã",
}

# Office holders whose act is their body's act: dropped from the front of a name when
# keying it ("Chủ tịch UBND huyện" issues for "UBND huyện").
KEY_DROPPED_OFFICES: tuple[str, ...] = (
    "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "thủ tướng", "bộ trưởng")

# Central bodies (no locality in the name) whose level is trung ương.
CENTRAL_HEADS: tuple[str, ...] = (
    "Bộ", "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Quốc hội",
    "Ủy ban Thường vụ Quốc hội", "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước",
    "Tổng cục", "Cục", "Vụ", "Ngân hàng Nhà nước", "Kiểm toán Nhà nước",
    "Ban Chấp hành", "Bộ Chính trị", "Ban Bí thư",
)

# Verbs by which a letter's issuer speaks of itself in the body ("Chủ tịch UBND huyện
# yêu cầu ...", "UBND huyện Bình Sơn kính báo cáo", "Sở Nội vụ đề nghị ..."), used to
# infer the issuer of a headerless copy.
SELF_REFERENCE_VERBS: tuple[str, ...] = (
    "kính báo cáo", "báo cáo", "yêu cầu", "đề nghị", "có ý kiến", "tiến hành", "thông báo",
    "trả lời", "hướng dẫn", "giao", "xin", "kính trình", "trân trọng",
)
# Office holders speaking for their body ("Chủ tịch UBND huyện yêu cầu").
HOLDER_TITLES: tuple[str, ...] = ("Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Bộ trưởng", "Thủ trưởng")

# Words that cannot belong to a body's name, so a self-reference stops before them
# ("Ủy ban nhân dân Thành phố theo yêu cầu" is not a body named "... theo").
NOT_NAME_WORDS: tuple[str, ...] = (
    "theo", "đã", "sẽ", "đang", "được", "về", "tại", "cho", "để", "với", "trong", "này",
    "đó", "cũng", "vẫn", "xin", "kính", "quy", "định", "thì", "là", "có", "không", "nhằm",
    "các", "những", "từ", "đến", "nay", "khi", "nếu", "hợp", "trưởng",
)
