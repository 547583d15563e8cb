"""Agency names: the one home for how a body's name is spelled, shown and keyed.

    canonical("UỶ BAN NHÂN DÂN HUYỆN BÌNH SƠN") -> "Ủy ban nhân dân huyện Bình Sơn"
    canonical("UBND tỉnh")                      -> "Ủy ban nhân dân tỉnh"
    group_key("Giám đốc Sở Nội vụ"), group_key("SNV") -> "Sở Nội vụ"
    store_key("UBND Tỉnh Quảng Ngãi")            -> "ủy ban nhân dân tỉnh quảng ngãi"

`canonical` is the name users see (abbreviations of heads expanded, capitals as in
running text, Decree 30/2020 Phụ lục II); `group_key` puts the names of one body in a
list of assignees together (office holder and determiner dropped, initials spelled
out); `store_key` is what the store compares issuers by (folded, every abbreviation
spelled out, an office holder dropped). All three read the one abbreviation table
(`extractors.data.agencies.ABBREVIATIONS`) and the unit words of local government
(`LOCALITY_LEVELS`).
"""
from __future__ import annotations

import re
from functools import cache

from extractors.data import agencies as A
from extractors.data import assignee_names as N
from extractors.data.tones import fold_name, unify_tones
from extractors.regexes import guarded

# The unit words of local government ("thành phố", "xã"), longest first.
LEVEL_WORDS: tuple[str, ...] = tuple(sorted(A.LOCALITY_LEVELS, key=len, reverse=True))


# --- casing ----------------------------------------------------------------------

@cache
def _heads() -> tuple[tuple[list[str], str], ...]:
    heads = set(A.BODY_HEADS)
    return tuple(sorted(((fold_name(h).split(), h) for h in heads), key=lambda x: -len(x[0])))


@cache
def heads_by_first() -> dict[str, tuple[tuple[list[str], str], ...]]:
    """_heads() grouped by their first word, in the same order."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for words, head in _heads():
        out.setdefault(words[0], []).append((words, head))
    return {k: tuple(v) for k, v in out.items()}


LOCALITY = {tuple(k.split()): k for k in A.LOCALITY_LEVELS}
_LOCALITY_LONGEST_FIRST = tuple(sorted(LOCALITY, key=len, reverse=True))
CONNECTORS = {"và", "-", "–", ",", "&"}
# First words of two-word unit names ("thành" of "thành phố", "đặc" of "đặc khu"): a line
# ending with one was wrapped inside the unit word.
UNIT_FIRST_WORDS = frozenset(k.split()[0] for k in A.LOCALITY_LEVELS if " " in k)


def match_head(folded: list[str], i: int) -> tuple[int, str] | None:
    for words, head in heads_by_first().get(folded[i], ()) if i < len(folded) else ():
        if folded[i:i + len(words)] == words:
            return len(words), head
    return None


def match_locality(folded: list[str], i: int, *, bare: bool = False) -> int:
    """Length of the unit word ("huyện", "thị xã") at i, followed by a name unless bare."""
    for words in _LOCALITY_LONGEST_FIRST:
        if tuple(folded[i:i + len(words)]) == words and (bare or i + len(words) < len(folded)):
            return len(words)
    return 0


def _cap(w: str) -> str:
    return w[:1].upper() + w[1:]


def proper_case(name: str) -> str:
    """Capitalise an agency name the way running text writes it (Decree 30/2020
    Phụ lục II): "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG" -> "Sở Giáo dục và Đào tạo tỉnh Cao Bằng"."""
    words = unify_tones(name).split()
    folded = [w.casefold() for w in words]
    out: list[str] = []
    i, proper, cap_next = 0, False, True
    while i < len(words):
        if words[i] in A.HEAD_ABBREVIATIONS and words[i].isupper():
            out.append(words[i])
            i, cap_next = i + 1, True
            continue
        head = match_head(folded, i) if i == 0 or out[-1].endswith(",") else None
        if head:
            out.extend(head[1].split())
            i, proper, cap_next = i + head[0], False, True
            continue
        n = match_locality(folded, i) if i and out[-1].casefold() not in CONNECTORS else 0
        if n:
            out.extend(folded[i:i + n])
            i, proper = i + n, True
            continue
        out.append(_cap(folded[i]) if proper or cap_next else folded[i])
        cap_next = folded[i] in CONNECTORS
        i += 1
    return " ".join(out)


def canonical(name: str) -> str:
    """Abbreviations expanded, tones unified, capitals as in running text."""
    words = []
    for w in unify_tones(name).split():
        words.extend(A.HEAD_ABBREVIATIONS.get(w, w).split())
    text = " ".join(words)
    printed = [c for w in name.split() if w not in A.HEAD_ABBREVIATIONS for c in w if c.isalpha()]
    if printed and sum(c.isupper() for c in printed) / len(printed) > 0.6:
        return proper_case(text)
    return text[:1].upper() + text[1:]


# --- keys --------------------------------------------------------------------------

# Abbreviations as the keys read them: lower case; the store's words drop their dots.
_LOWER_ABBREVIATIONS = {k.lower(): v for k, v in A.ABBREVIATIONS.items()}
_KEY_ABBREVIATIONS = {k.casefold(): v.casefold() for k, v in A.ABBREVIATIONS.items() if not k.endswith(".")}
_JOIN = "&"  # "SNN&MT", "GD&ĐT": two abbreviations, or one, joined by "&"; a bare "&" is dropped
_F = re.IGNORECASE
_RE_START = re.compile(rf"(?:(?:{guarded(N.DETERMINERS)})\s+)?(?!(?:{guarded(N.NOT_NAMES)})(?![\w]))"
                       rf"(?:{guarded(N.OFFICE_TITLES + N.BODY_HEADS)})(?![\w])", _F)
_RE_TITLE = re.compile(rf"(?:{guarded(N.OFFICE_TITLES)})\s+", _F)
_RE_LEAD_DET = re.compile(rf"(?:{guarded(N.DETERMINERS)})\s+", _F)
_RE_ABBR = re.compile(r"[\w&.]+")
_RE_KEY_WORD = re.compile(r"[\w&]+")
_RE_WHITE = re.compile(r"\s+")


def group_key(name: str) -> str:
    """One key per body among assignees: abbreviations expanded, old tone marks unified,
    office title and determiner dropped ("Giám đốc Sở Nội vụ", "SNV" -> "Sở Nội vụ")."""
    s = unify_tones(name)
    s = _RE_ABBR.sub(lambda m: _expand(m.group(0)), s)
    s = _RE_WHITE.sub(" ", s).strip()
    while True:
        t = _RE_TITLE.match(s)
        if not t or not _RE_START.match(s, t.end()):
            break
        body = N.TITLE_BODIES.get(_RE_WHITE.sub(" ", t.group(0).strip().lower()))
        s = f"{body} {s[t.end():]}" if body else s[t.end():]
    d = _RE_LEAD_DET.match(s)
    if d and _RE_START.match(s, d.end()):
        s = s[d.end():]
    return s[:1].upper() + s[1:]


def _expand(word: str) -> str:
    parts = word.split(_JOIN)
    if len(parts) > 1 and all(p.lower() in _LOWER_ABBREVIATIONS for p in parts if p):
        return " và ".join(_LOWER_ABBREVIATIONS[p.lower()] for p in parts if p)
    return _LOWER_ABBREVIATIONS.get(word.lower(), word) if word.isupper() else word


def store_key(name: str | None) -> str | None:
    """What the store compares issuers by: folded, abbreviations spelled out, an office
    holder dropped from the front ("Chủ tịch UBND huyện X" -> "ủy ban nhân dân huyện x")."""
    if not name:
        return None
    words = []
    for w in _RE_KEY_WORD.findall(fold_name(name)):
        words.extend(_KEY_ABBREVIATIONS.get(w, w).split())
    s = " ".join(words)
    for office in A.KEY_DROPPED_OFFICES:
        if s.startswith(office + " "):
            s = s[len(office) + 1:]
            break
    return s or None
