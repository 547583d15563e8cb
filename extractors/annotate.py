"""An Extraction as a spaCy Doc: the letter's tokens with what vanban found as span groups.

A blank Vietnamese pipeline, tokenised on white space (`use_pyvi = false`: no
model, ~2M chars/s, `1313/UBND-TTHC` stays one token). The extracted spans become
span groups that displaCy draws and that spaCy components or Matchers can build on.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from models.extraction import Extraction
from models.extraction import Span as CharSpan

# Span group key -> the label each span of that group carries in displaCy.
SPAN_KEY = "vanban"
LABELS = {
    "issuer": "CƠ QUAN BAN HÀNH",
    "signer": "NGƯỜI KÝ",
    "citation": "VĂN BẢN DẪN CHIẾU",
    "task": "NHIỆM VỤ",
    "deadline": "THỜI HẠN",
}


@lru_cache(maxsize=1)
def blank_vietnamese() -> Language:
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def _labelled_spans(ex: Extraction) -> list[tuple[str, CharSpan]]:
    found: list[tuple[str, CharSpan]] = []
    if ex.issuer and ex.issuer.span:
        found.append(("issuer", ex.issuer.span))
    if ex.signer and ex.signer.span:
        found.append(("signer", ex.signer.span))
    found += [("citation", c.span) for c in ex.citations]
    for task in ex.tasks:
        found.append(("task", task.span))
        if task.deadline and task.deadline.span:
            found.append(("deadline", task.deadline.span))
    return found


def annotated_doc(ex: Extraction) -> Doc:
    """The text as a Doc whose span group `vanban` holds every extracted span, labelled."""
    doc = blank_vietnamese()(ex.text)
    spans: list[Span] = []
    for kind, char_span in _labelled_spans(ex):
        span = doc.char_span(char_span.start, char_span.end, label=LABELS[kind], alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start, -s.end))
    return doc
