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
