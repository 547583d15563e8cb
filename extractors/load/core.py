"""load_bytes: sniff, run the format's loader, convert legacy encodings, normalise."""
from __future__ import annotations

import importlib
from collections.abc import Callable

from extractors import legacy
from extractors.errors import LoadError
from extractors.load.columns import split_columns
from extractors.load.limits import DEFAULT_LIMITS, Limits
from extractors.load.raw import RawText
from extractors.load.sniff import sniff
from extractors.normalize import normalize
from models.extraction import LoadedText, LoadMeta

# format -> the module of extractors.load whose `load` reads it. A module is imported
# when a file of its format first comes: PyMuPDF and python-docx take a third of a
# second to import, which a run over text files need not pay.
LOADERS: dict[str, str] = {
    "pdf": "pdf",
    "image": "image",
    "docx": "docx",
    "doc": "doc",
    "rtf": "rtf",
    "html": "html",
    "txt": "text",
    "md": "text",
}


def loader(fmt: str) -> Callable[[bytes, Limits], RawText]:
    """The loader of one sniffed format."""
    return importlib.import_module(f"extractors.load.{LOADERS[fmt]}").load


def load_bytes(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> LoadedText:
    """Read one file into normalised Unicode text; raise LoadError when it cannot be read
    or LimitExceeded when it would cost more than `limits` allow."""
    limits.check_bytes(len(data))
    if not data.strip(b" \t\r\n\x00"):
        raise LoadError("the file is empty", kind="empty")
    fmt = "file"
    try:
        fmt = sniff(data, filename)
        raw = loader(fmt)(data, limits)
    except (LoadError, ImportError):  # an uninstalled parser is no damaged file
        raise
    except Exception as e:  # a damaged file can trip any parser: report it, no traceback
        raise LoadError(f"corrupt {fmt.upper()} file ({type(e).__name__}: {e})", kind="corrupt") from e
    if fmt == "md":
        raw.format = "md"
    limits.check_chars(len(raw.text))
    body = raw.text
    legacy_encoding = raw.legacy_encoding
    if not raw.legacy_done:
        body, found = legacy.fix_text(body)
        legacy_encoding = legacy_encoding or found
        if found:  # legacy text with no fonts: laid out as a Word file was, capitals lost
            body = split_columns(body)
            if found == "tcvn3":
                body, restored = legacy.restore_case(body)
                raw.warnings.append(f"TCVN3 text without its fonts: capitals restored on {restored} line(s) where "
                                    "certain (national title, type names, lines printed elsewhere in capitals)")
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
        signature=raw.signature,
    )
    return LoadedText(text=body + "\n", meta=meta)


def _empty_reason(raw: RawText) -> str:
    if raw.format in ("pdf", "image"):
        return f"no text found ({raw.format}: no text layer, and OCR read nothing)"
    return f"no text found in the {raw.format.upper()} document"
