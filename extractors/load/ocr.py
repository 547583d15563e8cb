"""OCR with the tesseract command (Debian packages tesseract-ocr, tesseract-ocr-vie).

Measured on this machine kind: Tesseract 5 `-l vie` reads a clean 200 dpi page at
99.9% of characters in ~2.3 s, but only with OMP_THREAD_LIMIT=1 (22-25 s/page with
OpenMP threads fighting over 2 cores). PyMuPDF's built-in OCR path dropped the spaces
after accented syllables ("SởNội vụ"); the tesseract command does not.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache

from extractors.errors import LoadError
from extractors.load.pages import Segment

DPI = 200
LANG = "vie"
_TIMEOUT_S = 180


@cache
def available() -> str | None:
    """None when OCR can run, else why not."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "OCR needs the tesseract command (apt packages tesseract-ocr tesseract-ocr-vie)"
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    if LANG not in (out.stdout + out.stderr).split():
        return f"OCR needs Tesseract's '{LANG}' model (apt package tesseract-ocr-{LANG})"
    return None


def ocr_image(image: bytes, *, dpi: int | None = None, tsv: bool = False) -> str:
    """The text Tesseract reads in a page image (PNG, JPEG or TIFF bytes), or with `tsv`
    its words with their boxes; `dpi` when the image does not carry its resolution."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    args = ["tesseract", "stdin", "stdout", "-l", LANG, "--psm", "3"]
    if dpi:
        args += ["--dpi", str(dpi)]
    if tsv:
        args.append("tsv")
    try:
        proc = subprocess.run(
            args,
            input=image, capture_output=True, env=env, timeout=_TIMEOUT_S, check=False,
        )
    except FileNotFoundError as e:
        raise LoadError(available() or "tesseract is missing", kind="unreadable") from e
    except subprocess.TimeoutExpired as e:
        raise LoadError(f"OCR took more than {_TIMEOUT_S} s on one page", kind="unreadable") from e
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise LoadError(f"OCR failed: {message[-1] if message else 'tesseract error'}", kind="unreadable")
    return proc.stdout.decode("utf-8", "replace")


def ocr_segments(png: bytes, dpi: int = DPI) -> list[Segment]:
    """Tesseract's lines on a page image rendered at `dpi`, as segments in PDF points
    (a line is cut where its words are more than two line heights apart)."""
    scale = 72 / dpi
    lines: dict[tuple[str, ...], list[tuple[float, float, float, float, str]]] = {}
    for row in ocr_image(png, dpi=dpi, tsv=True).splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (float(c) * scale for c in cols[6:10])
        lines.setdefault(tuple(cols[1:5]), []).append((left, top, left + width, top + height, cols[11]))
    segments: list[Segment] = []
    for words in lines.values():
        height = max(w[3] for w in words) - min(w[1] for w in words)
        current: Segment | None = None
        for x0, y0, x1, y1, text in sorted(words):
            if current is not None and x0 - current.x1 <= 2 * height:
                current.text += " " + text
                current.x1, current.y0, current.y1 = x1, min(current.y0, y0), max(current.y1, y1)
            else:
                current = Segment(x0, y0, x1, y1, text)
                segments.append(current)
    return segments
