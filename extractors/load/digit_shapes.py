"""The shapes of handwritten digits recognizers confuse, checked on the page image.

Vietnamese handwriting writes a 7 with a top bar and a crossbar, which both Tesseract
and PP-OCR read as 4 or 1 (574 read 544, 575 read 515), and a 1 with a long lead-in
up-stroke, which they read as 4 (1114 read 1144, 11 read 44). The number's serial, its
stretch of the page cut out (the label "Số:" to past the slash), is cut into glyphs:
Otsu's binarisation, connected components, those overlapping in x merged; the label's
colon (two dots, one above the other) and the slash (one thin slanted stroke) are found
by their shapes, and the glyphs between them are the serial's digits. When they are
fewer than the digits read, the widest is split at its thinnest column until the counts
agree; when they still do not, nothing is changed. Then a glyph read 4 or 1 that has a
top bar is a 7, and one read 4 with no crossbar is a 1.

Measured on the 26 digits of 10 handwritten serials and the 26 handwritten day and
month digits of shared/corpus/pdf (the README's PDF section lists them): crossed 7s have
a top bar of 0.72-0.88, 4s 0.23-0.48 and 1s 0.18-0.39; 4s a crossbar of 0.75-1.0, 1s
0.24-0.64. Printed digits are read right and are not checked: a printed 1's flag fills
its narrow glyph (top bar 0.67-1.0). Only the serial is checked: no handwritten day or
month of the corpus is read 4 or 1 wrongly (pd_002's day 11 reads "AN", no digits).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np

from extractors.load.digits import MARGIN

# The glyph's top rows, as a share of its height, where a 7's top bar lies.
TOP_ROWS = 0.2
# The glyph's rows, as shares of its height from the top, where a 4's crossbar lies.
BAR_ROWS = (0.35, 0.85)
# A glyph has a top bar when at least this share of its columns has ink in its TOP_ROWS
# (crossed 7s 0.72-0.88; 4s 0.23-0.48, 1s 0.18-0.39).
TOP_BAR = 0.6
# A glyph has a crossbar when one row of its BAR_ROWS holds a run of ink at least this
# share of its width (4s 0.75-1.0; 1s 0.24-0.64).
CROSSBAR = 0.7
# The crop's margins above and below the words (digits.MARGIN of their height each), as
# shares of the crop: a component wholly in one is no glyph of the line (the header's
# rule above the number).
MARGIN_SHARE = MARGIN / (1 + 2 * MARGIN)
# A colon's dot is at most this share of the crop's height each way (dots 0.06-0.08).
COLON_DOT = 0.12
# A slash is one stroke: every row one run of ink, none wider than SLASH_STROKE of its
# height (printed slashes 0.08-0.2; a handwritten 1 has rows of two runs, its lead-in and
# its stem, or a flag 0.35 of its height wide), its top right of its bottom by at least
# SLASH_SLANT of its height (slashes 0.23-0.31).
SLASH_STROKE = 0.25
SLASH_SLANT = 0.15
# A digit is at least this share of the height of the label's printed S: smaller ink
# between the colon and the slash is a speck or a piece of a broken printed slash.
SPECK = 0.5
# Handwriting stands taller than the print: the serial is checked when its tallest glyph
# is at least this many times the height of the label's printed S (handwritten serials
# 1.15-1.42; printed digits 0.95-1.0).
HANDWRITTEN = 1.1
# The split of two glyphs written touching is sought in the middle of their width.
SPLIT_SPAN = (0.25, 0.75)
# Digits the shapes are checked for: what a recognizer reads for a 7 or a lead-in 1.
_CHECKED = "41"


@dataclass(frozen=True)
class Glyph:
    """Ink that overlaps in x (a glyph or a few written touching): its ink cropped to
    itself (True is ink), and how many components it holds."""

    ink: np.ndarray
    parts: int


def _binary(crop: np.ndarray) -> np.ndarray:
    _, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def _trimmed(ink: np.ndarray) -> np.ndarray:
    rows, cols = np.nonzero(ink.any(1))[0], np.nonzero(ink.any(0))[0]
    return ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]


def glyphs(crop: np.ndarray) -> list[Glyph]:
    """The glyphs of a grey crop of one line, left to right: connected components of
    its ink, those overlapping in x merged; components wholly in the crop's margins
    left out."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats(_binary(crop), connectivity=8)
    top, bottom = crop.shape[0] * MARGIN_SHARE, crop.shape[0] * (1 - MARGIN_SHARE)
    spans = sorted((x, x + w, i) for i, (x, y, w, h, _) in enumerate(stats) if i and y + h > top and y < bottom)
    merged: list[tuple[int, int, list[int]]] = []
    for x0, x1, i in spans:
        if merged and x0 < merged[-1][1]:
            left, right, ids = merged[-1]
            merged[-1] = (left, max(right, x1), ids + [i])
        else:
            merged.append((x0, x1, [i]))
    return [Glyph(_trimmed(np.isin(labels[:, x0:x1], ids)), len(ids)) for x0, x1, ids in merged]


def _is_colon(glyph: Glyph, crop_height: int) -> bool:
    """Two small dots, one above the other."""
    return glyph.parts == 2 and glyph.ink.shape[1] <= COLON_DOT * crop_height and 0 in _row_runs(glyph.ink)


def _row_runs(ink: np.ndarray) -> list[int]:
    """How many runs of ink each row holds."""
    edges = np.diff(np.pad(ink.astype(np.int8), ((0, 0), (1, 0))), axis=1)
    return [int(n) for n in (edges == 1).sum(1)]


def _is_slash(glyph: Glyph) -> bool:
    """One thin stroke leaning right: each row a single narrow run, the top right of
    the bottom."""
    ink = glyph.ink
    height = ink.shape[0]
    if glyph.parts != 1 or any(n != 1 for n in _row_runs(ink)) or ink.sum(1).max() > SLASH_STROKE * height:
        return False
    centres = [np.nonzero(row)[0].mean() for row in ink]
    quarter = max(1, height // 4)
    return (np.mean(centres[:quarter]) - np.mean(centres[-quarter:])) >= SLASH_SLANT * height


def _split(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Two glyphs written touching, cut at the column with the least ink in the middle;
    None when the ink is too narrow to hold two."""
    width = ink.shape[1]
    lo, hi = round(width * SPLIT_SPAN[0]), round(width * SPLIT_SPAN[1])
    if lo < 1 or hi <= lo:
        return None
    cut = lo + int(np.argmin(ink[:, lo:hi].sum(0)))
    return _trimmed(ink[:, :cut]), _trimmed(ink[:, cut:])


def serial_glyphs(crop: np.ndarray, count: int) -> list[np.ndarray] | None:
    """The ink of each of the `count` digits of the serial in a crop of the number's
    line ("Số: 574 /UBND"), or None when they cannot be told apart (no colon or no
    slash found, fewer glyphs than digits after splitting, or more) or are printed."""
    found = glyphs(crop)
    colon = next((k for k, g in enumerate(found) if _is_colon(g, crop.shape[0])), None)
    if colon is None or colon == 0:
        return None
    slash = next((k for k in range(colon + 1, len(found)) if _is_slash(found[k])), None)
    if slash is None:
        return None
    printed = found[0].ink.shape[0]
    inks = [g.ink for g in found[colon + 1:slash] if g.ink.shape[0] >= SPECK * printed]
    if not inks or max(i.shape[0] for i in inks) < HANDWRITTEN * printed:
        return None
    while 0 < len(inks) < count:
        widest = max(range(len(inks)), key=lambda k: inks[k].shape[1])
        halves = _split(inks[widest])
        if halves is None:
            return None
        inks[widest:widest + 1] = halves
    return inks if len(inks) == count else None


def top_bar(ink: np.ndarray) -> float:
    """The share of a glyph's columns with ink in its TOP_ROWS."""
    rows = max(1, round(ink.shape[0] * TOP_ROWS))
    return float(ink[:rows].any(0).mean())


def crossbar(ink: np.ndarray) -> float:
    """The longest run of ink in one row of the glyph's BAR_ROWS, over its width."""
    height = ink.shape[0]
    band = ink[int(height * BAR_ROWS[0]):int(np.ceil(height * BAR_ROWS[1]))].astype(np.int8)
    longest = 0
    for row in band:
        edges = np.flatnonzero(np.diff(np.concatenate(([0], row, [0]))))
        if len(edges):
            longest = max(longest, int((edges[1::2] - edges[::2]).max()))
    return longest / ink.shape[1]


def shaped(digit: str, ink: np.ndarray) -> tuple[str, str | None]:
    """The digit a glyph read `digit` is by its shape, and why when that differs."""
    if digit in _CHECKED and top_bar(ink) >= TOP_BAR:
        return "7", f"has a top bar, across {top_bar(ink):.2f} of its width: read as 7"
    if digit == "4" and crossbar(ink) < CROSSBAR:
        return "1", f"has no crossbar, its longest stroke across {crossbar(ink):.2f} of its width: read as 1"
    return digit, None


def check_serial(serial: str, crops: Iterable[np.ndarray]) -> tuple[str, list[str]]:
    """The serial read `serial`, its handwritten digits read 4 or 1 checked by their
    shapes in the first of the grey `crops` of the number's line where its glyphs are
    told apart; with why, for each digit changed."""
    if not any(d in _CHECKED for d in serial):
        return serial, []
    inks = next((found for found in (serial_glyphs(crop, len(serial)) for crop in crops) if found), None)
    if inks is None:
        return serial, []
    digits, reasons = [], []
    for digit, ink in zip(serial, inks):
        new, why = shaped(digit, ink)
        digits.append(new)
        if why:
            reasons.append(f"the glyph read {digit} {why}")
    return "".join(digits), reasons
