"""Clean Unicode text for the stages that read it.

- `clean_characters`: NFC, invisible characters dropped, odd spaces and line
  separators made plain.
- `tidy_lines`: white space collapsed inside lines, at most one blank line in a row.
- `join_split_numbers`: a số ký hiệu broken after "/" or "-" is put back together
  ("31/QĐ-" + newline + "UBND", "25/KH- UBND").
- `unwrap_lines`: a hard-wrapped sentence is joined, conservatively: only where the
  next line plainly continues it (starts in lower case, is no list item) and the line
  before is neither finished (., ;, :) nor a heading in capitals. Lines that header,
  recipient and signature parsing read ("Kính gửi:", "- Như trên;", "CHỦ TỊCH", a
  signer's name) are never glued.

The rules are data in extractors/data/normalize_rules.py.
"""
from __future__ import annotations

import re
import unicodedata

from extractors.data import normalize_rules as rules
from extractors.regexes import alternation

# Character classes as regexes: str.translate with a mapping walks every character in
# Python and was the loader's slowest step on long PDFs.
_INVISIBLE = re.compile("[" + re.escape(rules.INVISIBLE) + "]")
_SPACES = re.compile("[" + re.escape(rules.SPACES) + "]")
_LINE_BREAKS = re.compile("[" + re.escape(rules.LINE_BREAKS) + "]")
_LOOKALIKES = re.compile("[" + re.escape("".join(rules.LOOKALIKES)) + "]")
# C0/C1 control characters other than tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Any character of the classes above: text that has none (most) skips their passes.
_ODD = re.compile("|".join(p.pattern for p in (_INVISIBLE, _SPACES, _LINE_BREAKS, _LOOKALIKES, _CONTROL)) + "|\r")
_SPACE_RUN = re.compile(r" [ \t]+|\t[ \t]*")  # runs that are not already one plain space
_BLANK_RUN = re.compile(r"\n{3,}")
_OTHER_SPACE = re.compile(r"[^\S \n]")  # white space other than the plain space and the line break

_NUMBER_HYPHEN_BREAK = re.compile(
    "(" + rules.NUMBER_BEFORE_HYPHEN + r")[ \t]*(?:\n[ \t]*)?(" + rules.CODE + r")(?!\w)"
)
_NUMBER_SLASH_BREAK = re.compile(
    "(" + rules.NUMBER_BEFORE_SLASH + r")[ \t]*\n[ \t]*((?:\d{4}/)?" + rules.CODE + r"-)"
)
# What every break holds, so that most texts skip the patterns: a slash at a line's end;
# a code's last character, "-", white space and the next code's capital (an unbroken
# number matches the hyphen pattern too, and is put back as it was).
_SLASH_AT_LINE_END = re.compile(r"/[ \t]*\n")
_HYPHEN_GAP = re.compile(rf"(?:{rules.CODE_FIRST}|{rules.CODE_REST})-(?:[ \t]+\n?|\n)[ \t]*{rules.CODE_FIRST}")

_LIST_ITEM = re.compile(rules.LIST_ITEM)
_STRUCTURAL = re.compile(f"(?:{alternation(rules.STRUCTURAL_OPENERS)})")


def clean_characters(text: str) -> str:
    """NFC; CRLF/CR and other separators to \\n; invisible and control characters dropped;
    look-alike letters (Ð for Đ) made Vietnamese."""
    if not _ODD.search(text):
        return unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _LOOKALIKES.sub(lambda m: rules.LOOKALIKES[m.group(0)], text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def tidy_lines(text: str) -> str:
    """Single spaces inside lines, no edge spaces, at most one blank line in a row.
    Each pass runs only over text that needs it (most of a loader's output does not)."""
    if "\t" in text or "  " in text:
        text = _SPACE_RUN.sub(" ", text)  # a run never spans lines
    if _has_edge_space(text):
        text = "\n".join(line.strip() for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n")


def _has_edge_space(text: str) -> bool:
    """Whether a line may start or end with white space (tabs are spaces by now)."""
    return " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " " \
        or _OTHER_SPACE.search(text) is not None


def join_split_numbers(text: str) -> str:
    """'31/QĐ-\\nUBND' -> '31/QĐ-UBND'; '25/KH- UBND' -> '25/KH-UBND'; '15/\\n2024/TT-' joined."""
    if _HYPHEN_GAP.search(text):
        text = _NUMBER_HYPHEN_BREAK.sub(r"\1\2", text)
    if _SLASH_AT_LINE_END.search(text):
        text = _NUMBER_SLASH_BREAK.sub(r"\1\2", text)
    return text


def _is_heading(line: str) -> bool:
    """Two letters or more, all capitals; stops at the first small letter (a line joined
    from many grows long)."""
    letters = 0
    for ch in line:
        if ch.isalpha():
            if not ch.isupper():
                return False
            letters += 1
    return letters >= 2


def _continues(prev: str, line: str) -> bool:
    """Whether `line` continues the sentence `prev` left unfinished."""
    if not prev or not line or not line[0].islower():
        return False
    if prev[-1] in rules.LINE_END or not (prev[-1].isalnum() or prev[-1] in ",)\"”"):
        return False
    return not (_LIST_ITEM.match(line) or _STRUCTURAL.match(line) or _is_heading(prev))


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines where the next line plainly continues the sentence."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and _continues(out[-1], line):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def normalize(text: str, *, unwrap: bool = True) -> str:
    """The whole clean-up, in order; `unwrap=False` keeps every line break."""
    text = tidy_lines(clean_characters(text))
    text = join_split_numbers(text)
    return unwrap_lines(text) if unwrap else text
