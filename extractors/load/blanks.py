"""The header's blanks filled in by hand at signing, read a second time.

A letter is printed with "Số:      /UBND-KTTH" and "…, ngày    tháng    năm 2025"; the
number's serial and the day (often the month too) are written into the blanks when it
is signed. Tesseract misreads handwriting ("44" for 11, "$4" for 574, "4@`" for 46).
On an OCR'd page, where the serial (between "Số:" and the "/") or the day and month
(between "ngày" and "năm") were read as anything but digits, or with a confidence under
ocr.LOW_CONFIDENCE, that stretch of the page image is read again by the second
recognizer (extractors.load.digits). Its reading replaces Tesseract's only when it is
plausible: a serial of 1-5 digits, a day 1-31, a month 1-12; otherwise Tesseract's
stays. Both misread a handwritten 7 (top bar, crossbar) as 4 or 1 and a 1 with its
lead-in stroke as 4, so the serial's handwritten digits read 4 or 1 are then checked by
their shapes (extractors.load.digit_shapes), whichever recognizer's reading was kept.
Each replacement is reported, naming the recognizer or the shape, for a clerk to check.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.data import ocr_marks
from extractors.load import digits
from extractors.load.pages import Segment

# Tesseract's words of the blanks (tone marks as Tesseract may read them in capitals).
_NUMBER_LABEL = re.compile(r"^S[ốóôoồổ]\s*:")
_DAY = "ngày"
_MONTH = "tháng"
_YEAR = "năm"
# How far along a line the number's slash and the year word may be from their labels.
_SLASH_WORDS = 3
_DATE_WORDS = 6
# What the second recognizer reads (Latin letters, no tone marks): the serial after the
# label's colon, up to the slash; "ngay 04 thang 02" (its day and month may be missing).
# The serial is read first up to a line height past where the slash would be by its
# place in Tesseract's word (printed letters after it can sway the reading of the
# digits: "4039" for 1039), then, when that reading shows no "digits /" (handwriting
# is wider than the print, so the slash may lie further on), up to that word's end.
_PAST_SLASH = 1.0
_SERIAL_READ = re.compile(r":\s*(\d{1,5})\s*/")
# The date's stretch as the second recognizer reads it: "ngay 04 thang 02", and as it
# reads it on a scrawl, "ngiy04 hngo1", "ngay A5thang 3": the "ngày" word (its tone marks
# unknown to the recognizer), the day, any run of letters for "tháng", the month; the
# day and month made of digits or of the letters handwriting's digits are read as.
_WRITTEN = "0-9" + "".join(ocr_marks.HANDWRITTEN_DIGITS)
_DATE_READ = re.compile(rf"^\s*ng[a-z]{{0,2}}?\s*([{_WRITTEN}]{{1,2}})?\s*[a-z]{{2,5}}\s*([{_WRITTEN}]{{1,2}})?\s*$",
                        re.IGNORECASE)
_AS_DIGITS = str.maketrans(ocr_marks.HANDWRITTEN_DIGITS)
_RECOGNIZER = "PP-OCR"


@dataclass
class _Blank:
    """A stretch of one line to read again: Tesseract's words there, and the boxes (in
    points) to read, tried in turn until one reading is plausible."""

    line: list[Segment]
    start: int  # index of the first word replaced
    end: int  # index after the last
    boxes: tuple[tuple[float, float, float, float], ...]


def _unsure(words: list[Segment], *tokens: str, low: float) -> bool:
    """Whether Tesseract's reading of a blank needs a second look: anything but digits
    there (a mark beside the digits too: "3|" is how it reads a scrawled 31), or a word
    read with a confidence under `low`."""
    return any(not t.isdigit() for t in tokens) or any((w.confidence or 0) < low for w in words)


def _box(words: list[Segment], x0: float, x1: float) -> tuple[float, float, float, float]:
    return x0, min(w.y0 for w in words), x1, max(w.y1 for w in words)


def _slash_word(line: list[Segment]) -> int | None:
    """The index of the word holding the number's slash, on a line opening with "Số:"."""
    if not line or not _NUMBER_LABEL.match(line[0].text):
        return None
    return next((j for j in range(min(len(line), _SLASH_WORDS + 1)) if "/" in line[j].text), None)


def _serial_read(line: list[Segment], slash: int) -> str:
    """What the number's line holds between the label's colon and the slash, spaces out."""
    text = " ".join(w.text for w in line[:slash + 1])
    return text[text.index(":") + 1:text.index("/")].replace(" ", "")


def _number_blank(line: list[Segment], low: float) -> _Blank | None:
    """The serial's stretch of a line opening with "Số:", when Tesseract was unsure of it."""
    slash = _slash_word(line)
    if slash is None:
        return None
    if not _unsure(line[:slash + 1], _serial_read(line, slash), low=low):
        return None
    return _Blank(line, 0, slash + 1, _serial_boxes(line, slash))


def _serial_boxes(line: list[Segment], slash: int) -> tuple[tuple[float, float, float, float], ...]:
    """The stretches (in points) of the number's line holding its serial, the tighter
    first: from the label to a line height past where the slash would be by its place in
    Tesseract's word (`slash`), and to that word's end."""
    w = line[slash]
    at = w.x0 + (w.x1 - w.x0) * w.text.index("/") / len(w.text)  # the slash, by its place in the word
    height = max(v.y1 for v in line[:slash + 1]) - min(v.y0 for v in line[:slash + 1])
    tight = _box(line[:slash + 1], line[0].x0, min(w.x1, at + _PAST_SLASH * height))
    return tight, _box(line[:slash + 1], line[0].x0, w.x1)


def _date_blank(line: list[Segment], low: float) -> _Blank | None:
    """The stretch from "ngày" to "năm" of the place-date line ("Quảng Ngãi, ngày …"),
    when Tesseract was unsure of the day or the month written there."""
    day = next((k for k, w in enumerate(line) if w.text == _DAY and k and line[k - 1].text.endswith(",")), None)
    if day is None:
        return None
    year = next((m for m in range(day + 1, min(len(line), day + _DATE_WORDS + 1)) if line[m].text == _YEAR), None)
    if year is None:
        return None
    between = "".join(w.text for w in line[day + 1:year])
    if _MONTH not in between:
        return None
    before, after = between.split(_MONTH, 1)
    if not _unsure(line[day:year], before, after, low=low):
        return None
    return _Blank(line, day, year, (_box(line[day:year], line[day].x0, line[year].x0),))


def _serial(read: str) -> str | None:
    m = _SERIAL_READ.search(read)
    return m[1] if m and int(m[1]) > 0 else None


def _date(read: str) -> tuple[str | None, str | None]:
    m = _DATE_READ.match(read)
    if not m:
        return None, None
    day, month = (g.translate(_AS_DIGITS) if g else None for g in m.groups())
    day = day if day and 1 <= int(day) <= 31 else None
    month = month if month and 1 <= int(month) <= 12 else None
    return day, month


def _spread(blank: _Blank, texts: list[str]) -> list[Segment]:
    """`texts` as words spread evenly over the blank's box, with the mean confidence of
    the words they replace (still low: the line stays one to check)."""
    old = blank.line[blank.start:blank.end]
    x0, x1 = old[0].x0, old[-1].x1
    confidence = sum(w.confidence or 0 for w in old) / len(old)
    step = (x1 - x0) / len(texts)
    return [Segment(x0 + i * step, min(w.y0 for w in old), x0 + (i + 1) * step - step * 0.1,
                    max(w.y1 for w in old), t, confidence=confidence) for i, t in enumerate(texts)]


def reread(lines: list[list[Segment]], image: bytes, dpi: int, low: float) -> list[str]:
    """Read the number's serial and the date's day and month again on the first line of
    the page showing each, where Tesseract was unsure of them, then check the shapes of
    the serial's handwritten digits read 4 or 1 (extractors.load.digit_shapes), whichever
    recognizer's reading was kept; `lines` (Tesseract's lines, words left to right, in
    PDF points) are rewritten in place where a reading changes. Returns one note per
    change, and one when the second recognizer is missing."""
    number_line = next((line for line in lines if _slash_word(line) is not None), [])
    slash = _slash_word(number_line)
    # the serial's stretches, taken before the line is rewritten
    stretches = _serial_boxes(number_line, slash) if slash is not None else ()
    notes = _read_again(lines, image, dpi, low)
    if stretches:
        notes += _check_shapes(number_line, stretches, image, dpi)
    return notes


def _check_shapes(line: list[Segment], stretches: tuple[tuple[float, float, float, float], ...], image: bytes,
                  dpi: int) -> list[str]:
    """Check the shapes of the handwritten digits read 4 or 1 in the serial of the
    number's `line`, in the first of its `stretches` (in points) of the page image where
    they are told apart; the line is rewritten where one is read otherwise, with a note."""
    slash = _slash_word(line)
    if slash is None:
        return []
    serial = _serial_read(line, slash)
    if not serial.isdigit():
        return []
    crops = digits.grey_crops(image, [tuple(v * dpi / 72 for v in box) for box in stretches])
    if crops is None:
        return []
    from extractors.load import digit_shapes  # numpy and OpenCV come with the second recognizer

    checked, reasons = digit_shapes.check_serial(serial, crops)
    if checked == serial:
        return []
    rest = line[slash].text[line[slash].text.index("/"):]
    line[:slash + 1] = _spread(_Blank(line, 0, slash + 1, ()), ["Số:", checked, rest])
    return [f"the number's serial {checked!r} where the recognizers read {serial!r}, by the shapes of its "
            f"handwritten digits ({'; '.join(reasons)}): check it on the page"]


def _read_again(lines: list[list[Segment]], image: bytes, dpi: int, low: float) -> list[str]:
    """The second recognizer's readings of the blanks Tesseract was unsure of (reread)."""
    number = next((b for b in (_number_blank(line, low) for line in lines) if b), None)
    date = next((b for b in (_date_blank(line, low) for line in lines) if b), None)
    blanks = [b for b in (number, date) if b]
    if not blanks:
        return []
    scale = dpi / 72
    flat = digits.read_boxes(image, [tuple(v * scale for v in box) for b in blanks for box in b.boxes])
    if flat is None:
        return [f"handwritten number or date not read again: {digits.available()}"]
    reads, at = [], 0
    for b in blanks:
        reads.append(flat[at:at + len(b.boxes)])
        at += len(b.boxes)
    notes: list[str] = []
    # right to left, so that a replacement leaves the other blank's place in a shared line
    for blank, tries in sorted(zip(blanks, reads), key=lambda pair: -pair[0].start):
        old = blank.line[blank.start:blank.end]
        was = " ".join(w.text for w in old)
        if blank is number:
            serial = next((s for s in map(_serial, tries) if s), None)
            if serial is None:
                continue
            rest = old[-1].text[old[-1].text.index("/"):]
            new = _spread(blank, ["Số:", serial, rest])
            what = f"the number's serial {serial!r}"
        else:
            day, month = _date(tries[0])
            if day is None and month is None:
                continue
            between = "".join(w.text for w in old[1:])
            before, after = between.split(_MONTH, 1)
            texts = [_DAY, day or before, _MONTH, month or after]
            new = _spread(blank, [t for t in texts if t])
            what = " and ".join(f"the {k} {v!r}" for k, v in (("day", day), ("month", month)) if v)
        blank.line[blank.start:blank.end] = new
        notes.insert(0, f"{what} read by the second recognizer ({_RECOGNIZER}) where Tesseract read {was!r}: "
                     "check it on the page")
    return notes
