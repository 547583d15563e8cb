"""Hostile inputs, made on the spot (nothing large is committed): for
tests/test_hostile_inputs.py and bench/bench_service.py."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

MiB = 1024 * 1024


def png(width: int, height: int) -> bytes:
    """A black-and-white PNG of any size, a few kilobytes per 100 megapixels."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)
    pixels = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def nested_html(depth: int) -> bytes:
    return b"<b>" * depth + b"x"


def nested_rtf(depth: int) -> bytes:
    return b"{\\rtf1 " + b"{" * depth + b"x" + b"}" * depth + b"}"


def long_text(chars: int) -> bytes:
    line = "Điều 1. Văn bản rất dài.\n"
    return (line * (chars // len(line) + 1)).encode()


def bomb_archive(members: int) -> bytes:
    """`members` files of 1 MiB of zeros each, about 1,000:1."""
    return zipped({f"junk/{i:03}.txt": b"0" * MiB for i in range(members)})
