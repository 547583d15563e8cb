"""PDF with PyMuPDF (pinned <1.27: 1.26 has no dependencies, 2.x pulls onnxruntime).

Each page's text layer is read as positioned spans; a span set in a .VnTime or VNI
font is converted from its bytes. Pages without a usable text layer (scans) are
rendered at 200 dpi and read by Tesseract. extractors.load.pages drops page numbers
and running headers, keeps the header's two columns apart and joins wrapped lines.
"""
from __future__ import annotations

import pymupdf

from extractors import legacy
from extractors.errors import LoadError
from extractors.load import ocr
from extractors.load.pages import Segment, compose, rows_of
from extractors.load.limits import DEFAULT_LIMITS, Limits
from extractors.load.raw import RawText
from models.extraction import PageInfo

# A page with fewer visible characters than this in its text layer is treated as a scan.
MIN_TEXT_CHARS = 20
# A span wider than this many character heights of empty space apart starts a new segment.
_SEGMENT_GAP = 2.0


def _segments(page: pymupdf.Page, legacy_seen: set[str]) -> list[Segment]:
    out: list[Segment] = []
    data = page.get_text("dict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP)
    for block in data["blocks"]:
        for line in block.get("lines", []):
            if line["dir"][0] < 0.9:  # rotated text (stamps, margins): not body text
                continue
            current: Segment | None = None
            for span in line["spans"]:
                text = span["text"]
                enc = legacy.encoding_for_font(span["font"])
                if enc:
                    legacy_seen.add(enc)
                    text = legacy.convert(text, enc, upper=legacy.is_uppercase_font(span["font"]))
                x0, y0, x1, y1 = span["bbox"]
                size = y1 - y0
                if not text.strip():
                    if current is not None:
                        current.text += text
                    continue
                if current is not None and x0 - current.x1 <= _SEGMENT_GAP * size:
                    current.text += text
                    current.x1, current.y0, current.y1 = x1, min(current.y0, y0), max(current.y1, y1)
                else:
                    current = Segment(x0, y0, x1, y1, text)
                    out.append(current)
    return [s for s in out if s.text.strip()]


def _open(data: bytes) -> pymupdf.Document:
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as e:  # PyMuPDF's FileDataError and RuntimeError
        raise LoadError(f"corrupt PDF: {e}", kind="corrupt") from e
    if doc.needs_pass:
        raise LoadError("the PDF is password-protected", kind="encrypted")
    if doc.page_count == 0:
        raise LoadError("corrupt PDF: no page could be read", kind="corrupt")
    return doc


def load(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawText:
    """Read a PDF; MuPDF's complaints about a damaged file go to the warnings, not stderr."""
    shown = pymupdf.TOOLS.mupdf_display_errors()
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    try:
        raw = _load(data)
    finally:
        complaints = pymupdf.TOOLS.mupdf_warnings(reset=True)
        pymupdf.TOOLS.mupdf_display_errors(shown)
    if complaints:
        lines = complaints.splitlines()
        raw.warnings.append(f"MuPDF: {'; '.join(lines[:3])}" + (f" (+{len(lines) - 3} more)" if len(lines) > 3 else ""))
    return raw


def _load(data: bytes) -> RawText:
    doc = _open(data)
    legacy_seen: set[str] = set()
    per_page: list[list] = []
    heights: list[float] = []
    try:
        for page in doc:
            per_page.append(rows_of(_segments(page, legacy_seen)))
            heights.append(page.rect.height)
    except Exception as e:
        raise LoadError(f"corrupt PDF (page {len(per_page) + 1}): {e}", kind="corrupt") from e

    scanned = [i for i, rows in enumerate(per_page)
               if sum(len(r.text.replace(" ", "")) for r in rows) < MIN_TEXT_CHARS and doc[i].get_images()]
    warnings: list[str] = []
    problem = ocr.available() if scanned else None
    if problem:
        warnings.append(f"pages {', '.join(str(i + 1) for i in scanned)} have no text layer; {problem}")
        scanned = []
    for i in scanned:
        png = doc[i].get_pixmap(dpi=ocr.DPI).tobytes("png")
        per_page[i] = rows_of(ocr.ocr_segments(png, ocr.DPI))

    texts = compose(per_page, heights)
    pages = [PageInfo(number=i + 1, method="ocr" if i in scanned else "text", chars=len(t))
             for i, t in enumerate(texts)]
    enc = min(legacy_seen) if legacy_seen else None
    return RawText(text="\n\n".join(texts), format="pdf", encoding=enc, legacy_encoding=enc,
                   pages=pages, warnings=warnings, unwrap=True)
