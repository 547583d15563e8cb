"""Lines of a document's text and what a line can be.

The line model (`Line`: where it starts and ends, its characters, its cleaned text)
and the line predicates the layout walk, the list readers (`recipients`) and the
signature reader (`signer`) share: blank, capitals, a type name, a list label, the
body's first words; and the compiled table of layout markers they test lines with.
"""
from __future__ import annotations

import re
from functools import cache

from extractors.data import layout_markers as M
from extractors.data.doc_types import by_name, type_names
from extractors.regexes import alternation, labelled, phrase


class Line:
    """One line of the text: where it starts and ends, and its characters. A plain
    class, not a frozen dataclass: documents have thousands of lines, built on every
    call, and a frozen dataclass takes twice as long to make; the cleaned text is
    worked out on first use (most lines are never read)."""

    __slots__ = ("start", "end", "raw", "_text", "_blank")

    def __init__(self, start: int, end: int, raw: str) -> None:
        self.start, self.end, self.raw = start, end, raw
        self._text: str | None = None
        self._blank: bool | None = None

    def __repr__(self) -> str:
        return f"Line(start={self.start}, end={self.end}, raw={self.raw!r})"

    @property
    def text(self) -> str:
        """The line without markdown emphasis, heading marks or edge spaces."""
        if self._text is None:
            self._text = clean(self.raw)
        return self._text

    @property
    def blank(self) -> bool:
        """An empty line or a rule ("-------", "* *")."""
        if self._blank is None:
            self._blank = not self.text or bool(pattern("decoration").match(self.text))
        return self._blank


# --- compiled building blocks --------------------------------------------------


_MARKDOWN_OPENERS = "#>*_"  # heading marks, quotes and emphasis before a line's text
_MARKDOWN_CLOSERS = "*_"  # emphasis after it


def clean(s: str) -> str:
    """White space collapsed, markdown marks stripped from both ends."""
    words = s.split()
    while words and not words[0].lstrip(_MARKDOWN_OPENERS):
        del words[0]
    if not words:
        return ""
    words[0] = words[0].lstrip(_MARKDOWN_OPENERS)
    while not words[-1].rstrip(_MARKDOWN_CLOSERS):  # stops at words[0]: it opens with text
        words.pop()
    words[-1] = words[-1].rstrip(_MARKDOWN_CLOSERS)
    return " ".join(words)


def _typed_label() -> str:
    """A type name before the number label, as a legal text prints it: "Nghị quyết số"."""
    names = [n for t in type_names() for n in (t, t.upper())]
    return rf"(?:{alternation(names)})\s+(?:{M.NUMBER_LABEL.lower()}|{M.NUMBER_LABEL.upper()})"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    title = alternation(M.NATIONAL_TITLE + M.PARTY_TITLE)
    motto = alternation(M.MOTTO).replace(r"\-", r"[-–—]")
    blank = re.escape(M.DATE_BLANK_CHARS)
    return {
        "motto": re.compile(rf"(?:{title})|(?:{motto})"),
        # "Số: 12/UBND", and a legal text's "Nghị quyết số: 170/2024/QH15" (type name first)
        "number": re.compile(
            rf"(?:^|(?<=\s\s)|(?<=\|))(?:(?:{_typed_label()})\s*:|"
            rf"{M.NUMBER_LABEL}\s*(?::|(?=\s*[\d/]))|{M.NUMBER_LABEL.upper()}\s*:)", re.M),
        # the day may be a short illegible token: a day written in by hand at signing, as OCR reads it
        "date": re.compile(rf",?\s*\bngày(?P<d>[{blank}\d]*?|[{blank}]*(?=\S*[^\d\s])\S{{1,4}}[{blank}]*)"
                           rf"(?:tháng|/)(?P<m>[{blank}\d]*?)(?:năm|/)\s*(?P<y>\d{{4}})"),
        # a scan may lose "Kính" or misread it whole ("Site gửi:"): "gửi:" first on its line still opens the list;
        # not "nhận:" of "Nơi nhận" ("- Nguyên nhân: ..." reads so)
        "recipients": re.compile(rf"^\W*(?:{labelled(M.RECIPIENTS_LABELS, first_lost=True)})", re.I),
        "telegram": re.compile(rf"\b{M.TELEGRAM_RECIPIENTS_VERB}\s*:\s*$"),
        "cc": re.compile(rf"^\W*(?:{labelled(M.CC_LABELS)})", re.M | re.I),
        "opener": re.compile(rf"^(?:{alternation(M.SUBJECT_OPENERS)})(?=\W|$)"),
        "body": re.compile(rf"^(?:(?:{alternation(M.BODY_OPENERS)})\b|"
                           rf"(?:{alternation(M.SECTION_HEADS)})\s+{M.SECTION_NUMBER})"),
        "heading": re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s"),
        "enacting": re.compile(rf"^(?:{alternation(M.ENACTING_HEADS)})\b"),
        "decoration": re.compile(r"^[-_=*.•~\s]*$"),
        "draft": re.compile(rf"^(?:{alternation(M.DRAFT_MARKS)})$"),
        "authority": re.compile(rf"^(?:(?P<auth>{'|'.join(M.AUTHORITIES)})\s*\.|"
                                rf"(?P<variant>{'|'.join(map(re.escape, M.AUTHORITY_VARIANTS))})\.?(?=\s|$))\s*(?P<rest>.*)$"),
        "title_word": re.compile(alternation(M.SIGNER_TITLE_WORDS)),
    }


def pattern(name: str) -> re.Pattern[str]:
    return _patterns()[name]


# --- lines ---------------------------------------------------------------------


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def is_upper(s: str) -> bool:
    """A line printed in capitals (agency names, type names, titles): a cased letter, none in lower case."""
    return s.isupper()


def is_capital_text(s: str) -> bool:
    """Words in capitals ("THÀNH PHỐ HỒ CHÍ MINH"), not a bare symbol ("136/2025/NĐ-CP")."""
    return is_upper(s) and any(w.isalpha() for w in s.split())


def is_blank(line: Line) -> bool:
    """An empty line or a rule ("-------", "* *")."""
    return line.blank


def is_type_line(s: str) -> bool:
    """A line that is only a type name in capitals ("QUYẾT ĐỊNH", "# KẾ HOẠCH")."""
    return is_upper(s) and by_name(s.rstrip(":")) is not None


def opening(lines: list[Line], ks: list[int]) -> str:
    """The text of line ks[0], joined to line ks[1] when it holds only a phrase's first
    words, as a body opener wrapped in a narrow column ("Căn" / "cứ Luật ...", "Thực" / "hiện")."""
    s = lines[ks[0]].text
    return f"{s} {lines[ks[1]].text}" if len(s.split()) <= 2 and len(ks) > 1 else s


def starts_body(s: str) -> bool:
    return bool(pattern("body").match(s) or pattern("heading").match(s))


def is_recipients_marker(s: str) -> bool:
    return bool(pattern("recipients").match(s) or pattern("telegram").search(s))


@cache
def _label_halves(labels: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(first word, pattern of the rest) of each label: "Kính" + "gửi", "Đồng" + "kính gửi"."""
    return tuple((label.split()[0], re.compile(rf"{phrase(' '.join(label.split()[1:]))}\b"))
                 for label in labels)


def wrapped_label(lines: list[Line], i: int, labels: tuple[str, ...]) -> bool:
    """One of the labels broken after its first word ("Kính" / "gửi: ...", "Đồng" /
    "kính gửi:", "Nơi" / "nhận:")."""
    if i + 1 >= len(lines):
        return False
    s = lines[i].text
    return any(s == first and rest.match(lines[i + 1].text) for first, rest in _label_halves(labels))
