"""The signature block: authority (TM./KT./TL./TUQ./Q.), title, name.

Decree 30/2020 Phụ lục I, ô số 7: capital lines naming the authority and the
office ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), then, after
the space for signature and seal, the signer's name. The block follows the
Nơi nhận list in crawled text, may precede it, and stands alone in letters
without one.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from extractors.agency_names import proper_case
from extractors.bodies import incomplete_name
from extractors.data import layout_markers as M
from extractors.data.syllable import is_name_word
from extractors.data.tones import fold_name, unify_tones
from extractors.lines import (
    Line,
    is_blank,
    is_upper,
    pattern,
)
from extractors.regexes import alternation
from models.extraction import Signer, Span

_DEPUTY = re.compile(r"(?<=\S)\s+PHÓ\s+\S")  # "PHÓ <title>" after other words on the line
_MAX_GAP = 14  # lines between the title and the name (room for signature and seal)
_MAX_BLOCK = 6  # capital lines in one signature block
_SEARCH = 30  # lines searched after the Nơi nhận list or before it
LINE_CACHE = 4096  # lines whose reading (a name, a one-line block) is kept: bounded for a long-running service


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "sign_mark": re.compile(rf"^(?:{alternation(M.SIGN_MARKS)})$", re.I),
        "name_prefix": re.compile(rf"^(?:{alternation(M.NAME_PREFIXES)})\s+"),
    }


def _mark(s: str) -> bool:
    """A line between a title and a name that is neither: "(Đã ký)", or scraps with no
    word of two letters (a scan's pen strokes and specks read as "À Ấ", ">", "œ")."""
    return bool(_patterns()["sign_mark"].match(s)) or not any(sum(c.isalpha() for c in w) >= 2 for w in s.split())


def is_name_line(s: str) -> bool:
    """A line holding only a person's name in lower case ("Phạm Minh Chính")."""
    words = _name_words(s)
    return words is not None and len(words) >= 2 and not _mark(s)


@lru_cache(maxsize=LINE_CACHE)  # the signature search reads the lines near the end again for each window it tries
def _name_words(s: str, *, upper: bool = False) -> tuple[str, ...] | None:
    """The words of a person's name ("Nguyễn Văn A"); with upper, also a name printed
    in capitals ("NGUYỄN VĂN A"), returned capitalised."""
    s = _patterns()["name_prefix"].sub("", s)
    words = tuple(s.split())
    if not words or len(words) > 6:
        return None
    if all(is_name_word(w) for w in words):
        return words
    if upper and 1 < len(words) <= 5 and all(w.isalpha() for w in words) and is_upper(s) \
            and not pattern("title_word").search(s) and not incomplete_name(s):
        return tuple(w.capitalize() for w in words)
    return None


def _name_at(lines: list[Line], i: int, upper: bool = False) -> tuple[str, int] | None:
    """A person's name on line i, maybe wrapped over the next lines ("Bùi" / "Xuân Cường")."""
    words = _name_words(lines[i].text, upper=upper)
    if words is None:
        return None
    end = i + 1
    while end < len(lines) and end - i < 3 and len(words) < 4:
        more = _name_words(lines[end].text, upper=upper)
        if not more or len(words) + len(more) > 5:
            break
        words, end = words + more, end + 1
    return (" ".join(words), end) if len(words) >= 2 else None


_NAME_TAIL = 5  # words of a name at the end of a one-line block


@lru_cache(maxsize=LINE_CACHE)
def unfold(s: str) -> tuple[str, ...] | None:
    """A signature block printed on one line, as its lines: "KT. BỘ TRƯỞNG THỨ TRƯỞNG
    Nguyễn Văn A" -> ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn A"]. The line opens with
    an authority, or is an office title in capitals, and ends with a name; the title is
    split from the office before its last title form ("THỨ TRƯỞNG", "PHÓ CHỦ TỊCH")."""
    words = s.split()
    if not words or not words[-1][:1].isupper() or len(words) > _MAX_BLOCK * _NAME_TAIL:
        return None
    for n in range(min(_NAME_TAIL, len(words) - 1), 1, -1):
        head, name = " ".join(words[:-n]), words[-n:]
        if _name_words(" ".join(name)) and is_upper(head) and (
                pattern("authority").match(head) or pattern("title_word").search(head)):
            break
    else:
        return None
    parts = [p.strip() for p in _INNER_AUTHORITY.split(head) if p.strip()]
    office = parts[-1]
    m = pattern("authority").match(office)
    start = len(office) - len(m.group("rest")) if m else 0
    cut = None
    for t in _title_form_starts(office[start:]):
        if t > 0:
            cut = start + t
    if cut is not None:
        parts[-1:] = [office[:cut].strip(), office[cut:].strip()]
    return (*parts, " ".join(name))


def _title_form_starts(office: str) -> list[int]:
    """Offsets in `office` where an office title starts ("PHÓ" taken with its title)."""
    starts = []
    for m in re.finditer(r"\S+", office):
        rest = fold_name(office[m.start():])
        if any(rest == f or rest.startswith(f + " ") for f in _FOLDED_FORMS):
            before = office[:m.start()].split()
            starts.append(m.start() - (len(before[-1]) + 1 if before[-1:] == ["PHÓ"] else 0))
    return starts


_FOLDED_FORMS = tuple(fold_name(f) for f in M.TITLE_FORMS)
_INNER_AUTHORITY = re.compile(rf"\s(?=(?:{'|'.join(M.AUTHORITIES)})\.\s)")


def _block_above(lines: list[Line], i: int, floor: int) -> list[int]:
    """Indexes of the capital title lines above a name on line i."""
    k, gap = i - 1, 0
    while k >= floor and (is_blank(lines[k]) or _mark(lines[k].text)):
        k, gap = k - 1, gap + 1
        if gap > _MAX_GAP:
            return []
    block: list[int] = []
    while k >= floor and len(block) < _MAX_BLOCK:
        s = lines[k].text
        if is_blank(lines[k]):
            k -= 1
            continue
        if not (is_upper(s) or pattern("authority").match(s)) or s.startswith(M.LIST_BULLETS):
            break
        block.insert(0, k)
        k -= 1
    if not block:
        return []
    texts = [lines[b].text for b in block]
    tail = " ".join(texts[-2:])  # a title may wrap: "CHỦ" / "TỊCH"
    if not any(pattern("authority").match(t) for t in texts) and not pattern("title_word").search(tail):
        return []
    return block


def _candidates(lines: list[Line], lo: int, hi: int) -> list[tuple[int, int]]:
    """(first block line, end line) of each signature block between lines lo and hi;
    names printed in capitals are tried when no block has a name in lower case."""
    return _blocks(lines, lo, hi, upper=False) or _blocks(lines, lo, hi, upper=True)


def _blocks(lines: list[Line], lo: int, hi: int, *, upper: bool) -> list[tuple[int, int]]:
    out = []
    i = lo
    while i < min(hi, len(lines)):
        if not upper and unfold(lines[i].text):
            out.append((i, i + 1))
            i += 1
            continue
        name = _name_at(lines, i, upper)
        if name:
            block = _block_above(lines, i, lo)
            if block:
                out.append((block[0], name[1]))
                i = name[1]
                continue
        i += 1
    return out


def _closing(lines: list[Line], lo: int) -> int | None:
    """The line holding the closing "./." of the body, if any."""
    for k in range(lo, len(lines)):
        if lines[k].text.rstrip("*_ ").endswith(("./.", "/.")):
            return k
    return None


def find_signature(lines: list[Line], body_from: int, cc_line: int | None,
                   cc_end: int | None) -> tuple[int, int] | None:
    """The signature block's lines [first, end): after the Nơi nhận list, else just before it,
    else after the body's closing "./.", else the last block in the text."""
    found: tuple[int, int] | None = None
    if cc_end is not None:
        after = _candidates(lines, cc_end, cc_end + _SEARCH)
        found = after[0] if after else None
    if found is None and cc_line is not None:
        before = _candidates(lines, max(body_from, cc_line - _SEARCH), cc_line)
        found = before[-1] if before else None
    if found is None and cc_line is None:
        close = _closing(lines, body_from)
        if close is not None:
            after = _candidates(lines, close + 1, close + 1 + _SEARCH)
            found = after[0] if after else None
        if found is None:
            every = _candidates(lines, body_from, len(lines))
            found = every[-1] if every else None
    if found is None and cc_end is not None:
        found = _nameless_block(lines, cc_end) or _name_alone(lines, cc_end)
    return found


def joint_blocks(lines: list[Line], found: tuple[int, int]) -> list[tuple[int, int]]:
    """The signature blocks printed next to the one found, with only blank lines or sign
    marks between, in printed order: a joint text (liên tịch) is signed by each of its
    bodies ("TM. CHÍNH PHỦ" ... "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI" ...)."""
    blocks = [found]
    while True:  # the blocks after
        nxt = _next_text(lines, blocks[-1][1])
        after = _candidates(lines, nxt, nxt + _SEARCH) if nxt < len(lines) else []
        if not after or after[0][0] != nxt:
            break
        blocks.append(after[0])
    while True:  # the blocks before
        first = blocks[0][0]
        before = _candidates(lines, max(0, first - _SEARCH), first)
        if not before or _next_text(lines, before[-1][1]) != first:
            break
        blocks.insert(0, before[-1])
    return blocks


def _next_text(lines: list[Line], k: int) -> int:
    while k < len(lines) and (is_blank(lines[k]) or _mark(lines[k].text)):
        k += 1
    return k


def _nameless_block(lines: list[Line], start: int) -> tuple[int, int] | None:
    """Title lines right after the Nơi nhận list with no name under them (a copy
    whose signer's name was not transcribed)."""
    k = start
    while k < len(lines) and is_blank(lines[k]):
        k += 1
    end = k
    while end < len(lines) and (is_upper(lines[end].text) or pattern("authority").match(lines[end].text)) \
            and end - k < _MAX_BLOCK:
        end += 1
    texts = [ln.text for ln in lines[k:end]]
    if texts and (any(pattern("authority").match(t) for t in texts) or pattern("title_word").search(texts[-1])):
        return k, end
    return None


def _name_alone(lines: list[Line], start: int) -> tuple[int, int] | None:
    """A name standing alone right after the Nơi nhận list: on a scan the seal printed
    over the title may leave it unread, and the name under it is then the block's only
    line (the signature column stands beside or after the list)."""
    k = _next_text(lines, start)
    return (k, k + 1) if k < len(lines) and is_name_line(lines[k].text) else None


# --- reading the block -------------------------------------------------------------

# (form, its word count, its folded text), longest first
_TITLE_FORMS = tuple((f, len(f.split()), f.casefold()) for f in sorted(M.TITLE_FORMS, key=len, reverse=True))


def title_case(title: str) -> str:
    """A signer's title in sentence case: "PHÓ CHÁNH VĂN PHÒNG" -> "Phó Chánh Văn phòng"."""
    words = unify_tones(title).strip(" ,").split()
    folded = [w.casefold() for w in words]
    out: list[str] = []
    if folded[:1] == ["phó"] and len(words) > 1:
        out, folded, words = ["Phó"], folded[1:], words[1:]
    for form, n, form_folded in _TITLE_FORMS:
        if " ".join(folded[:n]) == form_folded:
            rest = " ".join(words[n:])
            return " ".join(out + [form] + ([proper_case(rest)] if rest else []))
    return " ".join(out + [folded[0].capitalize()] + folded[1:]) if folded else ""


def _parse(block: list[str]) -> tuple[str | None, str | None, str | None]:
    """(authority, title, on behalf of) from the capital lines of a block: the
    innermost authority wins ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" -> KT.), the
    title is what follows it ("PHÓ CHỦ TỊCH")."""
    entries: list[tuple[str, str]] = []  # (authority or "", text)
    for s in block:
        m = pattern("authority").match(s)
        if m:
            auth = m.group("auth") or M.AUTHORITY_VARIANTS[m.group("variant")]
            entries.append((auth + ".", m.group("rest")))
        elif entries and entries[-1][0] and (not entries[-1][1] or entries[-1][1].endswith(",") or (
                incomplete_name(entries[-1][1], bare_head=False) and not pattern("title_word").search(s))
                or _splits_title(entries[-1][1], s)):
            entries[-1] = (entries[-1][0], f"{entries[-1][1]} {s}".strip())  # "TM." / "ỦY BAN NHÂN DÂN", "KT. CỤC" / "TRƯỞNG"
        else:
            entries.append(("", s))
    last = max((k for k, e in enumerate(entries) if e[0]), default=None)
    if last is None:
        return None, (title_case(_title_line([e[1] for e in entries])) if entries else None), None
    after = [e[1] for e in entries[last + 1:]]
    auth, office = entries[last]
    deputy = _DEPUTY.search(office)
    if deputy and not any(pattern("title_word").search(a) for a in after):
        # columns flattened: "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ PHÓ TRƯỞNG BAN", maybe wrapped ("... PHÓ TRƯỞNG" / "BAN")
        office, after = office[:deputy.start()], [office[deputy.start():].strip(), *after]
    if not after:  # "Q. GIÁM ĐỐC": the signer holds the office ad interim
        return auth, title_case(office), None
    deputy_line = _deputy_line(office, after) if auth == "KT." else None
    return auth, title_case(deputy_line or _title_line(after)), _office(office)


# first two words of the office titles of two words or more: ("cục", "trưởng"), ("thứ", "trưởng")
_TITLE_PAIRS = frozenset(tuple(f.split()[:2]) for _, n, f in _TITLE_FORMS if n > 1)


def _splits_title(before: str, after: str) -> bool:
    """Whether a line break falls inside an office title: "PHÓ CỤC" / "TRƯỞNG", "KT. CỤC" / "TRƯỞNG"."""
    a, b = fold_name(before).split(), fold_name(after).split()
    return bool(a and b) and (a[-1], b[0]) in _TITLE_PAIRS


def _deputy_line(office: str, after: list[str]) -> str | None:
    """Under "KT. <office>" a deputy signs as "PHÓ <office's title>" (Decree 30/2020
    Art. 13.1.b); a title line printed under it names a concurrent post, not the
    signing capacity ("KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN THƯỜNG TRỰC" / "PHÓ THỦ TƯỚNG")."""
    folded = fold_name(office).split()
    head = next((f for f, n, f_folded in _TITLE_FORMS if folded[:n] == f_folded.split()), None)
    if head is None:
        return None
    prefix = f"phó {head.casefold()}".split()
    for s in after[:-1]:
        words = fold_name(s).split()
        if words[:len(prefix)] == prefix:
            return s
    return None


def _title_line(lines: list[str]) -> str:
    """The signer's own title: the block's last line holding a title word with the lines
    after it (a title wrapped anywhere: "TRƯỞNG BAN BAN CHÍNH" / "SÁCH," / "THUẾ QUỐC TẾ",
    "PHÓ CHÁNH VĂN" / "PHÒNG"), joined to the one before when that is a fragment of it
    ("PHÓ" / "CHỦ TỊCH", "THỨ" / "TRƯỞNG"), and cut to its deputy part when an office's
    tail shares the line ("VỀ HQ PHÓ TRƯỞNG BAN")."""
    worded = [k for k, s in enumerate(lines) if pattern("title_word").search(s)]
    k = worded[-1] if worded else max(len(lines) - 2, 0)
    title = " ".join(lines[k:])
    if k:
        prev = lines[k - 1]
        if prev.split()[-1:] == ["PHÓ"]:
            title = f"PHÓ {title}"
        elif (len(prev.split()) == 1 and not pattern("title_word").search(prev)) or _splits_title(prev, title):
            title = f"{prev} {title}"
    deputy = _DEPUTY.search(title)
    return title[deputy.start():].strip() if deputy else title


def _office(office: str) -> str | None:
    """The office or body signed for: "CHỦ TỊCH" -> "Chủ tịch", "ỦY BAN NHÂN DÂN" -> body case."""
    office = office.rstrip(" ,")
    if not office:
        return None
    titled = title_case(office)
    return titled if any(titled.startswith(f) for f in M.TITLE_FORMS) else proper_case(office)


def read_signer(block_lines: list[Line], span: Span) -> Signer:
    """The signer named by the signature block's lines (found by `find_signature`)."""
    texts = [t for ln in block_lines if not is_blank(ln) for t in (unfold(ln.text) or (ln.text,))]
    name = None
    block = texts
    for k in range(len(texts)):
        if _mark(texts[k]):
            continue
        words = [w for t in texts[k:] for w in (_name_words(t) or ("?",))]
        if "?" not in words and len(words) >= 2:
            name, block = " ".join(words), texts[:k]
            break
    if name is None and texts:
        upper = _name_words(texts[-1], upper=True)
        if upper:
            name, block = " ".join(upper), block[:-1]
    block = [s for s in block if not _mark(s)]
    authority, title, on_behalf = _parse(block)
    return Signer(name=name, title=title, authority=authority, on_behalf_of=on_behalf, span=span)
