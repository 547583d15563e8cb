"""OCR with the tesseract command (Debian packages tesseract-ocr, tesseract-ocr-vie).

Tesseract 5 `-l vie` runs one process per page with OMP_THREAD_LIMIT=1 (OpenMP threads
fighting over 2 cores made a page take 22-25 s instead of ~1.5 s), pages in parallel,
as many at once as the machine has cores. Words come back with their boxes (TSV), so
the page layout (extractors.load.pages) rebuilds lines, columns and reading order from
positions, and with their confidence. PyMuPDF's built-in OCR path dropped the spaces
after accented syllables ("SởNội vụ"); the tesseract command does not.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache

from extractors.data import ocr_marks
from extractors.errors import LoadError
from extractors.load.blanks import reread
from extractors.load.formulas import restore
from extractors.load.glued import split_glued
from extractors.load.names import reread_names
from extractors.load.seal_names import SealName, find as find_seal_names
from extractors.load.tsv import words as tsv_words
from extractors.load.pages import Segment, join_line
from models.extraction import PageInfo

# Pages are rendered at this resolution for OCR: see the README's speed table for the
# 200 against 300 dpi measurement on ../shared/corpus/pdf. A scan of lower resolution is
# rendered at its own, down to MIN_DPI (a 100 dpi scan read at 100 dpi: the same header,
# two thirds of the time).
DPI = 200
MIN_DPI = 100
LANG = "vie"
# Page segmentation: 3 = automatic (columns found as blocks, the header's two columns
# read apart).
PSM = "3"
# 7 = one text line: a name line cut out of the page (extractors.load.names).
LINE_PSM = "7"
# 6 = one block of text: a seal's region the page pass took for a picture
# (extractors.load.seal_names).
BLOCK_PSM = "6"
_TIMEOUT_S = 180
_LINE_TIMEOUT_S = 20
# A segment none of whose words was read with this confidence is no text: a signature's
# strokes, a seal's edge, a speck ("——nauauL——" 13, "S2" 11, "TẾT" 34 under a
# signature); the words of a clean letter scan read at 85-97.
MIN_CONFIDENCE = 50
# A line read with a lower mean confidence is reported as uncertain (a handwritten
# number or day, a line under a seal); the pipeline warns when a header field comes from one.
LOW_CONFIDENCE = 80
# Characters read from rules and specks (extractors.data.ocr_marks), and whitespace.
_MARKS = ocr_marks.RULE_MARKS + " \t"
# Processes at once: one per core (each single-threaded).
WORKERS = max(1, len(os.sched_getaffinity(0)))


@dataclass
class OcrPage:
    """What Tesseract read on one page image: its lines as segments in PDF points, and
    the mean confidence (0-100) of its words."""

    segments: list[Segment]
    confidence: float | None
    notes: list[str] = field(default_factory=list)  # readings of the second recognizer taken
    seal_names: list[SealName] = field(default_factory=list)  # name lines read under a seal, to complete


@cache
def available() -> str | None:
    """None when OCR can run, else why not."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "OCR needs the tesseract command (apt packages tesseract-ocr tesseract-ocr-vie)"
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    if LANG not in (out.stdout + out.stderr).split():
        return f"OCR needs Tesseract's '{LANG}' model (apt package tesseract-ocr-{LANG})"
    return None


def ocr_image(image: bytes, *, dpi: int | None = None, tsv: bool = False, timeout: float = _TIMEOUT_S,
              psm: str = PSM) -> str:
    """The text Tesseract reads in a page image (PNG, PNM, JPEG or TIFF bytes), or with
    `tsv` its words with their boxes; `dpi` when the image does not carry its resolution;
    `psm` Tesseract's page segmentation mode. Raises subprocess.TimeoutExpired past
    `timeout` seconds."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    args = ["tesseract", "stdin", "stdout", "-l", LANG, "--psm", psm]
    if dpi:
        args += ["--dpi", str(dpi)]
    if tsv:
        args.append("tsv")
    try:
        proc = subprocess.run(args, input=image, capture_output=True, env=env, timeout=timeout, check=False)
    except FileNotFoundError as e:
        raise LoadError(available() or "tesseract is missing", kind="unreadable") from e
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise LoadError(f"OCR failed: {message[-1] if message else 'tesseract error'}", kind="unreadable")
    return proc.stdout.decode("utf-8", "replace")


def _best(segment: Segment, words: list[Segment]) -> float:
    """The highest confidence among the words of `segment` (Tesseract gives some
    well-read words 0, so one sure word vouches for the segment)."""
    return max((w.confidence or 0.0 for w in words if segment.x0 <= (w.x0 + w.x1) / 2 <= segment.x1), default=0.0)


def _segments(tsv: str, dpi: int, image: bytes | None = None) -> OcrPage:
    """Tesseract's lines as segments in PDF points, cut where more than WORD_GAP line
    heights of blank lie between two words (the header's two columns, the two sides of
    a blank), each with its words' mean confidence; a segment with no word read at
    MIN_CONFIDENCE is dropped, and the fixed lines of the layout are restored
    (extractors.load.formulas). Tesseract's own lines follow a skewed scan, which rows
    across the page would not; two capitals syllables read as one word are split again
    (extractors.load.glued). With the page `image`, a handwritten number serial or
    day Tesseract was unsure of is read again (extractors.load.blanks), and so is a
    name line, as one line (extractors.load.names), and a seal's region the page pass
    took for a picture, for the name line under it (extractors.load.seal_names)."""
    lines = _lines(tsv, dpi)
    confidences = [w.confidence for words in lines for w in words]
    notes: list[str] = []
    seals: list[SealName] = []
    if image is not None:
        notes += reread(lines, image, dpi, LOW_CONFIDENCE)
        notes += reread_names(lines, image, dpi, lambda crop: _read_crop(crop, dpi, LINE_PSM))
        seals = find_seal_names(tsv, lines, image, dpi, lambda crop: _read_crop(crop, dpi, BLOCK_PSM))
    segments: list[Segment] = []
    for words in lines:
        segments += [s for s in join_line(words) if _best(s, words) >= MIN_CONFIDENCE]
    for seg in segments:
        seg.text = restore(seg.text)
    return OcrPage(segments, sum(confidences) / len(confidences) if confidences else None, notes, seals)


def _lines(tsv: str, dpi: int) -> list[list[Segment]]:
    """Tesseract's lines of words (TSV rows of level 5) in PDF points, words made only of
    marks left out."""
    scale = 72 / dpi
    lines: dict[tuple[str, ...], list[Segment]] = {}
    for w in tsv_words(tsv):
        if not w.text.strip(_MARKS):
            continue
        left, top = w.left * scale, w.top * scale
        lines.setdefault(w.line, []).append(
            Segment(left, top, left + w.width * scale, top + w.height * scale, split_glued(w.text.strip()),
                    confidence=w.confidence))
    return list(lines.values())


def _read_crop(crop: bytes, dpi: int, psm: str) -> str:
    """Tesseract's TSV of a region cut out of a page image (a line, a block: `psm`), or
    "" when it fails on it."""
    try:
        return ocr_image(crop, dpi=dpi, tsv=True, psm=psm, timeout=_LINE_TIMEOUT_S)
    except (LoadError, subprocess.TimeoutExpired):
        return ""


def page_info(number: int, chars: int, page: OcrPage) -> PageInfo:
    """The record of an OCR'd page: its mean word confidence, and its lines read with a
    mean confidence under LOW_CONFIDENCE."""
    return PageInfo(number=number, method="ocr", chars=chars,
                    confidence=round(page.confidence, 1) if page.confidence is not None else None,
                    uncertain=[s.text for s in page.segments if (s.confidence or 0) < LOW_CONFIDENCE])


def page_notes(number: int, page: OcrPage) -> list[str]:
    """The page's notes (readings of the second recognizer taken) as load warnings."""
    return [f"page {number}: {note}" for note in page.notes]


def ocr_segments(image: bytes, dpi: int = DPI) -> OcrPage:
    """One page image read by Tesseract: its lines as segments in PDF points."""
    try:
        return _segments(ocr_image(image, dpi=dpi, tsv=True), dpi, image)
    except subprocess.TimeoutExpired as e:
        raise LoadError(f"OCR took more than {_TIMEOUT_S} s on one page", kind="unreadable") from e


def read_pages(images: Iterable[tuple[int, bytes, int]], deadline: float) -> dict[int, OcrPage]:
    """OCR page images (page index, image bytes, resolution) in parallel, one
    single-threaded tesseract per core. A page not read by `deadline` (time.monotonic())
    is left out of the result: the caller keeps the pages read so far."""

    def one(image: bytes, dpi: int) -> OcrPage | None:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        try:
            return _segments(ocr_image(image, dpi=dpi, tsv=True, timeout=min(left, _TIMEOUT_S)), dpi, image)
        except subprocess.TimeoutExpired:
            return None

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {index: pool.submit(one, image, dpi) for index, image, dpi in images}
        results = {index: future.result() for index, future in futures.items()}
    return {index: page for index, page in results.items() if page is not None}
