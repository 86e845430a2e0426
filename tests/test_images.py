"""Images in reports: re-encoded at build to a few widths, upright, without metadata, with their true size."""

from __future__ import annotations

import io
import re
import shutil
import time
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageFile, PngImagePlugin

from generator.contract.problems import Problem
from generator.load.images import Picture, measure
from generator.site.linkcheck import broken_links
from generator.write.pictures import encoded
from tests import image_bombs
from tests.conftest import SAMPLE_ZONES, build, validate, write_zone

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


def test_a_photo_is_published_upright_at_four_widths_with_its_size_and_lazy(site: Path) -> None:
    photo = _images(site)["居民议事会现场"]
    assert (photo["width"], photo["height"]) == ("1600", "2133")  # 2400×1800 stored sideways, shown upright
    assert photo["loading"] == "lazy" and photo["sizes"]
    candidates = dict(reversed(candidate.rsplit(" ", 1)) for candidate in photo["srcset"].split(", "))
    assert set(candidates) == {"240w", "480w", "960w", "1600w"}
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
    assert (small["width"], small["height"], small["srcset"]) == (
        "300", "200", "../images/240/small.png 240w, ../media/small.png 300w")  # the 240 copy: the photo pages' thumbnail
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
    assert isinstance(picture, Picture) and (picture.width, picture.height, picture.widths) == (500, 1000, (240, 480, 500))
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
    assert len(list((tmp_path / "cache").iterdir())) == 4  # every width from the one decoding: 240, 480, 960, 1200
    for cached in (tmp_path / "cache").iterdir():
        cached.write_bytes(b"kept")  # what the cache holds is what a second build uses
    assert encoded(picture, 480, cache=tmp_path / "cache") == b"kept" != first
    path.write_bytes(_camera_photo(1200, 900, orientation=3))  # new bytes, measured by the next build: encoded again
    again = measure(path)
    assert isinstance(again, Picture) and encoded(again, 480, cache=tmp_path / "cache") != b"kept"


def _measured_within(path: Path, data: bytes, seconds: float) -> Picture | Problem:
    path.write_bytes(data)
    started = time.perf_counter()
    measured = measure(path)
    assert time.perf_counter() - started < seconds, f"{path.name} kept the validator busy"
    return measured


def test_a_jpeg_with_thousands_of_empty_scans_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    small = image_bombs.jpeg_with_empty_scans(64, 64, 3000)
    with Image.open(io.BytesIO(small)) as image:
        image.load()  # a valid picture for Pillow: only the time it takes betrays it
    refused = _measured_within(tmp_path / "small.jpg", small, 3.0)
    assert isinstance(refused, Problem) and refused.rule == "M11"
    # 36 megapixels and 400 000 scans would take an hour to decode; the scans are counted from the bytes
    measured = _measured_within(tmp_path / "scans.jpg", image_bombs.jpeg_with_empty_scans(6000, 6000, 400_000), 3.0)
    assert isinstance(measured, Problem) and measured.rule == "M11"
    assert measured.message == "图片含有超过 32 个扫描层（渐进式 JPEG 的逐层显示）"
    assert "另存为普通（非渐进式）JPG" in measured.hint


def test_progressive_jpegs_as_encoders_write_them_pass(tmp_path: Path) -> None:
    assert isinstance(_measured_within(tmp_path / "p.jpg", image_bombs.progressive_jpeg(800, 600), 3.0), Picture)
    at_the_limit = image_bombs.jpeg_with_empty_scans(800, 600, 32 - 10)  # Pillow writes 10 scans
    assert isinstance(_measured_within(tmp_path / "q.jpg", at_the_limit, 3.0), Picture)


def test_an_animated_png_with_thousands_of_frames_is_refused(tmp_path: Path) -> None:
    measured = _measured_within(tmp_path / "a.png", image_bombs.animated_png(16, 16, 5000), 3.0)
    assert isinstance(measured, Problem) and measured.rule == "M11"
    assert measured.message == "图片含有超过 100 个动画帧"


def test_a_png_cut_into_thousands_of_chunks_is_refused(tmp_path: Path) -> None:
    measured = _measured_within(tmp_path / "c.png", image_bombs.png_in_tiny_chunks(4000, 4000), 3.0)
    assert isinstance(measured, Problem) and measured.rule == "M11"
    assert measured.message == "图片含有超过 10000 个数据块（PNG 的 chunk）"


def test_a_png_whose_data_inflates_a_thousandfold_is_decoded_only_as_far_as_its_pixels(tmp_path: Path) -> None:
    bomb = image_bombs.png_zlib_bomb(2000, 2000, 4000 * 1_048_576)  # 4 GB of zeros in 4 MB
    assert len(bomb) < 5 * 1_048_576
    measured = _measured_within(tmp_path / "z.png", bomb, 3.0)
    assert isinstance(measured, Picture) and (measured.width, measured.height) == (2000, 2000)


def test_gif_and_webp_animations_never_reach_a_decoder(tmp_path: Path) -> None:
    gif, webp = image_bombs.animation("GIF", 3000), image_bombs.animation("WEBP", 3000)
    write_zone(tmp_path, media={"a.gif": gif, "a.webp": webp, "gif.png": gif, "webp.jpg": webp})
    started = time.perf_counter()
    run = validate(tmp_path)
    assert time.perf_counter() - started < 10
    media = "zones/220102-nanguan/media"
    for line in (f"{media}/a.gif: 错误[M01]: 不允许的文件类型“.gif”", f"{media}/a.webp: 错误[M01]: 不允许的文件类型“.webp”",
                 f"{media}/gif.png: 错误[M09]: 图片无法打开，或内容与扩展名“.png”不符",
                 f"{media}/webp.jpg: 错误[M09]: 图片无法打开，或内容与扩展名“.jpg”不符"):
        assert line in run.output


def _jpeg_segments(data: bytes) -> list[int]:
    """The markers of a JPEG's segments before its first scan (where every metadata block stands)."""
    markers, position = [], 2
    while data[position + 1] != 0xDA:
        markers.append(data[position + 1])
        position += 2 + int.from_bytes(data[position + 2:position + 4], "big")
    return markers


def _png_chunks(data: bytes) -> list[bytes]:
    chunks, position = [], 8
    while position < len(data):
        chunks.append(data[position + 4:position + 8])
        position += 12 + int.from_bytes(data[position:position + 4], "big")
    return chunks


SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
COM, APP1, APP13, APP2 = 0xFE, 0xE1, 0xED, 0xE2


def _jpeg_with_every_block() -> bytes:
    exif = Image.Exif()
    exif[GPS] = {1: "N", 2: (43.0, 52.0, 0.0)}
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), (40, 90, 160)).save(out, "JPEG", comment=b"Shot by Zhang San, 139 0431 0000",
                                                      exif=exif, xmp=b"<x:xmpmeta>creator</x:xmpmeta>", icc_profile=SRGB)
    data = out.getvalue()
    iptc = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0c\x1c\x02\x50\x00\x08Zhang San"
    return data[:2] + b"\xff\xed" + (len(iptc) + 2).to_bytes(2, "big") + iptc + data[2:]


def _png_with_every_block() -> bytes:
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "Zhang San")
    text.add_text("Comment", "139 0431 0000", zip=True)
    text.add_itxt("Location", "长春市南关区", lang="zh")
    exif = Image.Exif()
    exif[GPS] = {1: "N", 2: (43.0, 52.0, 0.0)}
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), (40, 90, 160)).save(out, "PNG", pnginfo=text, exif=exif, icc_profile=SRGB)
    return out.getvalue()


def test_every_metadata_block_is_dropped_and_the_colour_profile_kept(tmp_path: Path) -> None:
    jpeg, png = tmp_path / "photo.jpg", tmp_path / "chart.png"
    jpeg.write_bytes(_jpeg_with_every_block())
    png.write_bytes(_png_with_every_block())
    assert {COM, APP1, APP13, APP2} <= set(_jpeg_segments(jpeg.read_bytes()))
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"iCCP"} <= set(_png_chunks(png.read_bytes()))
    for path in (jpeg, png):
        picture = measure(path)
        assert isinstance(picture, Picture)
        for width in picture.widths:
            data = encoded(picture, width)
            if path is jpeg:
                assert not {COM, APP1, APP13} & set(_jpeg_segments(data)), "comment, EXIF, XMP or IPTC published"
            else:
                assert not {b"tEXt", b"zTXt", b"iTXt", b"eXIf"} & set(_png_chunks(data)), "text or EXIF published"
            assert b"Zhang San" not in data and b"139 0431" not in data
            with Image.open(io.BytesIO(data)) as published:
                assert published.info.get("icc_profile") == SRGB, "the colour profile is what makes it look right"


def test_a_build_decodes_each_image_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    zones = tmp_path / "zones"
    shutil.copytree(SAMPLE_ZONES, zones)
    (zones / ZONE / "media" / "现场.jpg").write_bytes(_camera_photo(2345, 1777, orientation=6))
    report = zones / ZONE / "reports" / f"{REPORT}.md"
    report.write_text(report.read_text(encoding="utf-8") + "\n![现场](../media/现场.jpg)\n", encoding="utf-8")
    decoded: list[tuple[int, int]] = []
    load = ImageFile.ImageFile.load

    def counted(image: ImageFile.ImageFile) -> object:
        if image.size == (2345, 1777) and image.tile:  # tiles are left to decode: a decoding starts
            decoded.append(image.size)
        return load(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counted)
    run = build(zones, tmp_path / "site", tmp_path / "build")
    assert run.code == 0, run.output
    assert len(decoded) == 1, f"the photo was decoded {len(decoded)} times"
    assert (tmp_path / "site" / "zones" / ZONE / "images" / "480" / "现场.jpg").is_file()
