"""HTML: the text of the body with its block structure (one line per block, list item,
table row or layout column), script/style/head dropped, text in legacy fonts
(<font face=".VnTime">, style="font-family: VNI-Times") converted.

Linear in the size of the page: libxml2's HTML parser (through lxml) tokenizes it and
closes what a browser would close (a `<p>` left open ends at the next one), and each
open element keeps the font and `<pre>` state it passes on, so that a text node looks
at the innermost one only. Elements nested past `limits.max_nesting` are refused.
(The standard library's html.parser is quadratic on some broken input, such as a
long run of `<a ` without a `>`.)"""
from __future__ import annotations

import re
from lxml import etree

from extractors import legacy
from extractors.load.columns import table_lines
from extractors.load.limits import DEFAULT_LIMITS, LimitExceeded, Limits
from extractors.load.raw import RawText
from extractors.load.text import decode

# Elements whose content is not text of the document (HTML Living Standard: metadata
# and scripting content).
_DROPPED = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe"})
# Elements that start a new line (HTML Living Standard: flow content that is not phrasing).
_BLOCKS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3",
    "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "form",
    "hr", "address", "figure", "figcaption", "table", "caption", "fieldset",
})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"})
_FONT_FAMILY = re.compile(r"font-family\s*:\s*['\"]?([^;'\",]+)", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*['\"]?([\w-]+)", re.IGNORECASE)


class _Open:
    """An open element and what its content inherits: the font in force, inside <pre>."""

    __slots__ = ("tag", "font", "pre")

    def __init__(self, tag: str, font: str | None, pre: bool):
        self.tag, self.font, self.pre = tag, font, pre


class _Reader:
    """The parser target: libxml2 calls start, end and data as it reads the page."""

    def __init__(self, max_nesting: int) -> None:
        self.max_nesting = max_nesting
        self.out: list[str] = []
        self.stack: list[_Open] = []
        self.drop = 0
        self.tables: list[tuple[list[list[str]], list[str] | None, list[str] | None]] = []
        self.legacy_seen: set[str] = set()

    def close(self) -> None:
        """The end of the page: what is still open is closed."""
        while self.stack:
            self._close(self.stack.pop().tag)

    def _sink(self) -> list[str]:
        if self.tables and self.tables[-1][2] is not None:
            return self.tables[-1][2]
        return self.out

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        font = attrs.get("face")
        m = _FONT_FAMILY.search(attrs.get("style") or "")
        font = m.group(1).strip() if m else font
        if tag not in _VOID:
            inner = self.stack[-1] if self.stack else None
            self.stack.append(_Open(tag, font or (inner.font if inner else None),
                                    tag == "pre" or bool(inner and inner.pre)))
            if len(self.stack) > self.max_nesting:
                raise LimitExceeded(f"HTML elements nested deeper than {self.max_nesting}", limit="max_nesting")
        if tag in _DROPPED:
            self.drop += 1
        elif tag == "table":
            self.tables.append(([], None, None))
        elif tag == "tr" and self.tables:
            rows, _, _ = self.tables[-1]
            self.tables[-1] = (rows, [], None)
        elif tag in ("td", "th") and self.tables and self.tables[-1][1] is not None:
            rows, row, _ = self.tables[-1]
            self.tables[-1] = (rows, row, [])
        elif tag == "br" or tag in _BLOCKS:
            self._sink().append("\n")
        if tag == "li":
            self._sink().append("- ")

    def end(self, tag: str) -> None:
        if tag in _VOID:
            return
        while self.stack:
            open_tag = self.stack.pop().tag
            self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if tag in _DROPPED:
            self.drop = max(0, self.drop - 1)
        elif tag in ("td", "th") and self.tables and self.tables[-1][2] is not None:
            rows, row, cell = self.tables[-1]
            assert row is not None
            row.append(re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(cell)).strip())
            self.tables[-1] = (rows, row, None)
        elif tag == "tr" and self.tables and self.tables[-1][1] is not None:
            rows, row, _ = self.tables[-1]
            if row and any(row):
                rows.append(row)
            self.tables[-1] = (rows, None, None)
        elif tag == "table" and self.tables:
            rows, _, _ = self.tables.pop()
            width = max((len(r) for r in rows), default=0)
            if width != 2:
                rows = [[c.replace("\n", " ") for c in r] for r in rows]
            self._sink().append("\n" + "\n".join(table_lines(rows)) + "\n")
        elif tag in _BLOCKS:
            self._sink().append("\n")

    def data(self, data: str) -> None:
        if self.drop:
            return
        inner = self.stack[-1] if self.stack else None
        if not (inner and inner.pre):
            data = re.sub(r"\s+", " ", data)
        font = inner.font if inner else None
        enc = legacy.encoding_for_font(font)
        if enc:
            self.legacy_seen.add(enc)
            data = legacy.convert(data, enc, upper=legacy.is_uppercase_font(font))
        self._sink().append(data)


def _charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def load(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawText:
    charset = _charset(data)
    try:
        text, encoding = (data.decode(charset), charset) if charset else decode(data)
    except (LookupError, UnicodeDecodeError):
        text, encoding = decode(data)
    parser = _Reader(limits.max_nesting)
    lx = etree.HTMLParser(target=parser, recover=True, no_network=True, remove_comments=True, remove_pis=True,
                          huge_tree=True)
    lx.feed(text)
    lx.close()
    body = _BLANK_LINES.sub("\n", "".join(parser.out))  # block edges, not the author's blank lines
    enc = min(parser.legacy_seen) if parser.legacy_seen else None
    body, found = legacy.fix_text(body)
    return RawText(text=body, format="html", encoding=enc or found or encoding,
                   legacy_encoding=enc or found, legacy_done=True)
