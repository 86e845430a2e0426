"""Images of a zone's media folder, measured when loaded and re-encoded for the site at a few widths.

Every published image is re-encoded, the largest at no more than WIDTHS[-1] pixels: a camera's original
never reaches readers on phones, and neither does its EXIF data (place, device, time). Decoding is bounded:
the size on disk is limited by the media rules and the pixel count here, before any pixel is read.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from generator import rulebook
from generator.loader import ZoneSource
from generator.problems import Problem
from generator.rules.media import MAX_IMAGE_BYTES

WIDTHS = (480, 960, 1600)
MAX_PIXELS = 40_000_000
JPEG_QUALITY = 80
FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG"}
ENCODER_VERSION = 1  # raise when the encoding changes, so cached copies are made again
_ROTATED = {5, 6, 7, 8}  # EXIF orientations that turn the picture a quarter (cameras write them in JPEG)


@dataclass(frozen=True)
class Picture:
    """An image as it will stand upright, and the widths it is published at (the last at media/<name>)."""

    source: Path
    width: int
    height: int

    @property
    def widths(self) -> tuple[int, ...]:
        largest = min(self.width, WIDTHS[-1])
        return (*(width for width in WIDTHS if width < largest), largest)

    def height_at(self, width: int) -> int:
        return max(1, round(self.height * width / self.width))


def measure(path: Path) -> Picture | Problem:
    """The image's upright size, or the problem that keeps it off the site.

    The size comes from the header; only an image within MAX_PIXELS is then decoded once, so that a
    truncated or corrupt file is reported here and never fails the build later."""
    kind = path.suffix.lstrip(".").lower()
    try:
        with Image.open(path, formats=[FORMATS[kind]]) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                return rulebook.IMAGE_TOO_MANY_PIXELS.at(path, width=width, height=height, limit=MAX_PIXELS // 10_000)
            orientation = image.getexif().get(0x0112, 1) if FORMATS[kind] == "JPEG" else 1
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, KeyError, Image.DecompressionBombError):
        return rulebook.IMAGE_UNREADABLE.at(path, kind=kind)
    if orientation in _ROTATED:
        width, height = height, width
    return Picture(path, width, height)


def measure_zones(zones: Sequence[ZoneSource]) -> tuple[dict[Path, Picture], list[Problem]]:
    """Every image of every media folder that the media rules let through (type, size, no symlink)."""
    pictures: dict[Path, Picture] = {}
    problems: list[Problem] = []
    for zone in zones:
        for path in zone.media:
            kind = path.suffix.lstrip(".").lower()
            if kind not in FORMATS or path.is_symlink() or path.stat().st_size > MAX_IMAGE_BYTES:
                continue
            measured = measure(path)
            if isinstance(measured, Picture):
                pictures[path] = measured
            else:
                problems.append(measured)
    return pictures, problems


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
