"""Issuing bodies: the header's agency column split into bodies, and their place
in the administrative map (their names are spelled by `extractors.agency_names`).

    split_bodies(["UBND THÀNH PHỐ HÀ", "NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"])
        -> ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    make_body("UBND huyện", place="Bình Sơn") -> Body(name="UBND huyện Bình Sơn",
        level="huyện", province="Quảng Ngãi", province_2025="Quảng Ngãi", ...)

The map (extractors/data/admin_divisions.tsv) holds the 63 provinces and their
districts before the 2025 reorganisation, the 34 provinces after it and their
wards; build_admin_divisions.py regenerates it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractors.agency_names import (
    CONNECTORS,
    LEVEL_WORDS,
    LOCALITY,
    UNIT_FIRST_WORDS,
    canonical,
    heads_by_first,
    match_head,
    match_locality,
)
from extractors.data import agencies as A
from extractors.data.tones import fold_name
from models.extraction import Body

# --- splitting the header's agency column --------------------------------------

def incomplete_name(current: str, *, bare_head: bool = True) -> bool:
    """Text that cannot end a body's name ("ỦY", "ỦY BAN NHÂN", "... VÀ XÃ"), nor,
    with bare_head, a kind of body without its name ("CỤC")."""
    folded = fold_name(current).split()
    if not folded:
        return True
    head = match_head(folded, 0)
    if bare_head and head and head[0] == len(folded) and head[1] not in A.SELF_NAMED_HEADS:
        return True
    if folded[-1] in CONNECTORS or folded[-1] in UNIT_FIRST_WORDS:
        return True
    if any(tuple(folded[-len(k):]) == k for k in LOCALITY):
        return True
    return any(len(words) > len(folded) and words[:len(folded)] == folded
               for words, _ in heads_by_first().get(folded[0], ()))


def _opens_head(folded: list[str], following: list[str]) -> bool:
    """A head opens the line, maybe wrapped onto the next one ("TRUNG" / "TÂM PHỤC VỤ ...")."""
    if match_head(folded, 0) is not None:
        return True
    wrapped = match_head(folded + following, 0)
    return wrapped is not None and wrapped[0] > len(folded)


def split_bodies(lines: list[str]) -> list[str]:
    """Join the wrapped lines of the header's agency column into one name per body,
    parent body first."""
    bodies: list[str] = []
    clean = [" ".join(s.split()) for s in lines if s.strip()]
    for i, line in enumerate(clean):
        folded = fold_name(line).split()
        starts = _opens_head(folded, fold_name(clean[i + 1]).split() if i + 1 < len(clean) else [])
        starts = starts or line.split()[0] in A.HEAD_ABBREVIATIONS
        if bodies and (not starts or incomplete_name(bodies[-1])):
            bodies[-1] = f"{bodies[-1]} {line}"
        else:
            bodies.append(line)
    return bodies


_JOINT_DASH = re.compile(r"\s[-–]\s")  # between co-issuers on one line: "BỘ TƯ PHÁP - BỘ CÔNG AN"


def joint_on_one_line(line: str) -> bool:
    """A header line naming co-issuers joined by dashes, each opening a body's name."""
    pieces = _JOINT_DASH.split(" ".join(line.split()))
    return len(pieces) > 1 and all(match_head(fold_name(p).split(), 0) for p in pieces)


def split_joint(lines: list[str], count: int | None, text: str) -> list[str]:
    """The co-issuers of a joint text (liên tịch) from the header's agency column, in
    order: a dash between two names parts them, a line break only when the next line
    opens a body's name and the name before is complete. `count`, when the number's codes
    give it (TTLT-BTP-BCA-...: one code per body), merges line breaks back until the
    count is met: first those whose joined name the text prints ("Đoàn Chủ tịch Ủy ban
    Trung ương Mặt trận Tổ quốc Việt Nam ban hành ..."), then the last."""
    groups: list[str] = []
    soft: list[bool] = []  # the group began at a line break, not at a dash
    for line in lines:
        for k, piece in enumerate(_JOINT_DASH.split(" ".join(line.split()))):
            if not piece:
                continue
            opens = match_head(fold_name(piece).split(), 0) is not None
            if groups and k == 0 and not (opens and not incomplete_name(groups[-1])):
                groups[-1] = f"{groups[-1]} {piece}"
            else:
                groups.append(piece)
                soft.append(k == 0)
    folded_text = fold_name(text) if count and len(groups) > count else ""  # only for joining names below
    while count and len(groups) > count:
        joins = [j for j in range(1, len(groups)) if soft[j]]
        if not joins:
            break
        named = [j for j in joins if fold_name(f"{groups[j - 1]} {groups[j]}") in folded_text]
        j = (named or joins)[-1]
        groups[j - 1:j + 1] = [f"{groups[j - 1]} {groups[j]}"]
        del soft[j]
    return groups


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


def _bare(name: str) -> str:
    """"Huyện Bình Sơn" -> "bình sơn"; "Thành phố Hồ Chí Minh" -> "hồ chí minh"."""
    f = fold_name(name)
    for unit in LEVEL_WORDS:
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
        n = match_locality(folded, i, bare=True) if folded[i - 1] not in CONNECTORS else 0
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
        head = match_head(fold_name(canon).split(), 0)
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
