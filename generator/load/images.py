"""Images of a zone's media folder, measured when loaded; write.pictures re-encodes them at a few widths.

Every published image is re-encoded, the largest at no more than WIDTHS[-1] pixels: a camera's original
never reaches readers on phones, and neither does its EXIF data (place, device, time). Decoding is bounded:
the size on disk is limited by the media rules, and the pixel count and the parts that each cost the decoder
a pass (image_structure) are checked here before any pixel is read.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from generator.contract import rulebook
from generator.contract.files import MAX_IMAGE_BYTES
from generator.contract.problems import Problem
from generator.load import image_structure
from generator.load.zone_folders import ZoneSource

WIDTHS = (480, 960, 1600)
MAX_PIXELS = 40_000_000
FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG"}
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
    data = path.read_bytes()  # within MAX_IMAGE_BYTES: the media rules let no larger image through
    if (parts := image_structure.excess(data, FORMATS[kind])) is not None:
        return rulebook.IMAGE_TOO_COMPLEX.at(path, what=parts.what, limit=parts.limit)
    try:
        with Image.open(io.BytesIO(data), formats=[FORMATS[kind]]) as image:
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
