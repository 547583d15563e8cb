"""A scanned number's type code made to agree with the type name printed above the subject.

On a scanned page Tesseract misreads one letter of the type code ("23/ĐC-UBND" for the
BÁO CÁO 23/BC-UBND) or reads a bold letter twice ("157/QĐĐ-NĐ-UB"). The type name says
which code the number carries (Decree 30/2020 Phụ lục III). Where the first page was
OCR'd and the number's first code is no type code at all, but is the title's code with
one letter changed or one letter doubled, the title's code is taken and a warning says
so. A number from a text layer or a typed file stays as printed, and a code that is some
type's code (a Thông báo numbered "…/CT-…") is never changed.
"""
from __future__ import annotations

import re

from extractors import numbers
from extractors.data.doc_types import by_code, by_name
from models.extraction import Extraction, LoadMeta

# serial, an optional year, the first code, the rest: "23/ĐC-UBND", "01/2024/QĐĐ-UBND"
_FIRST_CODE = re.compile(rf"^(?P<head>[^/]+/(?:{numbers.YEAR}/)?)(?P<code>[^\W\d_]+)(?P<tail>[-/].*)?$")


def _misread(code: str, wanted: str) -> bool:
    """`code` is `wanted` with one letter read wrong, or with one of its letters doubled."""
    if len(code) == len(wanted):
        return sum(a != b for a, b in zip(code, wanted)) == 1
    return len(code) == len(wanted) + 1 and any(
        code[i] == code[i + 1] and code[:i] + code[i + 1:] == wanted for i in range(len(code) - 1))


def _scanned_first_page(meta: LoadMeta | None) -> bool:
    return bool(meta and meta.pages and meta.pages[0].method == "ocr")


def agree_type_code(ex: Extraction, meta: LoadMeta | None) -> list[str]:
    """Put the title's type code in a scanned number whose code OCR misread; one warning
    when it does."""
    if not (ex.number and ex.doc_type and _scanned_first_page(meta)):
        return []
    known = by_name(ex.doc_type)
    m = _FIRST_CODE.match(ex.number)
    if known is None or known.code is None or m is None or by_code(m["code"]) is not None:
        return []
    if not _misread(m["code"], known.code):
        return []
    number = m["head"] + known.code + (m["tail"] or "")
    warning = (f"number {ex.number!r} read as {number!r}: its type code {m['code']!r} taken for "
               f"{known.code!r}, the code of the title {ex.doc_type!r}")
    ex.number, ex.number_parts = number, numbers.parse(number, ex.doc_type)
    return [warning]
