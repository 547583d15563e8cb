"""Word's automatic list numbers ("1.", "a)", "-" that the document shows but its text
does not hold), rebuilt from numbering.xml (ECMA-376 Part 1, §17.9) so that list items
start their line as later stages expect."""
from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn

# w:numFmt values (ECMA-376 §17.18.59) that Vietnamese documents use.
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# Bullet glyphs (Symbol/Wingdings private-use code points included) shown as a dash,
# the list marker of Vietnamese administrative text; "+" stays "+".
_PLUS = "+"


def _roman(n: int) -> str:
    out = ""
    for value, digits in _ROMAN:
        while n >= value:
            out, n = out + digits, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(fmt: str, n: int) -> str:
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "none":
        return ""
    return str(n)  # decimal and anything else


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class Numbering:
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl -> level
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        abstract: dict[str, dict[int, _Level]] = {}
        for an in root.iterchildren(qn("w:abstractNum")):
            abstract[an.get(qn("w:abstractNumId"))] = {
                int(lvl.get(qn("w:ilvl"), "0")): _level(lvl) for lvl in an.iterchildren(qn("w:lvl"))
            }
        for num in root.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")), {})) if ref is not None else {}
            for override in num.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                lvl = override.find(qn("w:lvl"))
                start = override.find(qn("w:startOverride"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                elif start is not None and ilvl in levels:
                    levels[ilvl] = _Level(int(start.get(qn("w:val"))), levels[ilvl].fmt, levels[ilvl].text)
            numbering.levels[num.get(qn("w:numId"))] = levels
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        """The next label of list `num_id` at level `ilvl` ('' when there is none)."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        level = levels[ilvl]
        if level.fmt == "bullet":
            return _PLUS if level.text.strip() == _PLUS else "-"
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                n = counters.get(k, levels[k].start if k in levels else 1)
                text = text.replace(f"%{k + 1}", _format(levels[k].fmt if k in levels else "decimal", n))
        return text.strip()


def _level(lvl) -> _Level:
    def val(tag: str, default: str) -> str:
        el = lvl.find(qn(tag))
        return el.get(qn("w:val"), default) if el is not None else default

    return _Level(int(val("w:start", "1")), val("w:numFmt", "decimal"), val("w:lvlText", ""))
