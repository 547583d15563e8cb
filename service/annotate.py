"""displaCy's span view of an extraction: the letter with every extracted span underlined."""
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


def annotated_html(ex: Extraction, *, page: bool = True) -> str:
    """HTML of the letter with its spans drawn by displaCy (a whole page, or a fragment)."""
    return displacy.render(annotated_doc(ex), style="span", page=page, minify=True,
                           options={"spans_key": SPAN_KEY, "colors": COLOURS})
