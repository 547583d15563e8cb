"""Files that cannot be read: a LoadError whose kind the service maps to HTTP 415/422
and whose reason the CLI prints as "vanban: <file>: <reason>" with exit code 1."""
from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from pathlib import Path
from zipfile import ZipFile

import pymupdf
import pytest

from extractors.errors import LoadError
from extractors.load import load_bytes

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip(names: dict[str, bytes]) -> bytes:
    out = BytesIO()
    with ZipFile(out, "w") as z:
        for name, data in names.items():
            z.writestr(name, data)
    return out.getvalue()


def _blank_pdf() -> bytes:
    doc = pymupdf.open()
    doc.new_page()
    return doc.tobytes()


CASES = [
    # (file name, bytes, kind, words the reason must contain)
    ("empty.txt", b"", "empty", "empty"),
    ("blank.docx", b"  \r\n\t", "empty", "empty"),
    ("blank.pdf", _blank_pdf(), "empty", "no text"),
    ("table.xlsx", _zip({"xl/workbook.xml": b"<workbook/>"}), "unsupported", "unsupported"),
    ("setup.exe", b"MZ\x90\x00\x03binary", "unsupported", "unsupported file type .exe"),
    ("data.bin", b"\x00\x01\x02\x03", "unsupported", "unsupported"),
    ("binary.txt", b"\x00\xff\x00\xfe\x10\x00\x00\x9c", "unsupported", "not text"),
    ("broken.docx", b"PK\x03\x04 this is no zip", "corrupt", "corrupt"),
    ("broken2.docx", _zip({"word/document.xml": b"<w:document><unclosed"}), "corrupt", "corrupt DOCX"),
    ("broken.doc", OLE_MAGIC + b"\x00" * 600, "corrupt", "corrupt Word document"),
    ("fake.doc", b"hello, not a Word file", "corrupt", "not a valid .doc"),
    ("secret.docx", OLE_MAGIC + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le"), "encrypted",
     "password"),
    ("broken.rtf", b"{\\rtf1 {\\fonttbl", "empty", "no text"),
    ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "corrupt", "corrupt image"),
    ("photo.jpg", b"GIF89a not a jpeg", "corrupt", "not a valid .jpg"),
]


@pytest.mark.parametrize(("name", "data", "kind", "words"), CASES, ids=[c[0] for c in CASES])
def test_unreadable_files(name: str, data: bytes, kind: str, words: str) -> None:
    with pytest.raises(LoadError) as err:
        load_bytes(data, name)
    assert err.value.kind == kind
    assert words in err.value.reason


def test_cli_names_the_file_and_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    run = subprocess.run([sys.executable, "-m", "cli", "text", str(path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert run.stderr.startswith(f"vanban: {path}: corrupt PDF")
    assert "Traceback" not in run.stderr and run.stdout == ""


def _with_fib_flag(data: bytes, flag: int) -> bytes:
    """A copy of a Word 97-2003 file with `flag` set in its FIB's flags word."""
    sector = 1 << int.from_bytes(data[30:32], "little")
    directory = (int.from_bytes(data[48:52], "little") + 1) * sector
    for offset in range(directory, directory + sector, 128):
        entry = data[offset:offset + 128]
        if entry[:24].decode("utf-16-le", "ignore") == "WordDocument":
            start = (int.from_bytes(entry[116:120], "little") + 1) * sector
            out = bytearray(data)
            out[start + 10:start + 12] = (int.from_bytes(data[start + 10:start + 12], "little") | flag).to_bytes(2, "little")
            return bytes(out)
    raise AssertionError("no WordDocument stream in the first directory sector")


def test_password_protected_word_97_file() -> None:
    legacy = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "legacy" / "hd_054.doc"
    data = legacy.read_bytes()
    assert load_bytes(data, "hd_054.doc").text  # readable as it is
    with pytest.raises(LoadError) as err:
        load_bytes(_with_fib_flag(data, 0x0100), "hd_054.doc")  # fEncrypted
    assert err.value.kind == "encrypted"


def test_damaged_files_raise_load_error_only() -> None:
    """Truncated or byte-flipped files of every format: text or a LoadError, never a traceback."""
    import random

    from test_load_formats import HTML, RTF, _docx
    from test_load_pdf import letter_pdf

    rng = random.Random(2026)
    samples = {"a.pdf": letter_pdf(), "a.docx": _docx(), "a.rtf": RTF.encode("latin-1"), "a.html": HTML.encode()}
    for name, data in samples.items():
        for trial in range(12):
            damaged = bytearray(data[:rng.randrange(1, len(data))] if trial % 2 else data)
            for _ in range(0 if trial % 2 else rng.randrange(1, 30)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            try:
                load_bytes(bytes(damaged), name)
            except LoadError as e:
                assert e.kind in ("corrupt", "empty", "unsupported", "encrypted", "unreadable")
