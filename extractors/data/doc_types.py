"""Document types and their abbreviations (ký hiệu), as one data table.

Rows are (name, code, source). The name is written as Vietnamese writes the
type (`Quyết định`); the code is the abbreviation used in a số ký hiệu
(`01/2024/QĐ-UBND`). Types without a code of their own (a công văn) have
code None. Other stages import the public helpers at the bottom:

    DOC_TYPES            every row
    by_code("QĐ")        -> DocType for a type code (exact, then case-insensitive)
    by_name("QUYẾT ĐỊNH") -> DocType for a printed type name (any case, any tone style)
    type_names()         names, longest first (for building alternations)
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from extractors.data.tones import fold_name

D30 = "Decree 30/2020/NĐ-CP Phụ lục III"
L80 = "Law 80/2015/QH13 Art. 4 (legal documents)"
P36 = "Hướng dẫn 36-HD/VPTW (party documents)"


@dataclass(frozen=True)
class DocType:
    name: str
    code: str | None
    source: str


_ROWS: tuple[tuple[str, str | None, str], ...] = (
    # Decree 30/2020/NĐ-CP, Phụ lục III, I. (administrative documents), in its order
    ("Nghị quyết", "NQ", D30 + " 1 (cá biệt); also " + L80),
    ("Quyết định", "QĐ", D30 + " 2"),
    ("Chỉ thị", "CT", D30 + " 3"),
    ("Quy chế", "QC", D30 + " 4"),
    ("Quy định", "QyĐ", D30 + " 5"),
    ("Thông cáo", "TC", D30 + " 6"),
    ("Thông báo", "TB", D30 + " 7"),
    ("Hướng dẫn", "HD", D30 + " 8"),
    ("Chương trình", "CTr", D30 + " 9"),
    ("Kế hoạch", "KH", D30 + " 10"),
    ("Phương án", "PA", D30 + " 11"),
    ("Đề án", "ĐA", D30 + " 12"),
    ("Dự án", "DA", D30 + " 13"),
    ("Báo cáo", "BC", D30 + " 14"),
    ("Biên bản", "BB", D30 + " 15"),
    ("Tờ trình", "TTr", D30 + " 16"),
    ("Hợp đồng", "HĐ", D30 + " 17"),
    ("Công điện", "CĐ", D30 + " 18"),
    ("Bản ghi nhớ", "GN", D30 + " 19"),
    ("Bản thỏa thuận", "TTh", D30 + " 20"),
    ("Giấy ủy quyền", "GUQ", D30 + " 21"),
    ("Giấy mời", "GM", D30 + " 22"),
    ("Giấy giới thiệu", "GGT", D30 + " 23"),
    ("Giấy nghỉ phép", "GNP", D30 + " 24"),
    ("Phiếu gửi", "PG", D30 + " 25"),
    ("Phiếu chuyển", "PC", D30 + " 26"),
    ("Phiếu báo", "PB", D30 + " 27"),
    # Decree 30/2020 Phụ lục III, II. (copies)
    ("Bản sao y", "SY", D30 + " II.1"),
    ("Bản trích sao", "TS", D30 + " II.2"),
    ("Bản sao lục", "SL", D30 + " II.3"),
    # Decree 30/2020 Art. 7: the letter without a type name (V/v ...); party letters use CV
    ("Công văn", None, "Decree 30/2020/NĐ-CP Art. 7"),
    # Legal documents
    ("Nghị định", "NĐ", L80),
    ("Thông tư liên tịch", "TTLT", L80 + " (before 2016)"),
    ("Thông tư", "TT", L80),
    ("Nghị quyết liên tịch", "NQLT", L80),
    ("Pháp lệnh", "PL", L80),
    ("Văn bản hợp nhất", "VBHN", "Ordinance 01/2012/UBTVQH13 (consolidation)"),
    ("Luật", "QH", L80 + " (laws are numbered .../QHnn)"),
    # Party documents
    ("Kết luận", "KL", P36),
    ("Thông tri", "TTr", P36 + " (same code as Tờ trình; Tờ trình wins a lookup)"),
)

DOC_TYPES: tuple[DocType, ...] = tuple(DocType(*row) for row in _ROWS)

# Party letters number themselves 123-CV/TU: CV is a công văn.
_EXTRA_CODES: dict[str, str] = {"CV": "Công văn"}  # Hướng dẫn 36-HD/VPTW


@cache
def _by_name() -> dict[str, DocType]:
    return {fold_name(t.name): t for t in DOC_TYPES}


@cache
def _by_code() -> dict[str, DocType]:
    out: dict[str, DocType] = {}
    for t in DOC_TYPES:
        if t.code and t.code not in out:
            out[t.code] = t
    for code, name in _EXTRA_CODES.items():
        out[code] = _by_name()[fold_name(name)]
    return out


@cache
def _by_code_folded() -> dict[str, DocType]:
    out: dict[str, DocType] = {}
    for code, t in _by_code().items():
        out.setdefault(code.casefold(), t)
    return out


# Words printed before a type name that leave it the same type: older attached rules
# are titled "BẢN QUY ĐỊNH", "BẢN QUY CHẾ" (the pre-2004 form; shared/corpus/legacy hd_053).
NAME_PREFIXES: tuple[str, ...] = ("Bản",)


def by_name(name: str) -> DocType | None:
    """The type a printed name denotes, in any case or tone style; None if unknown."""
    folded = fold_name(name)
    found = _by_name().get(folded)
    if found is None:
        for prefix in NAME_PREFIXES:
            head = fold_name(prefix) + " "
            if folded.startswith(head):
                found = _by_name().get(folded[len(head):])
    return found


def by_code(code: str) -> DocType | None:
    """The type a số ký hiệu code denotes (`QĐ`, `CTr`, `qđ`); None if unknown."""
    code = unicodedata.normalize("NFC", code.strip())
    return _by_code().get(code) or _by_code_folded().get(code.casefold())


def type_names() -> tuple[str, ...]:
    """All type names, longest first, for building alternations."""
    return tuple(sorted((t.name for t in DOC_TYPES), key=len, reverse=True))
