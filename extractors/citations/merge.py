"""Merge: one citation per cited document, with every place the text mentions it.

A letter cites the same document again and again (in its basis clauses, its body, its
closing article); each mention is found on its own, then this stage folds the mentions
of one document into one citation whose `mentions` lists every span, in order. Two
mentions name one document when their numbers agree (or a short mention repeats the
full one, `refers_to`), or, without a number, when their type and name agree, and
nothing they print contradicts it: another date, or another issuing body (identity is
issuer, number and year; a number printed with two dates is kept twice, so that the
graph can show the conflict). A merged citation keeps its first mention's wording and
span, takes from later mentions the facts the first left out (date, issuer, subject),
and the most specific relation any of them states.
"""
from __future__ import annotations

import re

from extractors import numbers
from extractors.data.tones import fold_name
from models.extraction import Body, Citation, CitationLink

# An unnumbered citation's name is its text up to the date or year printed after it.
_NAME_END = re.compile(r"[\s,]+(?:ngày|năm)\s.*$", re.IGNORECASE | re.DOTALL)
_WORDS = re.compile(r"\w+")


def _fold(s: str) -> str:
    return " ".join(_WORDS.findall(fold_name(s)))


def _key(c: Citation) -> tuple[str, ...]:
    if c.number:
        return ("number", numbers.key(c.number) or "")
    return ("named", c.doc_type or "", _fold(_NAME_END.sub("", c.text)))


def _body_words(body: Body | None) -> frozenset[str]:
    if body is None:
        return frozenset()
    return frozenset(_fold(body.canonical or body.name).split())


def _agree(a: Citation, b: Citation) -> bool:
    """Nothing the two mentions print tells two documents apart."""
    if a.date and b.date and a.date != b.date:
        return False
    wa, wb = _body_words(a.issuer), _body_words(b.issuer)
    return not wa or not wb or wa <= wb or wb <= wa


def _absorb(into: Citation, other: Citation) -> None:
    into.mentions.append(other.span)
    into.date = into.date or other.date
    if into.issuer is None or (other.issuer is not None and _body_words(into.issuer) < _body_words(other.issuer)):
        into.issuer = other.issuer or into.issuer  # the fuller name: "Thủ tướng Chính phủ" over "Thủ tướng"
    into.subject = into.subject or other.subject
    into.doc_type = into.doc_type or other.doc_type
    into.parts = into.parts or other.parts
    if into.relation == "reference" and other.relation != "reference":
        into.relation = other.relation


def merge(citations: list[Citation], links: list[CitationLink]) -> tuple[list[Citation], list[CitationLink]]:
    """One citation per cited document, in order of first mention, with `mentions`; the
    links between citations renumbered, repeats and self-links dropped."""
    merged: list[Citation] = []
    where: list[int] = []  # index in `merged` of each input citation
    groups: dict[tuple[str, ...], list[int]] = {}
    for c in citations:
        if c.refers_to is not None and c.refers_to < len(where):
            target = where[c.refers_to]
        else:
            target = next((i for i in groups.get(_key(c), []) if _agree(merged[i], c)), None)
        if target is None:
            fresh = c.model_copy(update={"mentions": [c.span], "refers_to": None})
            groups.setdefault(_key(c), []).append(len(merged))
            where.append(len(merged))
            merged.append(fresh)
        else:
            _absorb(merged[target], c)
            where.append(target)
    seen: set[tuple[int, int, str]] = set()
    out_links: list[CitationLink] = []
    for link in links:
        key = (where[link.source], where[link.target], link.relation)
        if key[0] != key[1] and key not in seen:
            seen.add(key)
            out_links.append(CitationLink(source=key[0], target=key[1], relation=link.relation))
    return merged, out_links
