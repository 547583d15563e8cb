"""The fixed lines of a letter's layout, restored where OCR slipped on a tone mark.

Every letter prints the same few lines (Decree 30/2020 Phụ lục I): the quốc hiệu, the
tiêu ngữ, the type name as its title, and labels such as "Số:" and "Nơi nhận:". In
capitals Tesseract often takes one tone mark for another ("CỌNG HÒA", "QUYÉT ĐỊNH",
"Só:"), and then the header reader no longer knows the line. An OCR'd line whose
letters, tone marks aside, are exactly one of these lines (or which opens with one of
the labels) is given back its printed form; any other line is left as read.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from extractors.data import doc_types
from extractors.data import layout_markers as M

_LABELS = (M.NUMBER_LABEL, *M.RECIPIENTS_LABELS, *M.CC_LABELS)
_LABEL = re.compile(r"^\s*(\w+(?:\s\w+)?)\s*:")


def _bare(s: str) -> str:
    """Upper case, tone marks and punctuation dropped, spaces collapsed."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", s).upper().split())


@cache
def _lines() -> dict[str, str]:
    lines = [*M.NATIONAL_TITLE, *M.MOTTO, *M.PARTY_TITLE, *(n.upper() for n in doc_types.type_names())]
    return {_bare(line): line for line in reversed(lines)}  # the first spelling of a line wins


@cache
def _labels() -> dict[str, str]:
    return {_bare(label): label for label in _LABELS}


def restore(text: str) -> str:
    """`text` (one OCR'd segment) with a fixed line or label given back its printed form."""
    core = text.strip()
    colon = ":" if core.endswith(":") else ""
    line = _lines().get(_bare(core))
    if line is not None and line.isupper() == core.isupper():  # a title in capitals, or the tiêu ngữ
        return line + colon
    m = _LABEL.match(text)
    if m:
        label = _labels().get(_bare(m[1]))
        if label is not None:
            return label + ":" + text[m.end():]
    return text
