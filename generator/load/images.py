"""Images of a zone's media folder, measured when loaded; write.pictures re-encodes them at a few widths.

Every published image is re-encoded, the largest at no more than WIDTHS[-1] pixels: a camera's original
never reaches readers on phones, and neither does its EXIF data (place, device, time). Decoding is bounded:
the size on disk is limited by the media rules, and the pixel count and the parts that each cost the decoder
a pass (image_structure) are checked here before any pixel is read.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from generator.contract import rulebook
from generator.contract.files import MAX_IMAGE_BYTES
from generator.contract.problems import Problem
from generator.load import image_structure
from generator.load.zone_folders import ZoneSource

WIDTHS = (240, 480, 960, 1600)  # 240: the photo pages' thumbnails, light enough for a page of them on a phone
SHOWN_WIDTH = 960  # what a report page's image loads without srcset: sharp enough, still light
MAX_PIXELS = 40_000_000
MEASURERS = min(4, os.cpu_count() or 1)  # each holds one decoded image: up to 160 MB at MAX_PIXELS
FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG"}
_UNREADABLE = (UnidentifiedImageError, OSError, SyntaxError, ValueError, KeyError, Image.DecompressionBombError)
_ROTATED = {5, 6, 7, 8}  # EXIF orientations that turn the picture a quarter (cameras write them)


@dataclass(frozen=True)
class Picture:
    """An image as it will stand upright, and the widths it is published at (the last at media/<name>)."""

    source: Path
    width: int
    height: int
    digest: str = field(compare=False)  # of the bytes measured: the key of the copies published from them

    @property
    def widths(self) -> tuple[int, ...]:
        largest = min(self.width, WIDTHS[-1])
        return (*(width for width in WIDTHS if width < largest), largest)

    @property
    def width_published(self) -> int:
        """The largest width, published at media/<name>: the original a reader may download."""
        return self.widths[-1]

    def height_at(self, width: int) -> int:
        return max(1, round(self.height * width / self.width))


def measure(path: Path, keep: Callable[[Picture, Image.Image], None] | None = None) -> Picture | Problem:
    """The image's upright size, or the problem that keeps it off the site.

    The size and the parts that each cost the decoder a pass come from the bytes; only an image within the
    limits is then decoded, once, so that a truncated or corrupt file is reported here and never fails the
    build later. `keep` receives the decoded image (a build encodes the published widths from it)."""
    kind = path.suffix.lstrip(".").lower()
    data = path.read_bytes()  # within MAX_IMAGE_BYTES: the media rules let no larger image through
    if (parts := image_structure.excess(data, FORMATS[kind])) is not None:
        return rulebook.IMAGE_TOO_COMPLEX.at(path, what=parts.what, limit=parts.limit)
    try:
        image = Image.open(io.BytesIO(data), formats=[FORMATS[kind]])
    except _UNREADABLE:
        return rulebook.IMAGE_UNREADABLE.at(path, kind=kind)
    with image:
        width, height = image.size
        if width * height > MAX_PIXELS:
            return rulebook.IMAGE_TOO_MANY_PIXELS.at(path, width=width, height=height, limit=MAX_PIXELS // 10_000)
        try:
            image.load()
            orientation = image.getexif().get(0x0112, 1)  # a PNG's eXIf chunk may follow its pixels
        except _UNREADABLE:
            return rulebook.IMAGE_UNREADABLE.at(path, kind=kind)
        if orientation in _ROTATED:
            width, height = height, width
        picture = Picture(path, width, height, hashlib.sha256(data).hexdigest())
        if keep is not None:
            keep(picture, image)
    return picture


def measure_zones(zones: Sequence[ZoneSource], keep: Callable[[Picture, Image.Image], None] | None = None
                  ) -> tuple[dict[Path, Picture], list[Problem]]:
    """Every image of every media folder that the media rules let through (type, size, no symlink).

    Pillow releases the GIL while it decodes, resizes and encodes: a few threads share the work."""
    paths = [path for zone in zones for path in zone.media
             if path.suffix.lstrip(".").lower() in FORMATS and not path.is_symlink()
             and path.stat().st_size <= MAX_IMAGE_BYTES]
    with ThreadPoolExecutor(MEASURERS) as pool:
        measured = list(pool.map(lambda path: measure(path, keep), paths))
    pictures = {picture.source: picture for picture in measured if isinstance(picture, Picture)}
    return pictures, [problem for problem in measured if not isinstance(problem, Picture)]
