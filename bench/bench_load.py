"""Loader speed and PDF header figures: pages per second for text-layer and for scanned
PDFs, the wall time of a scanned 3-page letter, and the header fields read from the
signed originals in shared/corpus/pdf against shared/eval/gold/pdf.

    python bench/bench_load.py [--repeat 3] [--dpi 200] [--skip-synthetic]

Synthetic text PDFs are made here from the corpus letters (shared/corpus/dev and seeds,
set in DejaVu Serif, A4, 12 pt). The real PDFs are read as they are: each page's method
(text layer or OCR) is the loader's own choice. Each file goes through
extractors.load.load_bytes, as `vanban text` does, then extractors.pipeline for the
header. The machine is shared: every timing is the best and the median of --repeat runs.
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

import pymupdf

from extractors.load import load_bytes, ocr
from extractors.pipeline import extract_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"  # Debian fonts-dejavu-core
BOX = pymupdf.Rect(60, 60, 535, 790)
# A scanned letter of three pages among the signed originals (the yardstick).
THREE_PAGE_SCAN = "pd_003.pdf"


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


def _timed(files: list[bytes], repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for data in files:
            load_bytes(data, "bench.pdf")
        runs.append(time.perf_counter() - start)
    return runs


def _report(label: str, pages: int, runs: list[float]) -> None:
    best, median = min(runs), statistics.median(runs)
    print(f"{label}: {pages} pages, best {best:.2f} s = {pages / best:.1f} pages/s "
          f"({best / pages * 1000:.0f} ms/page); median {median:.2f} s over {len(runs)} runs")


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def real_pdfs(repeat: int) -> None:
    import json

    score = _scorer()
    files = sorted((SHARED / "corpus" / "pdf").glob("*.pdf"))
    text_files, scan_files, text_pages, scan_pages = [], [], 0, 0
    scores = score.Scores()
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        loaded = load_bytes(data, path.name)
        methods = [p.method for p in loaded.meta.pages]
        if "ocr" in methods:
            scan_files.append(data)
            scan_pages += len(methods)
        else:
            text_files.append(data)
            text_pages += len(methods)
        pred = extract_text(loaded.text, meta=loaded.meta).scored_dict()
        gold = json.loads((SHARED / "eval" / "gold" / "pdf" / f"{path.stem}.json").read_text(encoding="utf-8"))
        scores.doc(path.name, pred, gold)
    elapsed = time.perf_counter() - start
    figures = scores.figures()
    print(f"header on shared/corpus/pdf ({len(files)} signed originals, {elapsed:.1f} s, OCR at {ocr.DPI} dpi):")
    for key in ("doc_type", "number", "issued_date", "place", "issuer", "subject", "signer_name", "header_all"):
        print(f"  {key:<12} {figures[key]}")
    _report(f"real text-layer PDFs ({len(text_files)} files)", text_pages, _timed(text_files, repeat))
    _report(f"real scanned PDFs, OCR ({len(scan_files)} files)", scan_pages, _timed(scan_files, 1))
    three = (SHARED / "corpus" / "pdf" / THREE_PAGE_SCAN).read_bytes()
    _report(f"scanned 3-page letter {THREE_PAGE_SCAN} (wall time)", 3, _timed([three], repeat))


def synthetic(repeat: int) -> None:
    texts = [p.read_text(encoding="utf-8") for folder in ("dev", "seeds")
             for p in sorted((SHARED / "corpus" / folder).glob("*.txt"))]
    docs = [text_pdf(t) for t in texts]
    _report(f"synthetic text PDFs ({len(docs)} files)", sum(d.page_count for d in docs),
            _timed([d.tobytes() for d in docs], repeat))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; best and median reported")
    ap.add_argument("--dpi", type=int, default=ocr.DPI, help="OCR resolution to measure")
    ap.add_argument("--skip-synthetic", action="store_true", help="only the real PDFs")
    args = ap.parse_args()
    ocr.DPI = args.dpi
    print(f"tesseract workers: {ocr.WORKERS}; python {sys.version.split()[0]}")
    if not args.skip_synthetic:
        synthetic(args.repeat)
    real_pdfs(args.repeat)


if __name__ == "__main__":
    main()
