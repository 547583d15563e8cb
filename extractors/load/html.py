"""HTML: the text of the body with its block structure (one line per block, list item,
table row or layout column), script/style/head dropped, text in legacy fonts
(<font face=".VnTime">, style="font-family: VNI-Times") converted."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from extractors import legacy
from extractors.load.columns import table_lines
from extractors.load.limits import DEFAULT_LIMITS, Limits
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


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, str | None]] = []  # (tag, font)
        self.drop = 0
        self.tables: list[tuple[list[list[str]], list[str] | None, list[str] | None]] = []
        self.legacy_seen: set[str] = set()

    def _font(self) -> str | None:
        for _, font in reversed(self.stack):
            if font:
                return font
        return None

    def _sink(self) -> list[str]:
        if self.tables and self.tables[-1][2] is not None:
            return self.tables[-1][2]
        return self.out

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        font = a.get("face")
        m = _FONT_FAMILY.search(a.get("style") or "")
        font = m.group(1).strip() if m else font
        if tag not in _VOID:
            self.stack.append((tag, font))
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

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, _ = self.stack.pop()
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

    def handle_data(self, data: str) -> None:
        if self.drop:
            return
        if not any(tag == "pre" for tag, _ in self.stack):
            data = re.sub(r"\s+", " ", data)
        font = self._font()
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
    parser = _Parser()
    parser.feed(text)
    parser.close()
    while parser.stack:
        parser._close(parser.stack.pop()[0])
    body = _BLANK_LINES.sub("\n", "".join(parser.out))  # block edges, not the author's blank lines
    enc = min(parser.legacy_seen) if parser.legacy_seen else None
    body, found = legacy.fix_text(body)
    return RawText(text=body, format="html", encoding=enc or found or encoding,
                   legacy_encoding=enc or found, legacy_done=True)
