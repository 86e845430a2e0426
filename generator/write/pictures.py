"""Pictures re-encoded for the site at each published width: upright, without metadata, cached by content."""

from __future__ import annotations

import functools
import hashlib
import io
import math
import os
import threading
from pathlib import Path

from PIL import Image, ImageOps

from generator.load.images import FORMATS, Picture

JPEG_QUALITY = 80
ENCODER_VERSION = 1  # raise when the encoding changes, so cached copies are made again


def encoded(picture: Picture, width: int, cache: Path | None = None) -> bytes:
    """The picture upright at `width` pixels, without metadata, as JPEG (progressive) or optimised PNG.

    With a cache folder, a picture already encoded at that width from the same bytes is read back: the
    nightly build re-encodes only the images that changed."""
    if cache is None:
        return _encode(picture, width)
    state = picture.source.stat()
    key = f"{_source_digest(picture.source, state.st_size, state.st_mtime_ns)}-{width}-{JPEG_QUALITY}-{ENCODER_VERSION}"
    kept = cache / f"{key}{picture.source.suffix.lower()}"
    if kept.is_file():
        return kept.read_bytes()
    data = _encode(picture, width)
    cache.mkdir(parents=True, exist_ok=True)
    temporary = kept.with_name(f".{kept.name}.{threading.get_ident()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, kept)  # the writer's threads may encode the same picture: the last one wins whole
    return data


@functools.cache
def _source_digest(path: Path, size: int, mtime_ns: int) -> str:
    """The image's bytes hashed once for all its widths (size and time only key the memo, never the cache)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _encode(picture: Picture, width: int) -> bytes:
    kind = FORMATS[picture.source.suffix.lstrip(".").lower()]
    with Image.open(picture.source, formats=[kind]) as image:
        if kind == "JPEG":
            scale = width / picture.width  # the same for the stored and the upright orientation
            image.draft("RGB", (math.ceil(image.width * scale), math.ceil(image.height * scale)))  # decode less
        upright = ImageOps.exif_transpose(image) if kind == "JPEG" else image  # as `measure` reads it
        if upright.width != width:
            upright = upright.resize((width, picture.height_at(width)), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if kind == "JPEG":
            upright.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        else:
            if upright.mode not in ("RGB", "RGBA", "L", "LA", "P"):
                upright = upright.convert("RGBA")
            upright.save(out, "PNG", optimize=True)
    return out.getvalue()
