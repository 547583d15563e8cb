"""Warnings for header fields read from OCR'd lines of low confidence, and for a
signer's name found with no title over it.

The loader lists, page by page, the lines Tesseract read with low confidence
(`PageInfo.uncertain`: a handwritten number or day, a line under a seal). A header
field whose text is on one of them, or holds one of them, is worth a look against the
page, and the extraction says so.
"""
from __future__ import annotations

from models.extraction import Extraction, LoadMeta

# Lines shorter than this (letters and digits, spaces aside) are too short to say
# which field they belong to.
_MIN_KEY = 6


def _key(s: str) -> str:
    return "".join(s.split()).casefold()


def uncertain_fields(ex: Extraction, meta: LoadMeta | None) -> list[str]:
    """One warning per header field that comes from a low-confidence OCR line."""
    lines = [(p.number, line) for p in (meta.pages if meta else []) for line in p.uncertain]
    if not lines:
        return []
    fields = {
        "number": ex.number,
        # the place is also in the issuer's name: its line is the one with the year
        "place and date": ex.place if ex.issued_year else None,
        "issuer": ex.issuer.name if ex.issuer else None,
        "subject": ex.subject,
        "signer": ex.signer.name if ex.signer else None,
    }
    out = []
    for label, value in fields.items():
        if not value:
            continue
        key = _key(value)
        year = str(ex.issued_year) if label == "place and date" else ""
        hit = next(((n, line) for n, line in lines if year in line and (
            key in _key(line) or (len(_key(line)) >= _MIN_KEY and _key(line) in key))), None)
        if hit:
            out.append(f"{label} read from a low-confidence OCR line on page {hit[0]} ({hit[1]!r}): check it on the page")
    return out


def untitled_signer(ex: Extraction) -> list[str]:
    """A warning when the signer's name was found by its place alone, with no title or
    authority read above it (on a scan, the seal printed over the title)."""
    s = ex.signer
    if s is None or not s.name or s.title or s.authority:
        return []
    return [f"signer {s.name!r} found by position without a title above it "
            "(the title may lie under the seal): check it on the page"]
