"""Loader speed: pages per second for text PDFs and for OCR'd scans.

    python bench/bench_load.py [--ocr-pages 3] [--repeat 3]

Text PDFs are made here from the corpus letters (shared/corpus/dev and seeds, set in
DejaVu Serif, A4, 12 pt); scans are the same pages rendered at 200 dpi into image-only
PDFs. Each file goes through extractors.load.load_bytes, as `vanban text` does.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import pymupdf

from extractors.load import load_bytes

SHARED = Path(__file__).resolve().parents[2] / "shared"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"  # Debian fonts-dejavu-core
BOX = pymupdf.Rect(60, 60, 535, 790)


def _page_lines(lines: list[str]) -> int:
    """How many of `lines` fit on one page (binary search with a scratch page)."""
    lo, hi = 1, len(lines)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        page = pymupdf.open().new_page(width=595, height=842)
        page.insert_font(fontname="dv", fontfile=FONT)
        fits = page.insert_textbox(BOX, "\n".join(lines[:mid]), fontname="dv", fontsize=12) >= 0
        lo, hi = (mid, hi) if fits else (lo, mid - 1)
    return lo


def text_pdf(text: str) -> pymupdf.Document:
    doc = pymupdf.open()
    lines = text.split("\n")
    while lines:
        n = _page_lines(lines)
        page = doc.new_page(width=595, height=842)
        page.insert_font(fontname="dv", fontfile=FONT)
        page.insert_textbox(BOX, "\n".join(lines[:n]), fontname="dv", fontsize=12)
        lines = lines[n:]
    return doc


def scanned_pdf(doc: pymupdf.Document, pages: int) -> bytes:
    out = pymupdf.open()
    for page in list(doc)[:pages]:
        png = page.get_pixmap(dpi=200).tobytes("png")
        out.new_page(width=page.rect.width, height=page.rect.height).insert_image(page.rect, stream=png)
    return out.tobytes()


def _rate(label: str, files: list[bytes], pages: int, repeat: int) -> None:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for data in files:
            load_bytes(data, "bench.pdf")
        best = min(best, time.perf_counter() - start)
    print(f"{label}: {pages} pages in {best:.2f} s = {pages / best:.1f} pages/s ({best / pages * 1000:.0f} ms/page)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ocr-pages", type=int, default=3, help="pages to OCR (about 2.5 s each)")
    ap.add_argument("--repeat", type=int, default=3, help="text-PDF runs; the best is reported")
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for folder in ("dev", "seeds")
             for p in sorted((SHARED / "corpus" / folder).glob("*.txt"))]
    docs = [text_pdf(t) for t in texts]
    pdfs = [d.tobytes() for d in docs]
    _rate(f"text PDF ({len(pdfs)} files)", pdfs, sum(d.page_count for d in docs), args.repeat)
    scans, left = [], args.ocr_pages
    for d in docs:
        if left <= 0:
            break
        take = min(left, d.page_count)
        scans.append(scanned_pdf(d, take))
        left -= take
    _rate(f"OCR, 200 dpi scans ({len(scans)} files)", scans, args.ocr_pages - left, 1)


if __name__ == "__main__":
    main()
