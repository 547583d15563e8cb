"""Cited documents: find, then parse, then relate, then merge (after eyecite's stages).

`find_citations` is the one entry point; each stage lives in its own module.
"""
from __future__ import annotations

import datetime as dt

from extractors.citations.find import Taken, find_mentions, find_named, find_numbers
from extractors.citations.parse import (
    Draft,
    issuer_from_code,
    parse_mention,
    parse_named,
    parse_number,
    span_of,
    text_of,
)
from extractors.citations.relate import (
    described,
    link,
    relation_of,
    share_facts,
    tie_mentions,
)
from extractors.citations.merge import merge
from models.extraction import Citation, CitationLink

__all__ = ["find_citations"]


def find_citations(text: str, *, own_number: str | None = None,
                   doc_date: dt.date | None = None) -> tuple[list[Citation], list[CitationLink]]:
    """Every document the text cites, once, in order of its first mention (all its
    mentions in `mentions`), and the relations the text states between them.
    `own_number` is left out; `doc_date` bounds the cited dates."""
    drafts: list[Draft] = []
    for found in find_numbers(text, own_number=own_number):
        drafts.append(parse_number(text, found, drafts[-1] if drafts else None, doc_date))
    taken = Taken((d.start, d.tail) for d in drafts)
    drafts += [parse_mention(text, m) for m in find_mentions(text, taken)]
    drafts += [parse_named(text, n, doc_date) for n in find_named(text, taken)]
    drafts = tie_mentions(sorted(drafts, key=lambda d: d.start))
    share_facts(text, drafts)
    descriptions = described(text, drafts)
    for d in drafts:
        d.relation = relation_of(text, d, descriptions)
    links = link(text, drafts)
    return merge([_citation(text, d) for d in drafts], links)


def _citation(text: str, d: Draft) -> Citation:
    issuer = d.issuer or issuer_from_code(d.parts)  # printed first, else the body its code names
    return Citation(doc_type=d.doc_type, number=d.number, date=d.date, issuer=issuer, subject=d.subject,
                    relation=d.relation, text=text_of(text, d), span=span_of(d), parts=d.parts,
                    refers_to=d.refers_to)
