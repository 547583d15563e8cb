"""Kính gửi and Nơi nhận lists.

Decree 30/2020 Phụ lục I, ô số 9a/9b: one recipient per line, opened by a dash
and closed by ";" (the last by "."); a single recipient may stand on the label's
line ("Kính gửi: Sở Nội vụ."). Items wrap over several lines; an address in
parentheses under a recipient is not part of its name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.data import layout_markers as M
from extractors.lines import (
    Line,
    is_blank,
    is_upper,
    opening,
    pattern,
    starts_body,
    wrapped_label,
)
from extractors.regexes import labelled
from extractors.signer import is_name_line, unfold

_ABBREVIATION_END = re.compile(r"(?:^|[\s,:])\w{1,3}\.$")  # an item wrapped after "P." of "P. LĐTL..."
_ADDRESS_AFTER = re.compile(r";\s*\(.*\)$")  # "Công ty X; (Địa chỉ: ...)"
_LABEL = re.compile(rf"^\W*(?:{labelled(M.RECIPIENTS_LABELS, first_lost=True)}|{labelled(M.CC_LABELS)})\s*"
                    rf"|^.*?\b{M.TELEGRAM_RECIPIENTS_VERB}\s*:\s*", re.I)
_TRAILING = " \t;.,:"
_MAX_ITEM_WORDS = 25
_MAX_TAIL_WORDS = 8
_MAX_TAIL_LINES = 3


@dataclass
class _List:
    items: list[str] = field(default_factory=list)
    bullets: bool = False
    closed: bool = False  # the current item ended with ; or . or an address
    in_paren: bool = False

    def start(self, s: str) -> None:
        self.items.append(s)
        self.closed = s.rstrip().endswith((";", "."))

    def extend(self, s: str) -> None:
        self.items[-1] = f"{self.items[-1]} {s}".strip()
        self.closed = s.rstrip().endswith((";", "."))


def _dangling(item: str) -> bool:
    """An item cut after a lower-case word or a comma: its next line continues it."""
    words = item.split()
    return bool(words) and not item.endswith((";", ".")) and (words[-1][:1].islower() or item.endswith(","))


def _closing_tail(lines: list[Line], j: int) -> bool:
    """Short lines from line j closing a wrapped recipient, with ";" or "." or before an
    address in parentheses: "Kính gửi: Thuế tỉnh Hà" / "Tĩnh.", "... Công ty TNHH KGL" /
    "Việt" / "Nam tại TP. HCM.", "Kính gửi: Bà Huỳnh Thị Mỹ" / "Hằng" / "(Địa chỉ: ...)";
    not the body's first words ("Căn" / "cứ Luật ...;")."""
    words: list[str] = []
    for k in range(j, min(len(lines), j + _MAX_TAIL_LINES)):
        if is_blank(lines[k]):
            return False
        words += lines[k].text.split()
        if len(words) > _MAX_TAIL_WORDS:
            return False
        closed = k + 1 < len(lines) and lines[k + 1].text.startswith("(")  # an address under it
        if words[-1].endswith((".", ";")) or closed:
            return not starts_body(" ".join(words))
    return False


def _complete(item: str) -> bool:
    """An inline recipient that reads as a whole name: several words, the last capitalised."""
    words = item.split()
    return len(words) > 1 and words[-1][:1].isupper()


def _bullet(s: str) -> str | None:
    """The text after a list dash, or None when the line is not a list item."""
    if s.startswith(M.LIST_BULLETS) and not s.startswith("**"):
        return s[1:].strip()
    return None


def read_list(lines: list[Line], label: int, *, cc: bool) -> tuple[list[str], int]:
    """The items of the list whose label ("Kính gửi:", "Nơi nhận:", "... điện:") is on
    line `label`, and the index of the first line after the list."""
    state = _List()
    first = _LABEL.sub("", lines[label].text, count=1).strip()
    if wrapped_label(lines, label, M.RECIPIENTS_LABELS + M.CC_LABELS):
        word = lines[label].text
        label += 1
        first = _LABEL.sub("", f"{word} {lines[label].text}", count=1).strip()
    if first:
        item = _bullet(first)
        state.bullets = item is not None
        state.start(item if item is not None else first)
    end, blanks = label + 1, 0
    for j in range(label + 1, len(lines)):
        s = lines[j].text
        if is_blank(lines[j]) and _bullet(s) is None:
            blanks += 1
            continue
        if not _takes(state, lines, j, blanks=blanks, cc=cc):
            break
        end, blanks = j + 1, 0
    items = [clean_item(x) for x in _split_inline(state)]
    return [_ADDRESS_AFTER.sub("", x) if not cc else x for x in items if x], end


def _takes(state: _List, lines: list[Line], j: int, *, blanks: int, cc: bool) -> bool:
    """Add line j to the list being read; False when it lies past the list's end."""
    s = lines[j].text
    item = _bullet(s)
    if state.in_paren:
        state.in_paren = ")" not in s
    elif item is not None:
        state.bullets = True
        state.start(item)
    elif pattern("authority").match(s) or pattern("cc").match(s) or pattern("recipients").match(s):
        return False  # the signature, the copy list or a further label ("Đồng kính gửi:")
    elif cc and state.items and (is_name_line(s) or unfold(s) is not None):
        return False  # the signer's name beside or after the list, its title lost under a seal, or the whole
        # signature on one line ("THỦ TƯỚNG Nguyễn Xuân Phúc")
    elif state.items and not state.items[-1]:  # the text of a bare dash ("-" / "Như trên;")
        state.extend(s)
    elif s.startswith("(") and state.items and (state.closed or not cc):
        state.in_paren, state.closed = ")" not in s, True  # an address under the recipient
    elif cc and state.items and not blanks and _ABBREVIATION_END.search(state.items[-1]) \
            and not pattern("title_word").search(s):
        state.extend(s)  # "- Lưu: VT, P." / "LĐTLBHXH (ĐT)."
    elif not cc and starts_body(opening(lines, [j, j + 1] if j + 1 < len(lines) else [j])):
        return False
    elif state.items and not blanks and _dangling(state.items[-1]):
        state.extend(s)  # "- Các cơ quan ..., cơ quan hành chính khác thuộc" / "Ủy ban nhân dân Thành phố;"
    elif not cc and not blanks and state.items and not state.closed and _closing_tail(lines, j):
        state.extend(s)  # a recipient's wrapped end: "... Công ty TNHH" / "KGL" / "Việt Nam tại TP. HCM."
    elif (blanks and state.items and not s[:1].islower()) \
            or (is_upper(s) and (not cc or state.closed or pattern("title_word").search(s))
                and not (cc and state.bullets and s.endswith(";"))):  # "- Các Bộ: TC;" / "NN&MT;"
        return False
    elif not state.items:
        state.start(s)
    elif state.closed and not s[:1].islower():
        if state.bullets and cc:
            state.extend(s)  # a copy-list item wrapped after ";" ("VPCP: ...;" / "các Vụ: ...")
        elif state.bullets or not state.items[-1].endswith(";") or len(s.split()) > _MAX_ITEM_WORDS:
            return False
        else:
            state.start(s)  # recipients one per line without dashes
    elif not cc and not state.bullets and not s[:1].islower() and _complete(state.items[-1]):
        return False  # "Kính gửi: Thuế tỉnh Quảng Ninh" / "Cục Thuế nhận được ..."
    else:
        state.extend(s)
    return True


_JOINED_ITEMS = re.compile(r";\s+[-–+•]\s+")


def _split_inline(state: _List) -> list[str]:
    """Several items on one line: "Sở A; Sở B." without dashes, "Sở A; - Sở B" with them."""
    if state.bullets:
        return [part for item in state.items for part in _JOINED_ITEMS.split(item)]
    return [part for item in state.items for part in item.split(";")]


def clean_item(s: str) -> str:
    """Without its dash and the closing ";" or "."; inner text as printed."""
    return " ".join(s.split()).strip(_TRAILING).strip()


def read_addressees(lines: list[Line], label: int) -> tuple[list[str], int]:
    """The Kính gửi list on line `label` and the co-addressee lists that follow it
    ("Đồng kính gửi:"), and the index of the first line after them."""
    items, end = read_list(lines, label, cc=False)
    k = end
    while k < len(lines):
        if is_blank(lines[k]):
            k += 1
        elif pattern("recipients").match(lines[k].text) or wrapped_label(lines, k, M.RECIPIENTS_LABELS):
            more, end = read_list(lines, k, cc=False)
            items, k = items + more, end
        else:
            break
    return items, end
