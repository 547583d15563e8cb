"""RTF: a small reader that follows each run's font, so that text set in .VnTime or
VNI-Times is converted from its bytes (and .Vn*H text upper-cased), other text decoded
with the font's code page (\\fcharset, \\ansicpg), \\uN taken as Unicode. Tables
become layout columns or rows (extractors.load.columns); headers and footers are
dropped."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors import legacy
from extractors.data import rtf_words
from extractors.errors import LoadError
from extractors.load.columns import split_columns, table_lines
from extractors.load.limits import DEFAULT_LIMITS, LimitExceeded, Limits
from extractors.load.raw import RawText

_TOKEN = re.compile(
    r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+|([^\\{}\r\n]+)"
)


_Key = tuple[int | None, bool]  # a run's font id and whether it is drawn in capitals


@dataclass(frozen=True)
class _State:
    font: int | None = None
    caps: bool = False  # \caps, \scaps: small letters drawn as capitals
    skip: bool = False
    uc: int = 1
    in_font_table: bool = False


@dataclass
class _Font:
    name: str = ""
    charset: int | None = None


class _Reader:
    def __init__(self, data: str, max_nesting: int):
        self.data = data
        self.max_nesting = max_nesting  # groups inside groups: each open one holds a state
        self.fonts: dict[int, _Font] = {}
        self.codepage = "cp1252"
        self.default_font: int | None = None
        self.out: list[str] = []  # finished text
        self.cell: list[str] = []  # text of the current table cell
        self.row: list[str] = []
        self.table: list[list[str]] = []
        self.in_table = False
        self.pending: list[tuple[str, _Key]] = []  # undecoded byte runs (latin-1 str, font and caps)
        self.legacy_seen: set[str] = set()

    # -- text assembly ----------------------------------------------------------------
    def _decode(self, raw: str, key: _Key) -> str:
        font_id, caps = key
        text = self._decode_font(raw, font_id)
        return text.upper() if caps else text

    def _decode_font(self, raw: str, font_id: int | None) -> str:
        font = self.fonts.get(font_id if font_id is not None else -1)
        if font is None and self.default_font is not None:
            font = self.fonts.get(self.default_font)
        enc = legacy.encoding_for_font(font.name) if font else None
        if enc:
            self.legacy_seen.add(enc)
            return legacy.convert(raw, enc, upper=legacy.is_uppercase_font(font.name))
        codepage = rtf_words.CHARSET_CODEPAGE.get(font.charset, self.codepage) if font and font.charset is not None \
            else self.codepage
        try:
            return raw.encode("latin-1").decode(codepage, errors="replace")
        except LookupError:
            return raw

    def _flush(self) -> None:
        if self.pending:
            text = "".join(self._decode(raw, f) for raw, f in _merge(self.pending))
            (self.cell if self.in_table else self.out).append(text)
            self.pending = []

    def emit(self, text: str, font: _Key, raw: bool) -> None:
        if not raw:
            text = text.upper() if font[1] else text
            self._flush()
            if self.table and not self.in_table and text.strip():
                self._flush_table()
            (self.cell if self.in_table else self.out).append(text)
        else:
            if self.table and not self.in_table and text.strip():
                self._flush_table()
            self.pending.append((text, font))

    def end_cell(self) -> None:
        self._flush()
        self.row.append("".join(self.cell).strip())
        self.cell = []

    def end_row(self) -> None:
        self._flush()
        if self.cell:
            self.end_cell()
        if any(self.row):
            self.table.append(self.row)
        self.row = []

    def _flush_table(self) -> None:
        if self.table:
            cells = [[c.replace("\n", " ") if len(r) > 2 else c for c in r] for r in self.table]
            self.out.append("\n" + "\n".join(table_lines(cells)) + "\n")
            self.table = []

    # -- parsing ------------------------------------------------------------------------
    def run(self) -> str:
        state = _State()
        stack: list[_State] = []
        font_entry: _Font | None = None
        font_entry_id: int | None = None
        font_entry_depth = 0
        skip_bytes = 0
        expect_destination = False
        for m in _TOKEN.finditer(self.data):
            word, arg, hexbyte, symbol, brace, text = m.groups()
            if brace == "{":
                if len(stack) >= self.max_nesting:
                    raise LimitExceeded(f"RTF groups nested deeper than {self.max_nesting}", limit="max_nesting")
                stack.append(state)
                expect_destination = False
                continue
            if brace == "}":
                if state.in_font_table and font_entry is not None and len(stack) == font_entry_depth:
                    self.fonts.setdefault(font_entry_id, font_entry)
                    font_entry, font_entry_id = None, None
                state = stack.pop() if stack else _State()
                expect_destination = False
                continue
            if state.in_font_table:
                if word == "f" and arg is not None:
                    font_entry_id, font_entry, font_entry_depth = int(arg), _Font(), len(stack)
                elif word == "fcharset" and font_entry is not None:
                    font_entry.charset = int(arg or 0)
                elif symbol == "*" or word in ("panose", "falt"):
                    state = replace(state, skip=True)
                elif text and font_entry is not None and not state.skip:
                    font_entry.name += text
                    if ";" in font_entry.name:
                        font_entry.name = font_entry.name.split(";")[0].strip()
                        if font_entry_id is not None:
                            self.fonts.setdefault(font_entry_id, font_entry)
                continue
            if symbol == "*":
                expect_destination = True
                continue
            if word is not None:
                n = int(arg) if arg is not None else None
                if word == "fonttbl":
                    state = replace(state, in_font_table=True)
                elif word in rtf_words.SKIPPED_DESTINATIONS or (expect_destination and word not in ("pn",)):
                    state = replace(state, skip=True)
                elif word == "bin" and n:
                    skip_bytes = n
                elif state.skip:
                    pass
                elif word == "ansicpg" and n:
                    self.codepage = f"cp{n}"
                elif word == "deff" and n is not None:
                    self.default_font = n
                elif word in ("caps", "scaps"):
                    state = replace(state, caps=n != 0)
                elif word == "plain":
                    state = replace(state, caps=False)
                elif word == "f" and n is not None:
                    state = replace(state, font=n)
                elif word == "uc" and n is not None:
                    state = replace(state, uc=n)
                elif word == "u" and n is not None:
                    self.emit(chr(n + 65536 if n < 0 else n), (state.font, state.caps), raw=False)
                    skip_bytes = state.uc
                elif word == "pard":
                    self.in_table = False
                elif word == "intbl":
                    self.in_table = True
                elif word == "cell":
                    self.in_table = True
                    self.end_cell()
                elif word == "row":
                    self.end_row()
                    self.in_table = False
                elif word in rtf_words.CHARACTERS:
                    self.emit(rtf_words.CHARACTERS[word], (state.font, state.caps), raw=False)
                expect_destination = False
                continue
            expect_destination = False
            if state.skip:
                continue
            if hexbyte is not None:
                if skip_bytes:
                    skip_bytes -= 1
                    continue
                self.emit(chr(int(hexbyte, 16)), (state.font, state.caps), raw=True)
            elif symbol is not None:
                if symbol in rtf_words.CHARACTERS:
                    self.emit(rtf_words.CHARACTERS[symbol], (state.font, state.caps), raw=False)
            elif text:
                if skip_bytes:
                    cut = min(skip_bytes, len(text))
                    text, skip_bytes = text[cut:], skip_bytes - cut
                if text:
                    self.emit(text, (state.font, state.caps), raw=True)
        self.end_row() if self.cell or self.row else None
        self._flush()
        self._flush_table()
        return "".join(self.out)


def _merge(runs: list[tuple[str, _Key]]) -> list[tuple[str, _Key]]:
    merged: list[tuple[str, _Key]] = []
    for raw, font in runs:
        if merged and merged[-1][1] == font:
            merged[-1] = (merged[-1][0] + raw, font)
        else:
            merged.append((raw, font))
    return merged


def load(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawText:
    body = data.decode("latin-1")
    if not body.lstrip().startswith("{\\rtf"):
        raise LoadError("corrupt RTF: it does not start with {\\rtf", kind="corrupt")
    reader = _Reader(body, limits.max_nesting)
    try:
        text = reader.run()
    except (IndexError, ValueError) as e:
        raise LoadError(f"corrupt RTF: {e}", kind="corrupt") from e
    enc = min(reader.legacy_seen) if reader.legacy_seen else None
    text, found = legacy.fix_text(text)
    return RawText(text=split_columns(text), format="rtf", encoding=enc or found or reader.codepage,
                   legacy_encoding=enc or found, legacy_done=True)
