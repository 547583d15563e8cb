"""DOCX (Office Open XML) with python-docx: paragraphs and tables in body order,
text boxes, runs in legacy fonts converted from their bytes. Headers and footers
(running headers) are not part of the body and are dropped."""
from __future__ import annotations

import zipfile
from io import BytesIO

import docx
from docx.oxml.ns import qn

from extractors import legacy
from extractors.errors import LoadError
from extractors.load.columns import table_lines
from extractors.load.numbering import Numbering
from extractors.load.limits import DEFAULT_LIMITS, Limits
from extractors.load.raw import RawText

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Run content -> text (ECMA-376 Part 1, §17.3.3): tabs, breaks, hyphens.
_RUN_CHARS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}


class _Doc:
    def __init__(self, document: docx.document.Document):
        self.default_font = _default_font(document)
        self.style_fonts = {s.style_id: _style_font(s) for s in document.styles if hasattr(s, "font")}
        self.style_caps = {s.style_id: _style_caps(s) for s in document.styles if hasattr(s, "font")}
        self.style_numbers = {s.style_id: _style_numpr(s) for s in document.styles if hasattr(s, "font")}
        self.numbering = Numbering.of(document)
        self.legacy_seen: set[str] = set()

    def run_text(self, run, para_font: str | None, para_caps: bool = False) -> tuple[str, str | None, bool]:
        """The run's text as typed, with the legacy encoding of its font and whether it is
        drawn in capitals (a .Vn*H font, or "All caps" formatting on the run, its
        character style or its paragraph's style); `_converted` turns a paragraph's runs
        into Unicode."""
        rpr = run.find(qn("w:rPr"))
        font = None
        caps = para_caps
        if rpr is not None:
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is not None:
                font = fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))
            style = rpr.find(qn("w:rStyle"))
            if font is None and style is not None:
                font = self.style_fonts.get(style.get(qn("w:val")))
            if style is not None:
                caps = self.style_caps.get(style.get(qn("w:val"))) or caps
            caps = _caps_of(rpr, caps)
        font = font or para_font or self.default_font
        enc = legacy.encoding_for_font(font)
        parts: list[str] = []
        for child in run:
            if child.tag in (qn("w:t"), qn("w:delText")):
                parts.append(child.text or "" if child.tag == qn("w:t") else "")
            elif child.tag == qn("w:softHyphen"):
                parts.append("\xad" if enc == "tcvn3" else "")
            elif child.tag in _RUN_CHARS:
                parts.append(_RUN_CHARS[child.tag])
        text = "".join(parts)
        if enc and text:
            self.legacy_seen.add(enc)
        return text, enc, caps or legacy.is_uppercase_font(font)

    def paragraph(self, p) -> list[str]:
        """The paragraph's text, then the text of any text boxes anchored in it."""
        ppr = p.find(qn("w:pPr"))
        para_font = None
        style_id = None
        if ppr is not None and ppr.find(qn("w:pStyle")) is not None:
            style_id = ppr.find(qn("w:pStyle")).get(qn("w:val"))
            para_font = self.style_fonts.get(style_id)
        para_caps = bool(self.style_caps.get(style_id or "Normal"))
        runs: list[tuple[str, str | None, bool]] = [(self._label(ppr, style_id), None, False)]
        boxes: list[str] = []
        for el in p.iter(qn("w:r"), qn("w:txbxContent")):
            if _inside(el, _MC_FALLBACK, p) or _inside(el, qn("w:txbxContent"), p):
                continue
            if el.tag == qn("w:txbxContent"):
                boxes.extend(self.block(el))
            else:
                runs.append(self.run_text(el, para_font, para_caps))
        return [_converted(runs)] + boxes

    def _label(self, ppr, style_id: str | None) -> str:
        """The automatic list number of a paragraph, with a space after it."""
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id, ilvl = _numpr_values(numpr) if numpr is not None else self.style_numbers.get(style_id, (None, 0))
        label = self.numbering.label(num_id, ilvl) if num_id and num_id != "0" else ""
        return label + " " if label else ""

    def table(self, tbl) -> list[str]:
        rows: list[list[str]] = []
        for tr in tbl.iterchildren(qn("w:tr")):
            cells = ["\n".join(self.block(tc)).strip() for tc in tr.iterchildren(qn("w:tc"))]
            rows.append(cells)
        width = max((len(r) for r in rows), default=0)
        if width != 2:
            rows = [[c.replace("\n", " ") for c in r] for r in rows]
        return ["", *table_lines(rows), ""]

    def block(self, parent) -> list[str]:
        lines: list[str] = []
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                lines.extend(self.paragraph(child))
            elif child.tag == qn("w:tbl"):
                lines.extend(self.table(child))
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    lines.extend(self.block(content))
        return lines


def _converted(runs: list[tuple[str, str | None, bool]]) -> str:
    """A paragraph's runs in Unicode. Neighbouring runs in the same legacy encoding are
    converted together: a VNI tone mark may sit in the run after its vowel's."""
    merged: list[tuple[str, str | None, bool]] = []
    for text, enc, upper in runs:
        if merged and merged[-1][1:] == (enc, upper):
            merged[-1] = (merged[-1][0] + text, enc, upper)
        elif text:
            merged.append((text, enc, upper))
    return "".join(legacy.convert(text, enc, upper=upper) if enc else text.upper() if upper else text
                   for text, enc, upper in merged)


def _inside(el, tag: str, stop) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def _numpr_values(numpr) -> tuple[str | None, int]:
    num = numpr.find(qn("w:numId"))
    lvl = numpr.find(qn("w:ilvl"))
    return (num.get(qn("w:val")) if num is not None else None,
            int(lvl.get(qn("w:val"))) if lvl is not None else 0)


def _style_numpr(style) -> tuple[str | None, int]:
    while style is not None:
        ppr = style.element.find(qn("w:pPr"))
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if numpr is not None:
            return _numpr_values(numpr)
        style = style.base_style
    return None, 0


def _style_font(style) -> str | None:
    while style is not None:
        if style.font is not None and style.font.name:
            return style.font.name
        style = style.base_style
    return None


# Run properties that draw small letters as capitals (ECMA-376 Part 1, §17.3.2.5 caps,
# §17.3.2.33 smallCaps); a w:val of false/0/off turns an inherited one off.
_CAPS = (qn("w:caps"), qn("w:smallCaps"))
_OFF = ("0", "false", "off")


def _caps_of(rpr, inherited: bool) -> bool:
    for tag in _CAPS:
        el = rpr.find(tag)
        if el is not None:
            return el.get(qn("w:val"), "true").lower() not in _OFF
    return inherited


def _style_caps(style) -> bool:
    while style is not None:
        if style.font is not None and (style.font.all_caps is not None or style.font.small_caps is not None):
            return bool(style.font.all_caps or style.font.small_caps)
        style = style.base_style
    return False


def _default_font(document) -> str | None:
    try:
        return _style_font(document.styles["Normal"])
    except KeyError:
        return None


def load(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawText:
    try:
        document = docx.Document(BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise LoadError(f"corrupt DOCX: {e}", kind="corrupt") from e
    except Exception as e:  # lxml XMLSyntaxError and python-docx PackageNotFoundError
        raise LoadError(f"corrupt DOCX: {type(e).__name__}: {e}", kind="corrupt") from e
    reader = _Doc(document)
    text = "\n".join(reader.block(document.element.body))
    enc = min(reader.legacy_seen) if reader.legacy_seen else None
    text, found = legacy.fix_text(text)
    return RawText(text=text, format="docx", encoding=enc or found or "utf-8",
                   legacy_encoding=enc or found, legacy_done=True)
