"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI) -> Unicode NFC.

Text typed before Unicode was set in fonts whose byte codes stand for Vietnamese
letters; read naively it comes out as Latin-1 mojibake ("Céng hßa" for "Cộng hòa",
"COÄNG HOØA" for "CỘNG HÒA"). The byte tables are data in `extractors/data/`
(tcvn3.tsv, vni.tsv, legacy_aliases.tsv, each with its source).

Two ways in:
- a loader that knows each run's font (RTF, DOCX, PDF, HTML) calls `convert` on the
  runs set in a legacy font (`encoding_for_font`); `.Vn*H` fonts draw capitals;
- text with no font information (TXT, antiword's DOC output) goes through
  `fix_text`, which decides line by line whether TCVN3, VNI or neither reads as
  Vietnamese, scoring each candidate by how many of its words are not Vietnamese
  syllables, and keeps the line as it is on a tie.

Text whose fonts are unknown has also lost what a capitals font drew: `restore_case`
upper-cases the lines whose case is certain without the font.

Why not depend on viparse: its tables agree with ours (tests/test_legacy.py checks
that when it is installed), but its `fix` collapses white space, which destroys the
line structure the header and signature stages read, and its whole-text detection
missed short mixed strings. Its findings are credited in the data files.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files

from extractors.data import doc_types, layout_markers, syllable
from extractors.data.tones import unify_tones

ENCODINGS = ("tcvn3", "vni")


@dataclass(frozen=True)
class Charmap:
    """Legacy surface sequences -> Unicode, grouped by first character, longest first."""

    name: str
    by_first: dict[str, tuple[tuple[str, str], ...]]
    aliases: dict[str, str]  # PDF stand-ins -> the legacy surface character

    @cached_property
    def sequences(self) -> re.Pattern[str]:
        """Any surface sequence, longest first: a scan finds at each position what
        `by_first` gives first, and skips the characters no sequence starts with."""
        seqs = sorted((seq for group in self.by_first.values() for seq, _ in group), key=len, reverse=True)
        return re.compile("|".join(map(re.escape, seqs)))

    @cached_property
    def replacements(self) -> dict[str, str]:
        return {seq: out for group in self.by_first.values() for seq, out in group}


def _rows(name: str) -> list[list[str]]:
    text = files("extractors.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _surfaces(byte: int) -> set[str]:
    """How one legacy byte can surface in extracted text: Latin-1 and cp1252 readings."""
    out = {chr(byte)}
    try:
        out.add(bytes([byte]).decode("cp1252"))
    except UnicodeDecodeError:
        pass
    return out


def _group(pairs: dict[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    grouped: dict[str, list[tuple[str, str]]] = {}
    for seq, out in sorted(pairs.items(), key=lambda kv: -len(kv[0])):
        grouped.setdefault(seq[0], []).append((seq, out))
    return {k: tuple(v) for k, v in grouped.items()}


def _tcvn3_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for hexbyte, letter in _rows("tcvn3.tsv"):
        for surface in _surfaces(int(hexbyte, 16)):
            pairs[surface] = letter
    return pairs


def _vni_pairs() -> dict[str, str]:
    letters: dict[str, str] = {}
    marks: list[tuple[str, str, str]] = []  # (surface byte char, combining, bases)
    for row in _rows("vni.tsv"):
        kind, hexbyte, value = row[0], int(row[1], 16), row[2]
        if kind == "letter":
            letters[chr(hexbyte)] = value
        else:
            combining = "".join(chr(int(cp, 16)) for cp in value.split())
            marks.append((chr(hexbyte), combining, row[3]))
    # A base is a plain vowel or one of the VNI single-byte vowel letters (ơ ư).
    bases: dict[str, str] = {}  # surface -> Unicode base letter
    for vowel in "aeiouy":
        bases[vowel], bases[vowel.upper()] = vowel, vowel.upper()
    for surface, letter in letters.items():
        if letter.lower() in "ơư":
            bases[surface] = letter
    pairs = dict(letters)
    for mark, combining, allowed in marks:
        for surface, base in bases.items():
            if base.lower() in allowed:
                pairs[surface + mark] = unicodedata.normalize("NFC", base + combining)
    return pairs


@cache
def charmap(name: str) -> Charmap:
    """The conversion table of one legacy encoding ('tcvn3' or 'vni')."""
    if name == "tcvn3":
        pairs = _tcvn3_pairs()
        aliases = {chr(int(cp, 16)): chr(int(b, 16)) for cp, b in _rows("legacy_aliases.tsv")}
    elif name == "vni":
        pairs, aliases = _vni_pairs(), {}
    else:
        raise ValueError(f"unknown legacy encoding {name!r}; known: {', '.join(ENCODINGS)}")
    return Charmap(name=name, by_first=_group(pairs), aliases=aliases)


def _restore_aliases(text: str, aliases: dict[str, str]) -> str:
    if not aliases or not any(ch in text for ch in aliases):
        return text
    out = list(text)
    for i, ch in enumerate(text):
        if ch in aliases:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before.isalpha() or after.isalpha():
                out[i] = aliases[ch]
    return "".join(out)


def convert(text: str, encoding: str, *, upper: bool = False) -> str:
    """Convert legacy surface text to Unicode NFC; `upper` for text set in a .Vn*H font."""
    table = charmap(encoding)
    text = _restore_aliases(text, table.aliases)
    replacements = table.replacements
    result = unicodedata.normalize("NFC", table.sequences.sub(lambda m: replacements[m.group()], text))
    if upper:
        return result.upper()
    return _CAPITAL_WORD.sub(lambda m: m.group(0).upper(), result) if encoding == "tcvn3" else result


# A word typed in capitals whose toned letters came out in lower case ("QUYếT ĐịNH",
# "THàNH PHố"): TCVN3 has no toned capitals, the .Vn*H font drew them, so the whole word
# was a capital word: two ASCII capitals or more and no ASCII small letter ("Số", "Bộ"
# stay as they are).
_CAPITAL_WORD = re.compile(r"\b(?=(?:[^\W\d_]*[A-Z]){2})(?=[^\W\d_]*[^\W\d_A-Za-z])[^\W\da-z_]+\b")


# ---------------------------------------------------------------------------
# Fonts

_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
_FONT_STYLE = re.compile(r"[,-](bold|italic|bolditalic|regular|oblique)\b.*$|\s+(tur|ce|cyr|greek|baltic)$", re.IGNORECASE)


# .VnTime, .VnArial, .VnTimeH ... (some PDF producers drop the leading dot)
_TCVN3_FONT = re.compile(r"^\.?vn(?!i\b|i[- ])[a-z]")
# VNI-Times, VNI-Helve, VNI Times ...
_VNI_FONT = re.compile(r"^vni[- ]")


def _font_base(font: str) -> str:
    name = _SUBSET_TAG.sub("", font.strip())
    return _FONT_STYLE.sub("", name).strip()


def encoding_for_font(font: str | None) -> str | None:
    """'tcvn3' for the .Vn* fonts, 'vni' for the VNI-* fonts, else None."""
    if not font:
        return None
    name = _font_base(font).lower()
    if _TCVN3_FONT.match(name):
        return "tcvn3"
    if _VNI_FONT.match(name):
        return "vni"
    return None


def is_uppercase_font(font: str | None) -> bool:
    """The .Vn*H fonts (.VnTimeH, .VnArialH ...) draw lower-case TCVN3 codes as capitals."""
    if not font or encoding_for_font(font) != "tcvn3":
        return False
    return _font_base(font).endswith("H")


# ---------------------------------------------------------------------------
# Content detection (no font information)

_TOKEN = re.compile(r"[^\s\x00-\x40\x5b-\x60\x7b-\x7f]+")
_UNICODE_ONLY = frozenset(syllable.UNICODE_ONLY_LETTERS) | {chr(c) for c in range(0x0300, 0x0324)}
_UNICODE_ONLY_CHAR = re.compile("[" + re.escape("".join(sorted(_UNICODE_ONLY))) + "]")
# A line with a non-ASCII letter and none that only Unicode has: the lines that may be
# legacy surface text (an ASCII line has no foreign word).
_UNICODE_ONLY_CLASS = re.escape("".join(sorted(_UNICODE_ONLY)))
_MAYBE_LEGACY_LINE = re.compile(
    rf"^[\x00-\x09\x0b-\x7f]*[^\x00-\x7f{_UNICODE_ONLY_CLASS}][^\n{_UNICODE_ONLY_CLASS}]*$", re.M)
_ABBREVIATION = re.compile(r"^[A-ZĐ]+$")
# A document is plainly legacy when its lines that need converting outnumber its
# Unicode lines this many times over.
_PLAINLY_LEGACY = 5


def _is_syllable(token: str) -> bool:
    return bool(_ABBREVIATION.match(token)) or syllable.is_syllable(token)


def foreign_words(text: str) -> int:
    """How many non-ASCII words of `text` are not Vietnamese syllables."""
    return sum(1 for tok in _TOKEN.findall(text) if len(tok) > 1 and not tok.isascii() and not _is_syllable(tok))


def looks_unicode(text: str) -> bool:
    """Text with letters that only Unicode Vietnamese has cannot be legacy surface text."""
    return _UNICODE_ONLY_CHAR.search(text) is not None


def _best(line: str, order: tuple[str, ...], *, prefer: str | None = None) -> tuple[str | None, str]:
    """The reading of `line` with the fewest foreign words: as it is, or converted from
    one of `order`. Ties keep the line as it is, or go to `prefer` (a document whose
    lines are overwhelmingly in that encoding)."""
    best_enc, best_text, best_bad = None, line, foreign_words(line)
    for enc in order:
        candidate = convert(line, enc)
        if candidate == line:
            continue
        bad = foreign_words(candidate)
        if bad < best_bad or (bad == best_bad and enc == prefer and best_enc is None):
            best_enc, best_text, best_bad = enc, candidate, bad
    return best_enc, best_text


def fix_text(text: str) -> tuple[str, str | None]:
    """Convert the lines of `text` that read as TCVN3 or VNI; return (text, encoding).

    The encoding returned is the one most lines needed (None when no line did). Line
    breaks and spacing are kept as they are.
    """
    lines = text.split("\n")
    if looks_unicode(text) and not any(foreign_words(m.group()) for m in _MAYBE_LEGACY_LINE.finditer(text)):
        return text, None
    votes: Counter[str] = Counter()
    unicode_lines = 0
    for line in lines:
        if looks_unicode(line):
            unicode_lines += 1
        else:
            enc, _ = _best(line, ENCODINGS)
            if enc:
                votes[enc] += 1
    if not votes:
        return text, None
    main, count = votes.most_common(1)[0]
    order = (main,) + tuple(e for e in ENCODINGS if e != main)
    # Lines that read equally well both ways follow the document only when it is
    # plainly legacy: far more legacy lines than Unicode ones.
    prefer = main if count >= _PLAINLY_LEGACY * max(1, unicode_lines) else None
    out = [line if looks_unicode(line) else _best(line, order, prefer=prefer)[1] for line in lines]
    return "\n".join(out), main


# ---------------------------------------------------------------------------
# Case where no font is known

_WORD = re.compile(r"[^\W\d_]+")
# The lines printed in capitals on every letter (Decree 30/2020/NĐ-CP, Phụ lục I, ô số 1).
_TITLES = layout_markers.NATIONAL_TITLE + layout_markers.PARTY_TITLE
# A phrase of a capitals line another line may repeat: two words or more, from a
# capitals line no longer than a heading (a page in capitals is no reference).
_MIN_PHRASE_WORDS = 2
_MAX_CAPITALS_LINE_WORDS = 30


def _words(line: str) -> tuple[str, ...]:
    return tuple(unify_tones(w.casefold()) for w in _WORD.findall(line))


def _is_capitals(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _certain_capitals(line: str, capital_phrases: set[tuple[str, ...]]) -> bool:
    words = _words(line)
    if not words or _is_capitals(line):
        return False
    if words in _TITLE_WORDS:
        return True
    label = line.strip().rstrip(":").strip()
    if doc_types.by_name(label) is not None:  # the type name standing alone: "QUYẾT ĐỊNH", "QUYẾT ĐỊNH:"
        return True
    return len(words) >= _MIN_PHRASE_WORDS and words in capital_phrases


_TITLE_WORDS = frozenset(_words(t) for t in _TITLES)


def restore_case(text: str) -> tuple[str, int]:
    """Upper-case the lines a capitals font printed in capitals where that is certain
    without the font: the national (or party) title, a type name standing alone on its
    line, and a line that repeats words the same text prints elsewhere as a line in
    capitals. Other lines are left as they are. Returns the text and how many lines
    changed."""
    lines = text.split("\n")
    capital_phrases: set[tuple[str, ...]] = set()
    for line in lines:
        words = _words(line)
        if _is_capitals(line) and len(words) <= _MAX_CAPITALS_LINE_WORDS:
            capital_phrases.update(words[i:j] for i in range(len(words))
                                   for j in range(i + _MIN_PHRASE_WORDS, len(words) + 1))
    changed = 0
    for i, line in enumerate(lines):
        if _certain_capitals(line, capital_phrases):
            lines[i] = line.upper()
            changed += 1
    return "\n".join(lines), changed
