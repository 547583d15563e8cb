"""load_bytes: sniff, run the format's loader, convert legacy encodings, normalise."""
from __future__ import annotations

from collections.abc import Callable

from extractors import legacy
from extractors.errors import LoadError
from extractors.load import doc, docx, html, image, pdf, rtf, text
from extractors.load.raw import RawText
from extractors.load.sniff import sniff
from extractors.normalize import normalize
from models.extraction import LoadedText, LoadMeta

LOADERS: dict[str, Callable[[bytes], RawText]] = {
    "pdf": pdf.load,
    "image": image.load,
    "docx": docx.load,
    "doc": doc.load,
    "rtf": rtf.load,
    "html": html.load,
    "txt": text.load,
    "md": text.load,
}


def load_bytes(data: bytes, filename: str) -> LoadedText:
    """Read one file into normalised Unicode text; raise LoadError when it cannot be read."""
    if not data.strip(b" \t\r\n\x00"):
        raise LoadError("the file is empty", kind="empty")
    fmt = "file"
    try:
        fmt = sniff(data, filename)
        raw = LOADERS[fmt](data)
    except LoadError:
        raise
    except Exception as e:  # a damaged file can trip any parser: report it, no traceback
        raise LoadError(f"corrupt {fmt.upper()} file ({type(e).__name__}: {e})", kind="corrupt") from e
    if fmt == "md":
        raw.format = "md"
    body = raw.text
    legacy_encoding = raw.legacy_encoding
    if not raw.legacy_done:
        body, found = legacy.fix_text(body)
        legacy_encoding = legacy_encoding or found
    body = normalize(body, unwrap=raw.unwrap)
    if not body.strip():
        raise LoadError(_empty_reason(raw), kind="empty")
    meta = LoadMeta(
        format=raw.format,
        encoding=legacy_encoding or raw.encoding,
        legacy_encoding=legacy_encoding,
        pages=raw.pages,
        ocr_pages=[p.number for p in raw.pages if p.method == "ocr"],
        warnings=raw.warnings,
    )
    return LoadedText(text=body + "\n", meta=meta)


def _empty_reason(raw: RawText) -> str:
    if raw.format in ("pdf", "image"):
        return f"no text found ({raw.format}: no text layer, and OCR read nothing)"
    return f"no text found in the {raw.format.upper()} document"
