"""Image files that are small on disk and valid for Pillow, but cost the decoder far more than their size says.

Each is written by hand here, marker by marker and chunk by chunk, as a hostile upload would be."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def progressive_jpeg(width: int, height: int, comment: bytes = b"") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (40, 90, 160)).save(out, "JPEG", progressive=True, quality=80, comment=comment)
    return out.getvalue()


def jpeg_with_empty_scans(width: int, height: int, scans: int) -> bytes:
    """A progressive JPEG followed by `scans` more scans of the luma's AC band with no coded data: a dozen bytes
    each, and a pass over the whole image each for the decoder."""
    picture = progressive_jpeg(width, height)
    assert picture.endswith(b"\xff\xd9")
    # SOS, length 8, one component (id 1, tables 0/0), spectral band 1..63, no successive approximation
    empty_scan = b"\xff\xda\x00\x08\x01\x01\x00\x01\x3f\x00"
    return picture[:-2] + empty_scan * scans + b"\xff\xd9"


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _header(width: int, height: int) -> bytes:
    return PNG_SIGNATURE + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))  # 8-bit grey


def _rows(width: int, height: int) -> bytes:
    return (b"\x00" + b"\x80" * width) * height  # filter type 0 before each row


def png_in_tiny_chunks(width: int, height: int, chunk_bytes: int = 1) -> bytes:
    """A PNG whose compressed image data is cut into IDAT chunks of `chunk_bytes` each."""
    data = zlib.compress(_rows(width, height), 9)
    idats = b"".join(png_chunk(b"IDAT", data[i:i + chunk_bytes]) for i in range(0, len(data), chunk_bytes))
    return _header(width, height) + idats + png_chunk(b"IEND", b"")


def animated_png(width: int, height: int, frames: int) -> bytes:
    """An APNG of `frames` frames, each the full size."""
    data = zlib.compress(_rows(width, height), 9)

    def control(sequence: int) -> bytes:
        return png_chunk(b"fcTL", struct.pack(">IIIIIHHBB", sequence, width, height, 0, 0, 1, 10, 0, 0))

    chunks = [png_chunk(b"acTL", struct.pack(">II", frames, 0)), control(0), png_chunk(b"IDAT", data)]
    for frame in range(1, frames):
        chunks += [control(2 * frame - 1), png_chunk(b"fdAT", struct.pack(">I", 2 * frame) + data)]
    return _header(width, height) + b"".join(chunks) + png_chunk(b"IEND", b"")


def png_zlib_bomb(width: int, height: int, inflated_bytes: int) -> bytes:
    """A PNG whose image data inflates to `inflated_bytes`, far more than its rows need."""
    compressor = zlib.compressobj(9)
    block = b"\x00" * 1_048_576
    data = b"".join(compressor.compress(block) for _ in range(inflated_bytes // len(block))) + compressor.flush()
    return _header(width, height) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")


def animation(image_format: str, frames: int) -> bytes:
    """A GIF or WebP animation of `frames` frames that alternate, so that no encoder merges them."""
    colours = [Image.new("RGB", (8, 8), (255 * (i % 2), 0, 0)) for i in range(2)]
    out = io.BytesIO()
    colours[0].save(out, image_format, save_all=True, append_images=[colours[(i + 1) % 2] for i in range(frames - 1)],
                    duration=10, loop=0)
    return out.getvalue()
