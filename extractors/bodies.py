"""Issuing bodies: canonical names and their place in the administrative map.

    canonical("UỶ BAN NHÂN DÂN HUYỆN BÌNH SƠN") -> "Ủy ban nhân dân huyện Bình Sơn"
    canonical("UBND tỉnh")                      -> "Ủy ban nhân dân tỉnh"
    split_bodies(["UBND THÀNH PHỐ HÀ", "NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"])
        -> ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    make_body("UBND huyện", place="Bình Sơn") -> Body(name="UBND huyện Bình Sơn",
        level="huyện", province="Quảng Ngãi", province_2025="Quảng Ngãi", ...)

The map (extractors/data/admin_divisions.tsv) holds the 63 provinces and their
districts before the 2025 reorganisation, the 34 provinces after it and their
wards; build_admin_divisions.py regenerates it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractors.data import agencies as A
from extractors.data.tones import unify_tones
from models.extraction import Body

def _fold(s: str) -> str:
    return " ".join(unify_tones(s).casefold().split())


# --- casing ----------------------------------------------------------------------

@cache
def _heads() -> tuple[tuple[list[str], str], ...]:
    heads = set(A.BODY_HEADS)
    return tuple(sorted(((_fold(h).split(), h) for h in heads), key=lambda x: -len(x[0])))


@cache
def _heads_by_first() -> dict[str, tuple[tuple[list[str], str], ...]]:
    """_heads() grouped by their first word, in the same order."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for words, head in _heads():
        out.setdefault(words[0], []).append((words, head))
    return {k: tuple(v) for k, v in out.items()}


_LOCALITY = {tuple(k.split()): k for k in A.LOCALITY_LEVELS}
_LOCALITY_LONGEST_FIRST = tuple(sorted(_LOCALITY, key=len, reverse=True))
_CONNECTORS = {"và", "-", "–", ",", "&"}
# First words of two-word unit names ("thành" of "thành phố", "đặc" of "đặc khu"): a line
# ending with one was wrapped inside the unit word.
_UNIT_FIRST_WORDS = frozenset(k.split()[0] for k in A.LOCALITY_LEVELS if " " in k)


def _match_head(folded: list[str], i: int) -> tuple[int, str] | None:
    for words, head in _heads_by_first().get(folded[i], ()) if i < len(folded) else ():
        if folded[i:i + len(words)] == words:
            return len(words), head
    return None


def _match_locality(folded: list[str], i: int, *, bare: bool = False) -> int:
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
        if words[i] in A.ABBREVIATIONS and words[i].isupper():
            out.append(words[i])
            i, cap_next = i + 1, True
            continue
        head = _match_head(folded, i) if i == 0 or out[-1].endswith(",") else None
        if head:
            out.extend(head[1].split())
            i, proper, cap_next = i + head[0], False, True
            continue
        n = _match_locality(folded, i) if i and out[-1].casefold() not in _CONNECTORS else 0
        if n:
            out.extend(folded[i:i + n])
            i, proper = i + n, True
            continue
        out.append(_cap(folded[i]) if proper or cap_next else folded[i])
        cap_next = folded[i] in _CONNECTORS
        i += 1
    return " ".join(out)


def canonical(name: str) -> str:
    """Abbreviations expanded, tones unified, capitals as in running text."""
    words = []
    for w in unify_tones(name).split():
        words.extend(A.ABBREVIATIONS.get(w, w).split())
    text = " ".join(words)
    printed = [c for w in name.split() if w not in A.ABBREVIATIONS for c in w if c.isalpha()]
    if printed and sum(c.isupper() for c in printed) / len(printed) > 0.6:
        return proper_case(text)
    return text[:1].upper() + text[1:]


# --- splitting the header's agency column --------------------------------------

def incomplete_name(current: str, *, bare_head: bool = True) -> bool:
    """Text that cannot end a body's name ("ỦY", "ỦY BAN NHÂN", "... VÀ XÃ"), nor,
    with bare_head, a kind of body without its name ("CỤC")."""
    folded = _fold(current).split()
    if not folded:
        return True
    head = _match_head(folded, 0)
    if bare_head and head and head[0] == len(folded) and head[1] not in A.SELF_NAMED_HEADS:
        return True
    if folded[-1] in _CONNECTORS or folded[-1] in _UNIT_FIRST_WORDS:
        return True
    if any(tuple(folded[-len(k):]) == k for k in _LOCALITY):
        return True
    return any(len(words) > len(folded) and words[:len(folded)] == folded
               for words, _ in _heads_by_first().get(folded[0], ()))


def _opens_head(folded: list[str], following: list[str]) -> bool:
    """A head opens the line, maybe wrapped onto the next one ("TRUNG" / "TÂM PHỤC VỤ ...")."""
    if _match_head(folded, 0) is not None:
        return True
    wrapped = _match_head(folded + following, 0)
    return wrapped is not None and wrapped[0] > len(folded)


def split_bodies(lines: list[str]) -> list[str]:
    """Join the wrapped lines of the header's agency column into one name per body,
    parent body first."""
    bodies: list[str] = []
    clean = [" ".join(s.split()) for s in lines if s.strip()]
    for i, line in enumerate(clean):
        folded = _fold(line).split()
        starts = _opens_head(folded, _fold(clean[i + 1]).split() if i + 1 < len(clean) else [])
        starts = starts or line.split()[0] in A.ABBREVIATIONS
        if bodies and (not starts or incomplete_name(bodies[-1])):
            bodies[-1] = f"{bodies[-1]} {line}"
        else:
            bodies.append(line)
    return bodies


# --- the administrative map ----------------------------------------------------

_TABLE = Path(__file__).with_name("data") / "admin_divisions.tsv"


@dataclass(frozen=True)
class Division:
    kind: str  # province | province2025 | district | ward2025
    name: str  # with its unit word: "Huyện Bình Sơn"
    province: str  # pre-2025 province (short name), "" for post-2025 rows
    province_2025: str


@cache
def divisions() -> tuple[Division, ...]:
    rows = []
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(Division(*line.split("\t")))
    return tuple(rows)


_UNIT_WORDS = tuple(sorted((k for k in A.LOCALITY_LEVELS), key=len, reverse=True))


def _bare(name: str) -> str:
    """"Huyện Bình Sơn" -> "bình sơn"; "Thành phố Hồ Chí Minh" -> "hồ chí minh"."""
    f = _fold(name)
    for unit in _UNIT_WORDS:
        if f.startswith(unit + " "):
            return f[len(unit) + 1:]
    return f


@cache
def _index() -> dict[tuple[str, str], tuple[Division, ...]]:
    """(kind group, bare name) -> divisions; kind group is province | district | ward."""
    out: dict[tuple[str, str], list[Division]] = {}
    for d in divisions():
        group = {"province2025": "province"}.get(d.kind, d.kind.replace("2025", ""))
        out.setdefault((group, _bare(d.name)), []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def lookup(kind: str, name: str) -> tuple[Division, ...]:
    """Divisions of a kind (province | district | ward) with this name, unit word optional."""
    return _index().get((kind, _bare(name)), ())


def _unit_and_name(canon: str) -> tuple[str, str] | None:
    """The last "<unit word> <Proper Name>" in a canonical body name (name "" when bare)."""
    words = canon.split()
    folded = [w.casefold() for w in words]
    found = None
    i = 1
    while i < len(words):
        n = _match_locality(folded, i, bare=True) if folded[i - 1] not in _CONNECTORS else 0
        if not n:
            i += 1
            continue
        proper = []
        for w in words[i + n:]:
            if not w[:1].isupper() and not w[:1].isdigit():
                break
            proper.append(w)
        found = (" ".join(folded[i:i + n]), " ".join(proper))
        i += n
    return found


def place_in_map(canon: str, *, context: str = "") -> tuple[str | None, str | None, str | None]:
    """(level, province, province_2025) of a canonical body name. `context` (the
    document's text) settles a district name shared by several provinces."""
    un = _unit_and_name(canon)
    if un is None:
        head = _match_head(_fold(canon).split(), 0)
        central = head is not None and head[1] in A.CENTRAL_HEADS
        return ("trung ương" if central else None), None, None
    unit, name = un
    level = A.LOCALITY_LEVELS[unit]
    if not name:
        return level, None, None
    if level == "tỉnh" or unit == "thành phố":
        hits = lookup("province", name)
        if hits:
            old = next((d for d in hits if d.kind == "province"), None)
            return "tỉnh", old.province if old else None, hits[0].province_2025
        if unit == "thành phố":
            level = "huyện"
    kind = "district" if level == "huyện" else "ward"
    hits = lookup(kind, f"{unit} {name}") or lookup(kind, name)
    if not hits:
        return level, None, None
    if len({d.province_2025 for d in hits}) > 1 or len({d.province for d in hits}) > 1:
        named = [d for d in hits if (d.province and d.province in context) or d.province_2025 in context]
        hits = tuple(named) if named else hits
    provinces = {d.province for d in hits if d.province}
    new = {d.province_2025 for d in hits}
    return level, (provinces.pop() if len(provinces) == 1 else None), (new.pop() if len(new) == 1 else None)


def complete_locality(name: str, place: str | None) -> str:
    """"UBND huyện" + place "Bình Sơn" -> "UBND huyện Bình Sơn" when the place is such a unit."""
    un = _unit_and_name(canonical(name))
    if not place or un is None or un[1]:
        return name
    unit = un[0]
    level = A.LOCALITY_LEVELS[unit]
    kind = {"huyện": "district", "xã": "ward"}.get(level)
    if kind and lookup(kind, f"{unit} {place}"):
        return f"{name} {place}"
    return name


def make_body(name: str, *, parent: str | None = None, context: str = "") -> Body:
    """A Body with its canonical name and its place in the administrative map;
    a body named without its locality ("Sở Nội vụ") takes it from its parent."""
    canon = canonical(name)
    level, province, province_2025 = place_in_map(canon, context=context)
    if parent and province is None and province_2025 is None:
        plevel, province, province_2025 = place_in_map(canonical(parent), context=context)
        if level is None and plevel in ("tỉnh", "huyện", "xã"):
            level = plevel
        elif level is None:
            level = plevel
    return Body(name=" ".join(name.split()), canonical=canon, parent=canonical(parent) if parent else None,
                level=level, province=province, province_2025=province_2025)
