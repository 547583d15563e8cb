"""displaCy's span view of an extraction: the letter with every extracted span underlined.

displaCy's span renderer draws each token of a span as an inline block and writes a
space after every other token, and its minifier drops every line break, so its page
lost the letter's own white space (words inside a span ran together, line breaks
vanished). The tokens are given to it with their own white space, encoded so the
minifier keeps it (`_PROTECT`); the space it adds after a token outside a span is
taken back (`_GLUE`); the view keeps white space as written (`white-space: pre-wrap`).
"""
from __future__ import annotations

from spacy import displacy

from extractors.annotate import LABELS, SPAN_KEY, annotated_doc
from models.extraction import Extraction

# One colour per kind of span, readable on white.
COLOURS = {
    LABELS["issuer"]: "#c7d2fe",
    LABELS["signer"]: "#bbf7d0",
    LABELS["citation"]: "#fde68a",
    LABELS["task"]: "#fbcfe8",
    LABELS["deadline"]: "#fca5a5",
}
_GLUE = "\x00"  # marks the end of a token outside every span: displaCy's space after it is dropped
_PROTECT = str.maketrans({" ": "\x01", "\n": "\x02", "\t": "\x03"})
_RESTORE = str.maketrans({"\x01": " ", "\x02": "\n", "\x03": "\t"})
_CONTAINER = '<div class="spans" style="'


def annotated_html(ex: Extraction, *, page: bool = True) -> str:
    """HTML of the letter with its spans drawn by displaCy (a whole page, or a fragment)."""
    doc = annotated_doc(ex)
    options = {"spans_key": SPAN_KEY, "colors": COLOURS}
    parsed = displacy.parse_spans(doc, options)
    covered = {i for span in doc.spans[SPAN_KEY] for i in range(span.start, span.end)}
    parsed["tokens"] = [t.text_with_ws.translate(_PROTECT) + ("" if t.i in covered else _GLUE) for t in doc]
    html = displacy.render(parsed, style="span", manual=True, page=page, minify=True, options=options)
    html = html.replace(_GLUE + " ", "").translate(_RESTORE)
    return html.replace(_CONTAINER, _CONTAINER + "white-space: pre-wrap; ", 1)
