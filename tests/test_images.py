"""Images in reports: re-encoded at build to a few widths, upright, without metadata, with their true size."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from generator.load.images import Picture, measure
from generator.site.linkcheck import broken_links
from generator.write.pictures import encoded
from tests.conftest import SAMPLE_ZONES, build

ZONE = "220102-nanguan"
REPORT = "2021-06-08-experience"
GPS = 0x8825
ORIENTATION = 0x0112


def _camera_photo(width: int, height: int, orientation: int = 1) -> bytes:
    """A JPEG as a phone writes it: stored sideways with an orientation tag, and where it was taken."""
    image = Image.new("RGB", (width, height), (40, 90, 160))
    image.paste((230, 120, 30), (0, 0, width // 4, height // 4))  # a mark in the stored top-left corner
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[GPS] = {1: "N", 2: (43.0, 52.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, exif=exif)
    return out.getvalue()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("images")
    zones = root / "zones"
    shutil.copytree(SAMPLE_ZONES, zones)
    media = zones / ZONE / "media"
    media.mkdir(exist_ok=True)
    (media / "现场.jpg").write_bytes(_camera_photo(2400, 1800, orientation=6))
    small = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(small, "PNG")
    (media / "small.png").write_bytes(small.getvalue())
    report = zones / ZONE / "reports" / f"{REPORT}.md"
    report.write_text(report.read_text(encoding="utf-8") + "\n![居民议事会现场](../media/现场.jpg)\n\n"
                      "![签到表示意图](../media/small.png)\n", encoding="utf-8")
    run = build(zones, root / "site", root / "build")
    assert run.code == 0, run.output
    return root / "site"


def _images(site: Path) -> dict[str, dict[str, str]]:
    html = (site / "zones" / ZONE / REPORT / "index.html").read_text(encoding="utf-8")
    return {dict(re.findall(r'(\w+)="([^"]*)"', tag))["alt"]: dict(re.findall(r'([\w-]+)="([^"]*)"', tag))
            for tag in re.findall(r"<img [^>]*>", html)}


def test_a_photo_is_published_upright_at_three_widths_with_its_size_and_lazy(site: Path) -> None:
    photo = _images(site)["居民议事会现场"]
    assert (photo["width"], photo["height"]) == ("1600", "2133")  # 2400×1800 stored sideways, shown upright
    assert photo["loading"] == "lazy" and photo["sizes"]
    candidates = dict(reversed(candidate.rsplit(" ", 1)) for candidate in photo["srcset"].split(", "))
    assert set(candidates) == {"480w", "960w", "1600w"}
    assert candidates["1600w"] == "../media/%E7%8E%B0%E5%9C%BA.jpg"  # the media address keeps working
    assert photo["src"] == candidates["960w"]
    page = site / "zones" / ZONE / REPORT
    for width, address in candidates.items():
        with Image.open(page / address.replace("%E7%8E%B0%E5%9C%BA", "现场")) as published:
            assert published.width == int(width.removesuffix("w")) and published.height > published.width
            assert not published.getexif(), "the camera's metadata (GPS) must not be published"
            corner = published.convert("RGB").getpixel((published.width - 2, 1))
            assert corner[0] > 200, "the mark of the stored top-left corner is now top right: turned upright"


def test_a_small_image_keeps_its_size_and_is_not_enlarged(site: Path) -> None:
    small = _images(site)["签到表示意图"]
    assert (small["width"], small["height"], small["srcset"]) == ("300", "200", "../media/small.png 300w")
    with Image.open(site / "zones" / ZONE / "media" / "small.png") as published:
        assert published.size == (300, 200)


def test_published_images_are_lighter_than_the_camera_original(site: Path) -> None:
    original = len(_camera_photo(2400, 1800, orientation=6))
    phone = site / "zones" / ZONE / "images" / "480" / "现场.jpg"
    assert phone.stat().st_size < original / 4


def test_measure_reads_the_header_and_the_orientation(tmp_path: Path) -> None:
    path = tmp_path / "p.jpg"
    path.write_bytes(_camera_photo(1000, 500, orientation=8))
    picture = measure(path)
    assert picture == Picture(path, 500, 1000) and picture.widths == (480, 500)
    with Image.open(io.BytesIO(encoded(picture, 480))) as resized:
        assert resized.size == (480, 960)


def test_the_link_check_follows_every_width_of_srcset(site: Path, tmp_path: Path) -> None:
    assert broken_links(site) == []
    (tmp_path / "index.html").write_text('<img src="a.png" srcset="a.png 480w, gone.png 960w" alt="">', encoding="utf-8")
    (tmp_path / "a.png").write_bytes(b"")
    assert broken_links(tmp_path) == ["index.html: gone.png"]


def test_a_picture_encoded_once_is_read_back_from_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "p.jpg"
    path.write_bytes(_camera_photo(1200, 900))
    picture = measure(path)
    assert isinstance(picture, Picture)
    first = encoded(picture, 480, cache=tmp_path / "cache")
    (cached,) = (tmp_path / "cache").iterdir()
    cached.write_bytes(b"kept")  # what the cache holds is what a second build uses
    assert encoded(picture, 480, cache=tmp_path / "cache") == b"kept"
    assert encoded(picture, 960, cache=tmp_path / "cache") != first
    path.write_bytes(_camera_photo(1200, 900, orientation=3))  # new bytes: encoded again
    assert encoded(picture, 480, cache=tmp_path / "cache") != b"kept"
