"""PDF with PyMuPDF (pinned <1.27: 1.26 has no dependencies, 2.x pulls onnxruntime).

Each page is read from what is on it:
- its text layer, word by word with each word's box (a span set in a .VnTime or VNI
  font converted from its bytes), so a token stamped into a blank at signing (the
  number, the day) falls into the blank it fills;
- a signing application's stamp ("Ký bởi: … Thời gian ký: …", extractors.load.stamps)
  becomes a `SignatureStamp` and leaves the letter's text;
- a page covered by a scanned image whose remaining text is far too little for the area
  the image covers (none, or only the stamp) is rendered and read by Tesseract, pages in
  parallel, within the document's time budget.
extractors.load.pages then drops page numbers and running headers, keeps the header's
two columns apart and joins wrapped lines. The embedded digital signatures are read by
extractors.load.pdf_signature.
"""
from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from extractors import legacy
from extractors.errors import LoadError
from extractors.load import ocr
from extractors.load.limits import DEFAULT_LIMITS, LimitExceeded, Limits
from extractors.load.name_heads import complete
from extractors.load.pages import Segment, compose, join_words, rows_of
from extractors.load.raw import RawText
from extractors.load.stamps import Box, TextBlock, find_stamps
from models.extraction import PageInfo, Signature, SignatureStamp

# A page with fewer visible characters than this in its text layer (stamps aside) and
# an image is treated as a scan.
MIN_TEXT_CHARS = 20
# A page whose images cover this share of it is a scan when its text layer holds fewer
# characters than CHARS_PER_PT2 per square point they cover: a letter page set in 13 pt
# holds about 0.008 (2,500 characters over 470 x 700 pt), so a text layer under a tenth
# of that is no reading of the image (it is a stamp, a page number, a stray caption).
SCAN_COVER_SHARE = 0.5
CHARS_PER_PT2 = 0.0008


@dataclass
class _Page:
    """What one page's text layer holds: the letter's words and the stamps."""

    words: list[Segment]
    stamps: list[tuple[Box, SignatureStamp]]
    image_cover: float  # share of the page its images cover (0-1)


def _words(span: dict, legacy_seen: set[str]) -> list[Segment]:
    """The words of a rawdict span, each with its box."""
    enc = legacy.encoding_for_font(span["font"])
    if enc:
        legacy_seen.add(enc)
    out: list[Segment] = []
    chars: list[dict] = []
    for ch in [*span["chars"], None]:
        if ch is not None and not ch["c"].isspace():
            chars.append(ch)
            continue
        if chars:
            text = "".join(c["c"] for c in chars)
            if enc:
                text = legacy.convert(text, enc, upper=legacy.is_uppercase_font(span["font"]))
            out.append(Segment(chars[0]["bbox"][0], span["bbox"][1], chars[-1]["bbox"][2], span["bbox"][3], text))
            chars = []
    return out


def _image_boxes(page: pymupdf.Page) -> list[Box]:
    clip = page.rect
    boxes = []
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & clip
        if not r.is_empty:
            boxes.append(Box(r.x0, r.y0, r.x1, r.y1))
    return boxes


def _read_layer(page: pymupdf.Page, number: int, legacy_seen: set[str]) -> _Page:
    data = page.get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP)
    blocks: list[tuple[TextBlock, list[Segment]]] = []
    for block in data["blocks"]:
        words: list[Segment] = []
        lines: list[str] = []
        for line in block.get("lines", []):
            if line["dir"][0] < 0.9:  # rotated text (margins): not body text
                continue
            line_words = [w for span in line["spans"] for w in _words(span, legacy_seen)]
            words += line_words
            lines.append(" ".join(w.text for w in line_words))
        if words:
            blocks.append((TextBlock(Box(*block["bbox"]), tuple(lines)), words))
    images = _image_boxes(page)
    area = page.rect.width * page.rect.height
    page_images = [b for b in images if (b.x1 - b.x0) * (b.y1 - b.y0) < 0.5 * area]
    stamps = find_stamps([b for b, _ in blocks], page_images, number)
    words = _outside([w for _, ws in blocks for w in ws], [region for region, _ in stamps])
    cover = min(1.0, sum((b.x1 - b.x0) * (b.y1 - b.y0) for b in images) / area) if area else 0.0
    return _Page(words, stamps, cover)


def _outside(segments: list[Segment], regions: list[Box]) -> list[Segment]:
    """The segments whose centre lies in none of `regions` (the stamps)."""
    return [s for s in segments if not any(r.holds((s.x0 + s.x1) / 2, (s.y0 + s.y1) / 2) for r in regions)]


def needs_ocr(page: _Page, area: float) -> bool:
    """Whether the page is a scan to OCR: it has images, and its text layer (stamps
    aside) is too little for the share of the page they cover."""
    if page.image_cover == 0:
        return False
    chars = sum(len(w.text) for w in page.words)
    if chars < MIN_TEXT_CHARS:
        return True
    return page.image_cover >= SCAN_COVER_SHARE and chars < CHARS_PER_PT2 * page.image_cover * area


def _open(data: bytes, limits: Limits) -> pymupdf.Document:
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as e:  # PyMuPDF's FileDataError and RuntimeError
        raise LoadError(f"corrupt PDF: {e}", kind="corrupt") from e
    if doc.needs_pass:
        raise LoadError("the PDF is password-protected", kind="encrypted")
    if doc.page_count == 0:
        raise LoadError("corrupt PDF: no page could be read", kind="corrupt")
    limits.check_pages(doc.page_count, "PDF")
    return doc


def load(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawText:
    """Read a PDF; MuPDF's complaints about a damaged file go to the warnings, not stderr."""
    shown = pymupdf.TOOLS.mupdf_display_errors()
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    try:
        raw = _load(data, limits)
    finally:
        complaints = pymupdf.TOOLS.mupdf_warnings(reset=True)
        pymupdf.TOOLS.mupdf_display_errors(shown)
    if complaints:
        lines = complaints.splitlines()
        raw.warnings.append(f"MuPDF: {'; '.join(lines[:3])}" + (f" (+{len(lines) - 3} more)" if len(lines) > 3 else ""))
    return raw


def ocr_dpi(page: pymupdf.Page) -> int:
    """The resolution to render a scanned page at: ocr.DPI, or the scan's own resolution
    when it is lower (rendering above it adds pixels, not detail, and Tesseract's time
    grows with the pixels), but not under ocr.MIN_DPI."""
    images = [i for i in page.get_image_info() if i["width"] and i["bbox"][2] > i["bbox"][0]]
    if not images:
        return ocr.DPI
    largest = max(images, key=lambda i: (i["bbox"][2] - i["bbox"][0]) * (i["bbox"][3] - i["bbox"][1]))
    scanned = largest["width"] * 72 / (largest["bbox"][2] - largest["bbox"][0])
    return max(ocr.MIN_DPI, min(ocr.DPI, round(scanned)))


def _render(page: pymupdf.Page, limits: Limits) -> tuple[int, bytes, int]:
    """The page at OCR resolution as the grey image of its red channel (PGM: no
    compression to pay for), with its page index and resolution. Red ink turns white in
    it: the office's red seal, printed over the signer's title and name, no longer hides
    them from Tesseract, while black type, and the blue ink of a signature, stay dark."""
    dpi = ocr_dpi(page)
    width, height = (round(v * dpi / 72) for v in (page.rect.width, page.rect.height))
    limits.check_pixels(width, height, f"page {page.number + 1} rendered for OCR")
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB, alpha=False)
    grey = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, pix.samples[0::pix.n], False)
    return page.number, grey.tobytes("pgm"), dpi


def _load(data: bytes, limits: Limits) -> RawText:
    deadline = limits.deadline()
    doc = _open(data, limits)
    legacy_seen: set[str] = set()
    layers: list[_Page] = []
    try:
        for page in doc:
            layers.append(_read_layer(page, page.number + 1, legacy_seen))
    except Exception as e:
        raise LoadError(f"corrupt PDF (page {len(layers) + 1}): {e}", kind="corrupt") from e

    scanned = [i for i, layer in enumerate(layers) if needs_ocr(layer, doc[i].rect.width * doc[i].rect.height)]
    warnings: list[str] = []
    problem = ocr.available() if scanned else None
    if problem:
        warnings.append(f"pages {', '.join(str(i + 1) for i in scanned)} are scanned images; {problem}")
        scanned = []
    read = ocr.read_pages((_render(doc[i], limits) for i in scanned), deadline) if scanned else {}
    missed = [i for i in scanned if i not in read]
    if missed:
        warnings.append(f"OCR stopped at the time budget of {limits.seconds:g} s: pages "
                        f"{', '.join(str(i + 1) for i in missed)} not read")

    page_segments = []
    for i, layer in enumerate(layers):
        if i in read:
            segments = read[i].segments = _outside(read[i].segments, [r for r, _ in layer.stamps])
        else:  # a text page, or a scan OCR had no time for: what its text layer holds
            segments = join_words(layer.words)
        page_segments.append(segments)
    warnings += _seal_names(read, page_segments)
    texts = compose([rows_of(segments) for segments in page_segments], [p.rect.height for p in doc])
    if missed and not any(t.strip() for t in texts):  # not "no text found": the budget ran out first
        raise LimitExceeded(f"OCR read none of the {len(missed)} scanned page(s) within the time budget "
                            f"of {limits.seconds:g} s", limit="seconds")
    pages = [ocr.page_info(i + 1, len(t), read[i]) if i in read else PageInfo(number=i + 1, chars=len(t))
             for i, t in enumerate(texts)]
    warnings += [note for i, page in read.items() for note in ocr.page_notes(i + 1, page)]
    fields, signature_warnings = _signatures(data, doc)
    stamps = [s for layer in layers for _, s in layer.stamps]
    enc = min(legacy_seen) if legacy_seen else None
    return RawText(text="\n\n".join(texts), format="pdf", encoding=enc, legacy_encoding=enc,
                   pages=pages, warnings=warnings + signature_warnings, unwrap=True,
                   signature=Signature(stamps=stamps, fields=fields) if stamps or fields else None)


def _seal_names(read: dict[int, ocr.OcrPage], page_segments: list[list[Segment]]) -> list[str]:
    """Put on each OCR'd page the name lines read under its seals, completed from the
    letter's text (extractors.load.name_heads); returns a note on each."""
    letter = "\n".join(seg.text for segments in page_segments for seg in segments)
    notes = []
    for i, page in sorted(read.items()):
        for seal in page.seal_names:
            line, note = complete(seal, letter)
            if line is not None:
                page_segments[i].append(line)
            notes.append(f"page {i + 1}: {note}")
    return notes


def _signatures(data: bytes, doc: pymupdf.Document) -> tuple[list, list[str]]:
    """The file's digital signatures, only when it has form fields, which every signature
    is one of: pyHanko takes 0.4 s to import and parses each CMS blob in Python (tens of
    ms), which an unsigned PDF need not pay."""
    if not doc.is_form_pdf:
        return [], []
    from extractors.load.pdf_signature import read_signatures

    return read_signatures(data)
