"""Column labels of the task tables that directives append ("DANH MỤC CÁC NHIỆM VỤ ...
TRỌNG TÂM", "PHỤ LỤC ... NHIỆM VỤ"): each column's role and the labels that head it,
lower case, spaces collapsed. A table is a task table when its header has a task and
a lead column. Source: bulk (Công văn 6225/BVHTTDL-VP, Quyết định 2629/QĐ-TTg) and
the usual headings of such appendices (Nghị định 30/2020, Phụ lục I: bảng biểu).
"""
from __future__ import annotations

NUMBER_LABELS: frozenset[str] = frozenset({"tt", "stt", "số tt", "số thứ tự"})

COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    "task": ("nhiệm vụ", "tên nhiệm vụ", "nội dung", "nội dung nhiệm vụ", "nội dung công việc", "công việc",
             "nhiệm vụ, giải pháp", "nhiệm vụ cụ thể", "nhiệm vụ trọng tâm", "nhiệm vụ, giải pháp trọng tâm"),
    "lead": ("cơ quan chủ trì", "đơn vị chủ trì", "chủ trì", "cơ quan chủ trì thực hiện", "đơn vị chủ trì thực hiện",
             "cơ quan, đơn vị chủ trì", "cơ quan thực hiện", "đơn vị thực hiện", "cơ quan, đơn vị thực hiện"),
    "partner": ("cơ quan phối hợp", "đơn vị phối hợp", "phối hợp", "cơ quan phối hợp thực hiện",
                "đơn vị phối hợp thực hiện", "cơ quan, đơn vị phối hợp"),
    "head": ("người đứng đầu chịu trách nhiệm", "người chịu trách nhiệm", "lãnh đạo phụ trách"),
    "result": ("kết quả", "kết quả thực hiện", "sản phẩm", "sản phẩm đầu ra", "kết quả, sản phẩm",
               "kết quả/sản phẩm", "dự kiến sản phẩm", "hình thức văn bản", "hình thức sản phẩm"),
    "time": ("thời hạn", "thời hạn hoàn thành", "thời gian hoàn thành", "thời gian thực hiện", "thời hạn thực hiện",
             "tiến độ", "tiến độ thực hiện", "tiến độ hoàn thành", "thời gian"),
    "note": ("ghi chú",),
}

LABEL_ROLES: dict[str, str] = {label: role for role, labels in COLUMN_LABELS.items() for label in labels}

# A header cell the table above does not list gets its role from its first words, once
# a body word ("cơ quan", "đơn vị") and footnote marks ("[1]", "(2)", "*") are set
# aside: "Cơ quan chủ trì[1]" -> lead, "Nội dung thực hiện" -> task, "Sản phẩm dự kiến"
# -> result; a cell with none of them ("Tình trạng", "Nguồn lực thực hiện") is some
# other column. Order matters: the first role whose word opens the label wins.
# Source: bulk (Quyết định 2530/QĐ-TTg: phụ lục tables), Nghị định 30/2020 Phụ lục I.
ROLE_OPENERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("partner", ("phối hợp",)),
    ("time", ("thời gian", "thời hạn", "tiến độ")),
    ("result", ("sản phẩm", "kết quả", "chỉ tiêu")),
    ("task", ("nhiệm vụ", "nội dung", "công việc", "tên nhiệm vụ", "tên dự án", "tên đề án", "dự án", "đề án",
              "giải pháp", "hoạt động")),
    ("lead", ("chủ trì", "thực hiện", "trách nhiệm", "chịu trách nhiệm")),
)
BODY_WORDS: tuple[str, ...] = ("cơ quan, đơn vị", "cơ quan", "đơn vị")

# Words after the bodies of a lead or partner cell that open the share of the work that
# is theirs, not one more name ("Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn ...
# áp dụng chung toàn quốc; các bộ, ngành với các tiêu chuẩn ... nội ngành"; Quyết định
# 2629/QĐ-TTg, Phụ lục II).
SHARE_OPENERS: tuple[str, ...] = ("với", "đối với")
