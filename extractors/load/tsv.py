"""The words of Tesseract's TSV output: one reader for the page pass and for the
regions cut out of a page and read again (a name line, a seal's block)."""
from __future__ import annotations

from dataclasses import dataclass

# The TSV level of a word row (1 page, 2 block, 3 paragraph, 4 line, 5 word).
_WORD_LEVEL = "5"
_COLUMNS = 12


@dataclass(frozen=True)
class TsvWord:
    """One word row: the line it belongs to (page, block, paragraph and line numbers),
    its text as read (blank where Tesseract reports a region it took for a picture), its
    confidence (0-100; Tesseract's -1 for a blank as 0) and its box in pixels."""

    line: tuple[str, ...]
    text: str
    confidence: float
    left: int
    top: int
    width: int
    height: int


def words(tsv: str) -> list[TsvWord]:
    """The word rows of Tesseract's TSV output, in its order."""
    out = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < _COLUMNS or cols[0] != _WORD_LEVEL:
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        out.append(TsvWord(tuple(cols[1:5]), cols[11], max(0.0, float(cols[10])), left, top, width, height))
    return out
