"""DOC (Word 97-2003 binary) through antiword (Debian package `antiword`).

antiword keeps the document's 8-bit characters as code points, so a .VnTime or
VNI-Times document comes out as mojibake that extractors.legacy converts line by
line; `-w 0` gives one line per paragraph. Its "|cell|cell|" tables and tab-laid
two-column headers are rewritten by extractors.load.columns.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from extractors import legacy
from extractors.errors import LoadError
from extractors.load.columns import split_columns
from extractors.load.raw import RawText

_TIMEOUT_S = 60
# OLE2 directory entry of an Office file encrypted with a password (MS-OFFCRYPTO §2.3.4).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def antiword_text(data: bytes) -> str:
    """The document's text as antiword prints it (UTF-8, no line wrapping)."""
    exe = shutil.which("antiword")
    if exe is None:
        raise LoadError("cannot read .doc files: antiword is not installed (apt package antiword)",
                        kind="unreadable")
    with tempfile.NamedTemporaryFile(suffix=".doc", delete=False) as tmp:
        tmp.write(data)
    try:
        proc = subprocess.run([exe, "-w", "0", "-m", "UTF-8.txt", tmp.name],
                              capture_output=True, timeout=_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as e:
        raise LoadError(f"antiword took more than {_TIMEOUT_S} s", kind="unreadable") from e
    finally:
        os.unlink(tmp.name)
    message = proc.stderr.decode("utf-8", "replace").replace(tmp.name, "the file").strip()
    if proc.returncode != 0:
        raise LoadError(f"corrupt Word document ({message or 'antiword failed'})", kind="corrupt")
    return proc.stdout.decode("utf-8", "replace")


def load(data: bytes) -> RawText:
    if _ENCRYPTED_STREAM in data[:1 << 20]:
        raise LoadError("the document is password-protected", kind="encrypted")
    text, encoding = legacy.fix_text(antiword_text(data))
    return RawText(text=split_columns(text), format="doc", encoding=encoding,
                   legacy_encoding=encoding, legacy_done=True)
