"""A signer's name line under a seal that the page pass took for a picture.

On a black-and-white scan the seal's black ring runs through the signature block, and
Tesseract's page pass (automatic segmentation) may take the whole block for a picture:
it reports the region as blank words and reads neither title nor name there (pd_016's
signature column, 542 by 348 pixels; pd_014's seal). That region, widened to the right
and below where a name line stands beside and under the seal, is read again as one
block of text; its lowest row ending in two or more surely read name syllables ("XÃ ồ
Đức Phớc": "Đức Phớc") is the name's line. Its first letters are often fused with the
ring ("Trãñ", "ồ"): the row comes back as the word before the sure syllables (the
head, maybe damaged) and the syllables, for extractors.load.name_heads to complete
from evidence, never as a name taken as read.

A name line clear of the ring (printed under the seal, not on it) is read whole but
often unsurely, the seal's ink and the signature's strokes around it: "Ngôn"(8)
"Nghiệp"(81) under a red seal. Such a row, made only of two or more name-shaped
syllables with nothing before them, is the signer's name when it stands centred under
the signer's title lines, as Decree 30/2020 lays out a signature block: the title's
upper-case lines of the page pass above the picture give the centre, and the row's
centre lies within `_CENTRED` of a syllable's width of it. A row that lost its first
word to the ring fails that test (its centre moves right by half a word), so a tail
is never taken for a whole name. It is reported as a name read unsurely, to check.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extractors.data.syllable import is_name_word
from extractors.lines import is_upper
from extractors.load.names import EDGES, SURE
from extractors.load.pages import Segment, upper_median
from extractors.load.tsv import words as tsv_words

# A picture taller and wider than this many of the page's line heights can hold a
# seal (a seal is 35-42 mm across, about eight lines of body text).
_SEAL_LINES = 4
# The region read again: the picture widened to the right by this share of its width
# (the name and title stand right of the seal's centre) and below by this share of its
# height (the name's line sits on the seal's lower ring).
_WIDEN = 1.0
_LOWER = 0.25
# Pictures read again per page: a signature block holds one seal.
_MAX_PICTURES = 2
# Syllables of a name after its head, and sure syllables making a whole name.
_MIN_TAIL, _WHOLE = 2, 3
# How far a whole name's centre may lie from its title's, in mean syllable widths of
# the name: a name missing its first word is off by about half a syllable and a space.
_CENTRED = 1 / 3
# Punctuation read at a name's ends: what OCR glues to a name line's ends, and the ring's
# strokes read as a negation sign or a dash.
_EDGES = EDGES + "¬—"


@dataclass
class SealName:
    """A name line read under a seal: the word before its sure syllables as read (None
    when the whole name was read surely) and the syllables, with the line's box in
    points."""

    head: str | None
    tail: list[str]
    box: Segment

    @property
    def read(self) -> str:
        return " ".join(([self.head] if self.head else []) + self.tail)


@dataclass
class _Word:
    text: str
    confidence: float
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels of the page


def _rows(tsv: str, dx: int, dy: int) -> list[list[_Word]]:
    """Tesseract's lines of words (TSV rows of level 5), boxes moved by (dx, dy)."""
    rows: dict[tuple[str, ...], list[_Word]] = {}
    for w in tsv_words(tsv):
        if not w.text.strip():
            continue
        x, y = w.left + dx, w.top + dy
        rows.setdefault(w.line, []).append(_Word(w.text.strip(), w.confidence, (x, y, x + w.width, y + w.height)))
    return list(rows.values())


_Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels


def pictures(tsv: str, line_height: float) -> list[_Box]:
    """The regions the page pass reported as blank words, overlapping ones merged,
    those large enough to hold a seal (`_SEAL_LINES` line heights, in pixels)."""
    merged: list[_Box] = []
    for w in tsv_words(tsv):
        if w.text.strip():
            continue
        box = (w.left, w.top, w.left + w.width, w.top + w.height)
        while (hit := next((m for m in merged if m[0] <= box[2] and box[0] <= m[2]
                            and m[1] <= box[3] and box[1] <= m[3]), None)) is not None:
            merged.remove(hit)
            box = (min(box[0], hit[0]), min(box[1], hit[1]), max(box[2], hit[2]), max(box[3], hit[3]))
        merged.append(box)
    least = _SEAL_LINES * line_height
    return [b for b in merged if b[2] - b[0] >= least and b[3] - b[1] >= least]


def _bare(word: str) -> str:
    return word.strip(_EDGES)


def _name_row(row: list[_Word], title_centre: float | None) -> tuple[_Word | None, list[_Word]] | None:
    """(head, sure syllables) of a row ending in a name, else None: marks after the name
    are passed over; the head is the word right before the sure syllables; a row with
    no head must hold a whole name read surely, or be a whole name centred under its
    title (at `title_centre`, pixels; None when the page shows no title)."""
    words = [w for w in row if any(c.isalpha() for c in w.text)]
    if title_centre is not None and _centred_name(words, title_centre):
        return None, words
    k = len(words)
    while k and is_name_word(_bare(words[k - 1].text)) and words[k - 1].confidence >= SURE:
        k -= 1
    tail = words[k:]
    if len(tail) < _MIN_TAIL:
        return None
    if k:
        return words[k - 1], tail
    return (None, tail) if len(tail) >= _WHOLE else None


def _centred_name(words: list[_Word], title_centre: float) -> bool:
    """Whether `words` are two or more name-shaped syllables, however surely read, whose
    row is centred under a title centred at `title_centre` (pixels)."""
    if len(words) < _MIN_TAIL or not all(is_name_word(_bare(w.text)) for w in words):
        return False
    width = sum(w.box[2] - w.box[0] for w in words) / len(words)
    centre = (words[0].box[0] + words[-1].box[2]) / 2
    return abs(centre - title_centre) <= _CENTRED * width


def _title_centre(lines: list[list[Segment]], region: tuple[float, float, float, float]) -> float | None:
    """The centre (points) of the signer's title over `region` (points): the page pass's
    upper-case words within its width and above its bottom ("T/M UBND TỈNH", "PHÓ CHỦ
    TỊCH"), each line's centred on its words; the middle of their centres."""
    x0, _, x1, y1 = region
    centres = []
    for line in lines:
        title = [w for w in line if x0 <= (w.x0 + w.x1) / 2 <= x1 and w.y1 <= y1 and _upper_word(w.text)]
        if title:
            centres.append((min(w.x0 for w in title) + max(w.x1 for w in title)) / 2)
    return upper_median(centres) if centres else None


def _upper_word(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 2 and is_upper(text)


def find(tsv: str, lines: list[list[Segment]], image: bytes, dpi: int,
         read_block: Callable[[bytes], str]) -> list[SealName]:
    """The name lines under the seals of a page: its pictures (from the page pass's
    `tsv`) read again with `read_block` (a crop of the page `image` at `dpi` in,
    Tesseract's TSV of it out), when none of the page's `lines` (in points) inside the
    widened picture already holds a name."""
    import cv2
    import numpy as np

    heights = [w.height for line in lines for w in line]
    if not heights:
        return []
    scale = dpi / 72
    page = None
    found: list[SealName] = []
    for x0, y0, x1, y1 in pictures(tsv, upper_median(heights) * scale)[:_MAX_PICTURES]:
        x1, y1 = round(x1 + _WIDEN * (x1 - x0)), round(y1 + _LOWER * (y1 - y0))
        region = (x0 / scale, y0 / scale, x1 / scale, y1 / scale)
        if _holds_name(lines, region):
            continue
        title = _title_centre(lines, region)
        if page is None:
            page = cv2.imdecode(np.frombuffer(image, np.uint8), cv2.IMREAD_UNCHANGED)
            if page is None:
                return []
        crop = page[y0:min(y1, page.shape[0]), x0:min(x1, page.shape[1])]
        ok, png = cv2.imencode(".png", crop) if crop.size else (False, None)
        if not ok:
            continue
        for row in sorted(_rows(read_block(png.tobytes()), x0, y0), key=lambda r: -max(w.box[3] for w in r)):
            name = _name_row(row, title * scale if title is not None else None)
            if name:
                head, tail = name
                words = [head, *tail] if head else tail
                box = Segment(min(w.box[0] for w in words) / scale, min(w.box[1] for w in words) / scale,
                              max(w.box[2] for w in words) / scale, max(w.box[3] for w in words) / scale,
                              "", confidence=min(w.confidence for w in tail))
                found.append(SealName(_bare(head.text) if head else None, [_bare(w.text) for w in tail], box))
                break
    return found


def _holds_name(lines: list[list[Segment]], region: tuple[float, float, float, float]) -> bool:
    """Whether a line of the page pass inside `region` (points) is a name already."""
    x0, y0, x1, y1 = region
    for line in lines:
        inside = [w for w in line if x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= (w.y0 + w.y1) / 2 <= y1]
        texts = [_bare(w.text) for w in inside]
        if len(texts) >= _MIN_TAIL and all(is_name_word(t) for t in texts):
            return True
    return False
