"""DOC (Word 97-2003 binary): LibreOffice when installed, antiword otherwise.

LibreOffice (extractors.load.office) converts the file to DOCX, which the DOCX reader
reads run by run with each run's font: text set in .VnTime or VNI-Times is converted
from its bytes, and text set in a capitals font (.VnTimeH, .VnArialH) comes out in
capitals, as the paper prints it.

antiword (Debian package `antiword`) is the fallback. It keeps the document's 8-bit
characters as code points but not the fonts, so a .VnTime or VNI-Times document comes
out as mojibake that extractors.legacy converts line by line, and what a capitals font
drew is in small letters: case is restored only where it is certain
(`legacy.restore_case`), and a warning says so. `-w 0` gives one line per paragraph.

Either way, tab- or space-laid two-column headers and "|cell|cell|" tables are
rewritten by extractors.load.columns.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from extractors import legacy
from extractors.errors import LoadError
from extractors.load import docx, office
from extractors.load.columns import split_columns
from extractors.load.limits import DEFAULT_LIMITS, Limits, LimitExceeded
from extractors.load.raw import RawText

_TIMEOUT_S = 60
# OLE2 directory entry of an Office file encrypted with a password (MS-OFFCRYPTO §2.3.4).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# wIdent of a Word 97-2003 FIB ([MS-DOC] §2.5.2), little-endian 0xA5EC.
_FIB_MAGIC = b"\xec\xa5"


def word_encrypted(data: bytes) -> bool:
    """Whether a Word 97-2003 file is password-protected: the fEncrypted bit (0x0100) of
    the flags at offset 0x0A of its FIB, the header of the WordDocument stream
    ([MS-DOC] §2.5.2). The stream's directory entry is looked for in the first
    directory sector of the compound file ([MS-CFB] §2.2, §2.6), where Word puts it."""
    if len(data) < 512:
        return False
    sector = 1 << int.from_bytes(data[30:32], "little")
    directory = (int.from_bytes(data[48:52], "little") + 1) * sector
    for offset in range(directory, directory + sector, 128):
        entry = data[offset:offset + 128]
        if len(entry) < 128:
            break
        name_len = int.from_bytes(entry[64:66], "little")
        if entry[:name_len].decode("utf-16-le", "ignore").rstrip("\x00") == "WordDocument":
            start = (int.from_bytes(entry[116:120], "little") + 1) * sector
            fib = data[start:start + 12]
            return len(fib) == 12 and fib[:2] == _FIB_MAGIC and bool(int.from_bytes(fib[10:12], "little") & 0x0100)
    return False


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


def load(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawText:
    if _ENCRYPTED_STREAM in data[:1 << 20] or word_encrypted(data):
        raise LoadError("the document is password-protected", kind="encrypted")
    problem = office.missing()
    if problem is None:
        try:
            converted = office.convert(data, suffix=".doc", target="docx", limits=limits)
        except LimitExceeded:
            raise
        except LoadError as e:
            problem = e.reason
        else:
            raw = docx.load(converted, limits)
            raw.text, raw.format = split_columns(raw.text), "doc"
            return raw
    return _antiword(data, problem)


def _antiword(data: bytes, problem: str) -> RawText:
    """The fallback reader: antiword's text, legacy encodings found line by line, case
    restored where certain; `problem` says why LibreOffice was not used."""
    text, encoding = legacy.fix_text(antiword_text(data))
    text = split_columns(text)
    warnings = [f"read with antiword: {problem}; its text keeps no fonts"]
    if encoding == "tcvn3":  # TCVN3 capitals fonts draw small-letter codes as capitals
        text, restored = legacy.restore_case(text)
        warnings.append("text set in capitals fonts (.VnTimeH, .VnArialH) may read in small letters: "
                        f"case restored on {restored} line(s) where it is certain (national title, type names, "
                        "lines the letter prints elsewhere in capitals)")
    return RawText(text=text, format="doc", encoding=encoding,
                   legacy_encoding=encoding, legacy_done=True, warnings=warnings)
