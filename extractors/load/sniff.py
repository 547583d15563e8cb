"""Which format a file is: by its leading bytes first, by its extension second."""
from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import PurePath

from extractors.errors import LoadError

# Magic numbers (file signatures) -> format. Sources: PDF 1.7 (ISO 32000-1 §7.5.2),
# PNG spec §5.2, JPEG/JFIF SOI marker, TIFF 6.0 header, OLE2 compound file (MS-CFB
# §2.2), RTF 1.9.1 ("{\rtf"), ZIP local file header (docx is OOXML in ZIP, ECMA-376).
MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),
    (b"{\\rtf", "rtf"),
    (b"PK\x03\x04", "zip"),
)
# Extensions -> format, for files whose bytes carry no signature (text, HTML).
EXTENSIONS = {
    "pdf": "pdf", "png": "image", "jpg": "image", "jpeg": "image", "tif": "image", "tiff": "image",
    "docx": "docx", "doc": "doc", "rtf": "rtf", "htm": "html", "html": "html", "xhtml": "html",
    "txt": "txt", "md": "md", "": "txt",
}
SUPPORTED = "PDF, PNG/JPEG/TIFF, DOCX, DOC, RTF, HTML, TXT, MD"
_HTML_HINTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>", b"<table")


def sniff(data: bytes, filename: str) -> str:
    """The loader to use: pdf, image, doc, docx, rtf, html, txt or md."""
    suffix = PurePath(filename).suffix.lower().lstrip(".")
    head = data[:8].lstrip(b"\xef\xbb\xbf")
    for magic, fmt in MAGIC:
        if head.startswith(magic) or data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(magic):
            return _zip_kind(data, filename) if fmt == "zip" else fmt
    if suffix in ("pdf", "png", "jpg", "jpeg", "tif", "tiff", "docx", "doc", "rtf"):
        if suffix == "doc" and data.lstrip()[:5] == b"{\\rtf":
            return "rtf"
        raise LoadError(f"not a valid .{suffix} file (its bytes are not {suffix.upper()})", kind="corrupt")
    if suffix in EXTENSIONS:
        fmt = EXTENSIONS[suffix]
        if fmt == "txt" and data[:512].lstrip().lower().startswith(_HTML_HINTS):
            return "html"
        return fmt
    raise LoadError(f"unsupported file type .{suffix} (supported: {SUPPORTED})", kind="unsupported")


def _zip_kind(data: bytes, filename: str) -> str:
    try:
        names = set(zipfile.ZipFile(BytesIO(data)).namelist())
    except (zipfile.BadZipFile, NotImplementedError, ValueError, OSError) as e:
        raise LoadError(f"corrupt ZIP/DOCX container: {e}", kind="corrupt") from e
    if "word/document.xml" in names:
        return "docx"
    if "EncryptedPackage" in names:
        raise LoadError("the document is password-protected", kind="encrypted")
    suffix = PurePath(filename).suffix.lower()
    raise LoadError(f"unsupported file type {suffix or 'ZIP'}: a ZIP archive without a Word document "
                    f"(supported: {SUPPORTED})", kind="unsupported")
