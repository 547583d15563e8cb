"""Relate: the relation each citation's clause gives it, short mentions tied to the
full citation they repeat, and relations the text states between two cited documents."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from extractors.citations import patterns as R
from extractors.numbers import key as number_key
from extractors.citations.parse import Draft
from extractors.data import citation_patterns as P
from models.extraction import CitationLink

CLAUSE_REACH = 400  # characters before a citation searched for its clause's verb
CLAUSE_NEAR = 100  # of those, the last ones searched first for the clause's start
LINK_REACH = 240  # longest stretch between two citations one of which acts on the other
VERB_REACH = 80  # longest stretch between a link verb and the document it acts on
DESCRIPTION_REACH = 120  # how far a description of a cited document runs after it
MAX_LIST_CLAUSES = 6  # ";"-separated items of one list searched back for its verb


def described(text: str, drafts: list[Draft]) -> list[int]:
    """Where a description of a cited document opens, sorted: the tails of the
    citations a description follows ("Nghị định số 08/2015/NĐ-CP quy định chi tiết ...")."""
    return sorted(d.tail for d in drafts if R.DESCRIPTION.match(text, d.tail))


def relation_of(text: str, draft: Draft, descriptions: list[int]) -> str:
    """The relation the clause gives a citation: the nearest relation word before it,
    or one printed right after it ("... hết hiệu lực"). A clause opening with a
    document after ";" continues the list of the clause before ("Căn cứ Nghị định số
    63/2010/NĐ-CP ...; Nghị định số 48/2013/NĐ-CP ..."). `descriptions` (from
    `described`): words describing another citation are not this citation's; a later
    citation's description opens after this one, so only the earlier ones are met."""
    after = R.RELATION_AFTER.match(text, draft.tail)
    if after:
        return P.RELATION_AFTER[_phrase(after.group("w"), P.RELATION_AFTER)]
    end = draft.start
    for _ in range(MAX_LIST_CLAUSES):
        floor = max(0, end - CLAUSE_REACH)
        brk = _last_break(text, floor, end)
        if brk is not None:
            floor = brk.end()
        relation = _nearest_relation(text, floor, end, descriptions)
        if relation is not None:
            return relation
        if brk is None or not brk.group().startswith(";") or not R.LIST_CLAUSE.match(text, floor):
            break
        end = brk.start()
    return "reference"


def _last_break(text: str, floor: int, end: int) -> re.Match[str] | None:
    """The last break `CLAUSE_BREAK.finditer(text, floor, end)` yields. No break holds a
    character of `BREAK_FREE`, so the breaks after one are the same whichever scan got
    there: the last CLAUSE_NEAR characters are scanned first, from such a character."""
    start = floor
    if end - floor > CLAUSE_NEAR and (free := R.BREAK_FREE.match(text, floor, end - CLAUSE_NEAR)):
        start = free.end()
    brk = None
    for brk in R.CLAUSE_BREAK.finditer(text, start, end):
        pass
    if brk is None and start > floor:
        for brk in R.CLAUSE_BREAK.finditer(text, floor, start):
            pass
    return brk


def _nearest_relation(text: str, floor: int, end: int, descriptions: list[int]) -> str | None:
    """The relation of the nearest relation word in text[floor:end]; "reference" when
    the nearest phrase states none ("theo dõi"); None when there is no such word.
    Passed over as other documents' acts: passive verbs ("được sửa đổi ... tại") and
    words describing an earlier citation ("Nghị định số 08/2015/NĐ-CP ... quy định chi
    tiết và biện pháp thi hành Luật Hải quan", "Luật số 57/2024/QH15 sửa đổi ...")."""
    for m in reversed(list(R.RELATION.finditer(text, floor, end))):
        relation = P.RELATION_WORDS.get(_phrase(m.group(), P.RELATION_WORDS))
        if relation in P.LINK_VERBS.values() and R.PASSIVE_CHAIN.search(text, max(floor, m.start() - 40), m.start()):
            continue
        if _in_description(descriptions, max(floor, m.start() - DESCRIPTION_REACH), m.start()):
            continue
        return relation or "reference"
    return None


def _in_description(descriptions: list[int], lo: int, hi: int) -> bool:
    """A description opens within [lo, hi]."""
    i = bisect_left(descriptions, lo)
    return i < len(descriptions) and descriptions[i] <= hi


def tie_mentions(drafts: list[Draft]) -> list[Draft]:
    """Point each short mention at the latest full citation of the same type and serial;
    a mention that repeats nothing is kept as an unnumbered citation when "số" or a
    capitalised type word marks it as a document."""
    kept: list[Draft] = []
    latest: dict[tuple[str | None, int], int] = {}
    for d in drafts:
        if d.parts is not None and d.number is not None and d.refers_to is None:
            serial = _serial(d.parts.serial)
            if serial is not None:
                latest[(d.doc_type, serial)] = len(kept)
            kept.append(d)
            continue
        if d.parts is None and d.number is None and d.mention_serial is not None:
            target = latest.get((d.doc_type, int(d.mention_serial)))
            if target is None:
                if d.standalone:
                    kept.append(d)
                continue
            full = kept[target]
            d.number, d.date, d.issuer, d.parts = full.number, full.date, full.issuer, full.parts
            d.refers_to = target
        kept.append(d)
    return kept


def share_facts(text: str, drafts: list[Draft]) -> None:
    """A number cited twice names one document: a mention printed without its date or
    issuer takes them from another mention, when all the others agree. Members of a
    list take the issuer printed once after its last member."""
    _share_list_issuer(text, drafts)
    by_number: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.number is not None:
            by_number.setdefault(number_key(d.number), []).append(d)
    for same in by_number.values():
        dates = {d.date for d in same if d.date}
        issuers = {d.issuer.name: d.issuer for d in same if d.issuer}
        for d in same:
            if d.date is None and len(dates) == 1:
                d.date = next(iter(dates))
            if d.issuer is None and len(issuers) == 1:
                d.issuer = next(iter(issuers.values())).model_copy(update={"span": None})


def _share_list_issuer(text: str, drafts: list[Draft]) -> None:
    """ "Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày 29/12/2023 của
    Ban Thường vụ Tỉnh ủy": every member of the list is the body's."""
    run: list[Draft] = []
    for d in drafts:
        if run and not R.LIST_GAP.fullmatch(text, run[-1].tail, d.start):
            run = []
        if d.number is None or d.refers_to is not None:
            run = []
            continue
        run.append(d)
        if d.issuer is not None:
            for member in run[:-1]:
                member.issuer = d.issuer.model_copy(update={"span": None})
            run = []


def link(text: str, drafts: list[Draft]) -> list[CitationLink]:
    """ "Quyết định số 3546 ... thu hồi Quyết định số 1499" -> 3546 repeals 1499;
    "Luật số 83/2015 được sửa đổi, bổ sung bởi Luật số 59/2020" -> 59/2020 amends 83/2015.
    A list after the verb ("bởi Luật số 59/2020, Luật số 56/2024") shares the link."""
    links: list[CitationLink] = []
    seen: set[tuple[str, str, str]] = set()
    numbered = [i for i, d in enumerate(drafts) if d.number is not None and d.refers_to is None]
    for a, b in pairwise(numbered):
        first, second = drafts[a], drafts[b]
        gap_start, gap_end = first.tail, second.start
        if gap_end - gap_start > LINK_REACH or R.CLAUSE_BREAK.search(text, gap_start, gap_end):
            continue
        verb = R.LINK_VERB.search(text, gap_start, gap_end)
        if verb is None or _acts_elsewhere(text, verb.end(), gap_end) or _other_subject(text, gap_start, verb.start()):
            continue
        relation = P.LINK_VERBS[_phrase(verb.group(), P.LINK_VERBS)]
        passive = bool(R.PASSIVE.search(text, gap_start, verb.start()))
        second.relation = first.relation
        for target in _list_from(text, drafts, numbered, numbered.index(b)):
            source, dest = (target, a) if passive else (a, target)
            key = (number_key(drafts[source].number), number_key(drafts[dest].number), relation)
            if key not in seen:
                seen.add(key)
                links.append(CitationLink(source=source, target=dest, relation=relation))
    return links


def _other_subject(text: str, start: int, end: int) -> bool:
    """Before the verb the sentence moved on: a parenthesis closed, or another (uncited)
    document became the subject ("...), Nghị định của Chính phủ ... (thay thế ...")."""
    return ")" in text[start:end] or R.TYPE_WORD.search(text, start, end) is not None


def _acts_elsewhere(text: str, start: int, end: int) -> bool:
    """The verb is too far from the next citation, or another relation word comes
    between them ("thu hồi đất ... theo Quyết định số ...")."""
    if end - start > VERB_REACH or R.LINK_BLOCKER.search(text, start, end):
        return True
    return any(P.RELATION_WORDS.get(_phrase(m.group(), P.RELATION_WORDS)) not in (None, *P.LINK_VERBS.values())
               for m in R.RELATION.finditer(text, start, end))


def _list_from(text: str, drafts: list[Draft], numbered: list[int], k: int) -> list[int]:
    """Index numbered[k] and the list members that directly follow it."""
    members = [numbered[k]]
    for nxt in numbered[k + 1:]:
        last = drafts[members[-1]]
        if not R.LIST_GAP.fullmatch(text, last.tail, drafts[nxt].start) and not _same_type_list(text, last, drafts[nxt]):
            break
        members.append(nxt)
    return members


def _same_type_list(text: str, prev: Draft, nxt: Draft) -> bool:
    """ "Luật số 59/2020/QH14, Luật số 56/2024/QH15": a list repeating its type word."""
    between = text[prev.tail:nxt.start]
    return between.strip().startswith((",", "và")) and len(between) < 40 and nxt.doc_type == prev.doc_type


def _phrase(printed: str, table: dict[str, str]) -> str:
    """The table key a case- and space-insensitive match stands for."""
    key = " ".join(printed.split()).casefold()
    return key if key in table else next((k for k in table if k.casefold() == key), key)


def _serial(serial: str | None) -> int | None:
    digits = "".join(c for c in serial or "" if c.isdigit())
    return int(digits) if digits else None
