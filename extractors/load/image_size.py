"""The width and height an image file declares in its header, read without decoding
it: a 20,000 x 20,000 scan is refused before 1.2 GB of pixels are allocated.

PNG (IHDR), JPEG (the SOF marker), GIF (logical screen), BMP (info header) and TIFF
(the first IFD's ImageWidth and ImageLength tags); None for anything else.
"""
from __future__ import annotations

import struct

_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # start-of-frame markers (ITU T.81, B.1.1.3)
_TIFF_WIDTH, _TIFF_LENGTH = 256, 257


def _jpeg(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in _JPEG_SOF:
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return None


def _tiff(data: bytes) -> tuple[int, int] | None:
    order = "<" if data[:2] == b"II" else ">"
    (ifd,) = struct.unpack(order + "I", data[4:8])
    if ifd + 2 > len(data):
        return None
    (count,) = struct.unpack(order + "H", data[ifd:ifd + 2])
    found: dict[int, int] = {}
    for n in range(min(count, 4096)):
        entry = data[ifd + 2 + 12 * n: ifd + 14 + 12 * n]
        if len(entry) < 12:
            break
        tag, kind = struct.unpack(order + "HH", entry[:4])
        if tag in (_TIFF_WIDTH, _TIFF_LENGTH):
            short = kind == 3  # SHORT, else LONG (TIFF 6.0, section 2)
            found[tag] = struct.unpack(order + ("H" if short else "I"), entry[8:10] if short else entry[8:12])[0]
    if _TIFF_WIDTH in found and _TIFF_LENGTH in found:
        return found[_TIFF_WIDTH], found[_TIFF_LENGTH]
    return None


def pixel_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) as the image's header states them, or None when it is not read here."""
    try:
        if data.startswith(b"\x89PNG\r\n\x1a\n"):
            return struct.unpack(">II", data[16:24])
        if data.startswith(b"\xff\xd8"):
            return _jpeg(data)
        if data.startswith((b"GIF87a", b"GIF89a")):
            return struct.unpack("<HH", data[6:10])
        if data.startswith(b"BM"):
            width, height = struct.unpack("<ii", data[18:26])
            return abs(width), abs(height)
        if data.startswith((b"II*\x00", b"MM\x00*")):
            return _tiff(data)
    except struct.error:
        return None
    return None
