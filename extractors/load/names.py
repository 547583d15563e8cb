"""Name lines of a scanned page read a second time, as single lines.

Tesseract's page pass (automatic segmentation) misreads the tone marks of a signer's
name printed in bold under a signature and a seal ("Nguyên Hoàng Giang", "Hã Thị Lê
Vân") and reads the pen strokes before it as letters ("À Ấ Trần Hoàng Tuân"); the same
line cut out of the same page image and read alone (Tesseract's single-line mode) comes
out right. A line shaped like a name (a few capitalised syllables, alone on its segment,
in the lower half of the page where signature blocks stand) is read again; the reading
is taken only when it holds the same letters once tone and vowel marks are folded away,
so it can change marks, never a name: the pen strokes it no longer reads (single letters
before the name) are dropped with it. Each reading taken is reported for a clerk to
check, as extractors.load.blanks does.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from extractors.data.syllable import is_name_word
from extractors.data.tones import strip_marks
from extractors.load.pages import Segment, join_line
from extractors.load.tsv import words as tsv_words

# Syllables of a name: a Vietnamese name has two to five; up to _STROKES of a
# signature's strokes read as single letters may come before it.
_MIN_WORDS, _MAX_WORDS = 2, 5
_STROKES = 2
# Signature blocks stand in the lower part of a page: lines above this share of the
# page height are not read again.
_LOWER_SHARE = 0.5
# Name lines read again per page, the lowest ones: a signature block holds one name, a
# joint text's two or three side by side; a list of persons (a council's members, a
# table of names) must not cost a Tesseract call per row.
_MAX_LINES = 4
# The crop's margin around the line, as a share of its height (marks rise above it).
MARGIN = 1 / 3
# A second reading of a word this sure of it is taken (Tesseract's scale, 0-100; the
# page pass reports a line under ocr.LOW_CONFIDENCE as uncertain).
SURE = 80.0
# Punctuation OCR may glue to a name's ends (a seal's edge read as a quote).
EDGES = "“”\"'‘’`.,;:-_~|!*"


@dataclass
class _NameLine:
    """The words of one Tesseract line that form a name-shaped segment."""

    line: list[Segment]  # the whole Tesseract line, rewritten in place
    start: int  # index in `line` of the segment's first word
    end: int  # index after its last


def _syllable(word: str) -> bool:
    return is_name_word(word.strip(EDGES))


def _candidates(lines: list[list[Segment]], page_height: float) -> list[_NameLine]:
    """The segments of `lines` (Tesseract's lines, words left to right, in points) in
    the lower part of the page made only of capitalised syllables, at least two of them
    more than one letter long."""
    found: list[_NameLine] = []
    for line in lines:
        words = sorted(line, key=lambda w: w.x0)
        line[:] = words
        at = 0
        for seg in join_line(words):
            n = len(seg.text.split())
            part = words[at:at + n]
            at += n
            if seg.y0 < _LOWER_SHARE * page_height or not _MIN_WORDS <= n <= _MAX_WORDS + _STROKES:
                continue
            if all(_syllable(w.text) for w in part) and sum(len(w.text.strip(EDGES)) > 1 for w in part) >= _MIN_WORDS:
                found.append(_NameLine(line, at - n, at))
    return found


def _top(name: _NameLine) -> float:
    return min(w.y0 for w in name.line[name.start:name.end])


def _surer(second: float, first: float | None) -> bool:
    """Whether a word's second reading wins: read with confidence, or with more than the
    page's reading of it (which is sure of a wrong mark as often as not: "Nguyên" 96)."""
    return second >= SURE or second > (first or 0.0)


def _box(name: _NameLine, scale: float) -> tuple[int, int, int, int]:
    words = name.line[name.start:name.end]
    x0, y0 = min(w.x0 for w in words), min(w.y0 for w in words)
    x1, y1 = max(w.x1 for w in words), max(w.y1 for w in words)
    pad = (y1 - y0) * MARGIN
    return round((x0 - pad) * scale), round((y0 - pad) * scale), round((x1 + pad) * scale), round((y1 + pad) * scale)


def _letters(words: list[str]) -> str:
    return "".join(strip_marks(w).casefold() for w in words)


def _words(tsv: str) -> list[tuple[str, float]]:
    """The words of Tesseract's TSV output with their confidences, edge marks stripped."""
    out = []
    for w in tsv_words(tsv):
        text = unicodedata.normalize("NFC", w.text).strip(EDGES)
        if text:
            out.append((text, w.confidence))
    return out


def _taken(old: list[str], read: list[tuple[str, float]]) -> list[tuple[str, float]] | None:
    """The words of the second reading `read` (words and confidences) laid over the end
    of `old` (edge marks stripped), each with the lowest confidence of the words read
    in it, when it holds the same letters (a space read inside a word is not minded:
    "T rần") and what it leaves out of `old` are single letters (pen strokes); else None."""
    chars = [(c, conf) for text, conf in read for c in text]
    new = "".join(c for c, _ in chars)
    bare = [w.strip(EDGES) for w in old]
    for cut in range(len(bare) - _MIN_WORDS + 1):
        if _letters(bare[cut:]) != _letters([new]):
            continue
        if any(len(w) != 1 for w in bare[:cut]):
            return None
        words, at = [], 0
        for w in bare[cut:]:
            words.append((new[at:at + len(w)], min(conf for _, conf in chars[at:at + len(w)])))
            at += len(w)
        return words if all(_syllable(w) for w, _ in words) else None
    return None


def reread_names(lines: list[list[Segment]], image: bytes, dpi: int,
                 read_line: Callable[[bytes], str]) -> list[str]:
    """Read each name-shaped segment of `lines` again with `read_line` (one line of
    image in, Tesseract's TSV of it out) on its crop of the page `image` (at `dpi`), and
    rewrite the segment's words where the reading differs only in marks, word by word
    where it is the surer (`_surer`). Returns one note per reading taken."""
    import cv2
    import numpy as np

    page = cv2.imdecode(np.frombuffer(image, np.uint8), cv2.IMREAD_UNCHANGED)
    if page is None:
        return []
    notes: list[str] = []
    # right to left and bottom up, so that a rewritten segment leaves the others' places
    found = _candidates(lines, page.shape[0] * 72 / dpi)
    lowest = {id(n) for n in sorted(found, key=_top)[-_MAX_LINES:]}
    for name in reversed([n for n in found if id(n) in lowest]):
        x0, y0, x1, y1 = _box(name, dpi / 72)
        crop = page[max(0, y0):min(page.shape[0], y1), max(0, x0):min(page.shape[1], x1)]
        ok, png = cv2.imencode(".png", crop) if crop.size else (False, None)
        if not ok:
            continue
        old = name.line[name.start:name.end]
        was = [w.text for w in old]
        read = _taken(was, _words(read_line(png.tobytes())))
        if read is None:
            continue
        kept = old[len(old) - len(read):]
        new = [text if text != w.text and _surer(conf, w.confidence) else w.text for w, (text, conf) in zip(kept, read)]
        if new == was:
            continue
        for word, text in zip(kept, new):
            word.text = text
        name.line[name.start:name.end] = kept
        notes.insert(0, f"the name {' '.join(new)!r} read again as one line where Tesseract read "
                     f"{' '.join(was)!r}: check it on the page")
    return notes
