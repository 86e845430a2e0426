"""Pictures re-encoded for the site at each published width: upright, without metadata, cached by content.

A build decodes each image once: `measure` decodes it to check it, and hands the decoded image to
`keep_renditions`, which encodes every width into the cache; writing the docs tree then reads them back.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageOps

from generator.load.images import FORMATS, Picture

JPEG_QUALITY = 80
ENCODER_VERSION = 2  # raise when the encoding changes, so cached copies are made again (2: no metadata but ICC)
# Pillow writes these from the image's own info when saving. Only they change how the picture looks; every
# other block (comments, EXIF with the place and the device, XMP, IPTC, PNG text) is dropped.
_RENDERED = ("icc_profile", "transparency")
_JPEG_MODES = ("RGB", "L")  # kept as they are, with their colour profile; other modes become RGB
_PNG_MODES = ("RGB", "RGBA", "L", "LA", "P")


def encoded(picture: Picture, width: int, cache: Path | None = None) -> bytes:
    """The picture upright at `width` pixels, without metadata, as JPEG (progressive) or optimised PNG.

    With a cache folder, a picture already encoded from the same bytes is read back: the nightly build
    re-encodes only the images that changed, and a build reads the widths `keep_renditions` encoded."""
    if cache is not None and (kept := _cached(cache, picture, width)).is_file():
        return kept.read_bytes()
    with Image.open(picture.source, formats=[_format(picture)]) as image:
        image.load()
        renditions = _renditions(picture, image)
    if cache is not None:
        _store(cache, picture, renditions)
    return renditions[width]


def keep_renditions(cache: Path) -> Callable[[Picture, Image.Image], None]:
    """What `measure` calls with each image it decoded: every width encoded into the cache, unless kept already."""
    def keep(picture: Picture, image: Image.Image) -> None:
        if not all(_cached(cache, picture, width).is_file() for width in picture.widths):
            _store(cache, picture, _renditions(picture, image))
    return keep


def _format(picture: Picture) -> str:
    return FORMATS[picture.source.suffix.lstrip(".").lower()]


def _cached(cache: Path, picture: Picture, width: int) -> Path:
    return cache / f"{picture.digest}-{width}-{JPEG_QUALITY}-{ENCODER_VERSION}{picture.source.suffix.lower()}"


def _store(cache: Path, picture: Picture, renditions: dict[int, bytes]) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    for width, data in renditions.items():
        kept = _cached(cache, picture, width)
        temporary = kept.with_name(f".{kept.name}.{threading.get_ident()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, kept)  # threads may encode the same picture: the last one wins whole


def _renditions(picture: Picture, image: Image.Image) -> dict[int, bytes]:
    """Every published width of the decoded image, each smaller one resized from the next larger."""
    image_format = _format(picture)
    upright = ImageOps.exif_transpose(image)  # as `measure` reads it; exif_transpose also keeps info
    modes = _JPEG_MODES if image_format == "JPEG" else _PNG_MODES
    rendered = {key: upright.info[key] for key in _RENDERED if key in upright.info}
    if upright.mode not in modes:
        upright = upright.convert("RGB" if image_format == "JPEG" else "RGBA")
        rendered.pop("icc_profile", None)  # a profile describes the mode it came with (CMYK, 16-bit): no longer true
    renditions = {}
    current = upright
    for width in sorted(picture.widths, reverse=True):
        if current.width != width:
            current = current.resize((width, picture.height_at(width)), Image.Resampling.LANCZOS)
        renditions[width] = _save(current, image_format, rendered)
    return renditions


def _save(image: Image.Image, image_format: str, rendered: dict[str, object]) -> bytes:
    image.info = {}  # nothing of the source's info reaches the file but what `rendered` passes
    out = io.BytesIO()
    if image_format == "JPEG":
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True, **rendered)
    else:
        image.save(out, "PNG", optimize=True, **rendered)
    return out.getvalue()
