"""Photos for the press (issue 23): each picture of a report carries its caption, credit, date and licence,
and links to a clean original a newspaper can download."""

from __future__ import annotations

import html as html_module
import io
import re
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from generator.contract.photo_credits import credited
from generator.load.images import Picture
from generator.render.body.embed import Credits, embed
from tests.conftest import SATISFACTION, VALID_NEWS, build, validate, write_zone

ZONE = "220102-nanguan"
NEWS = "2020-04-22-news"
GPS = 0x8825
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description>Canon EOS R5</rdf:Description></rdf:RDF></x:xmpmeta>'


def camera_photo(width: int = 2400, height: int = 1600) -> bytes:
    """A JPEG as a camera writes it: EXIF with the place, a comment and XMP with the device."""
    image = Image.new("RGB", (width, height), (40, 90, 160))
    exif = Image.Exif()
    exif[GPS] = {1: "N", 2: (43.0, 52.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif, comment=b"taken by Zhang San, 13912345678", xmp=XMP)
    return out.getvalue()


def news_with(images: str) -> str:
    return VALID_NEWS + "\n" + images + "\n"


PICTURES = (
    '![居民在议事会上发言](../media/meeting.jpg)\n\n'
    '![楼栋长签到](../media/sign.jpg "说明：楼栋长签到参加议事会；摄影：张三；2020-04-20")\n\n'
    '议事会后，居民一起清理了楼道 ![楼道](../media/hall.jpg) 杂物。\n'
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("photos")
    write_zone(root, reports={f"{NEWS}.md": news_with(PICTURES)}, indicators=SATISFACTION,
               media={"meeting.jpg": camera_photo(), "sign.jpg": camera_photo(1200, 900),
                      "hall.jpg": camera_photo(800, 600)})
    run = build(root / "zones", root / "site", root / "build")
    assert run.code == 0, run.output
    return root / "site"


def _report_html(site: Path) -> str:
    return (site / "zones" / ZONE / NEWS / "index.html").read_text(encoding="utf-8")


def visible_text(fragment: str) -> str:
    return html_module.unescape(" ".join(re.sub(r"<[^>]+>", "", fragment).split()))


def _press_lines(html: str) -> list[str]:
    return [visible_text(line) for line in re.findall(r'class="photo-line">(.*?下载原图[^<]*</a>)', html)]


def test_each_picture_says_caption_credit_date_licence_and_links_its_original(site: Path) -> None:
    lines = _press_lines(_report_html(site))
    assert len(lines) == 3
    default, overridden, inline = lines
    assert default.startswith("居民在议事会上发言 · 来源：长春市南关区民政局 · 2020年4月22日 · ")
    assert "媒体转载请注明" in default, "the licence line of content/site.yml"
    assert default.endswith("下载原图（1600×1067）")
    assert overridden.startswith("楼栋长签到参加议事会 · 摄影：张三 · 2020年4月20日 · ")
    assert overridden.endswith("下载原图（1200×900）")
    assert inline.startswith("楼道 · 来源：长春市南关区民政局")


def test_a_picture_alone_in_its_paragraph_is_a_figure_and_the_override_is_no_tooltip(site: Path) -> None:
    html = _report_html(site)
    figures = re.findall(r'<figure class="photo">(.*?)</figure>', html, re.DOTALL)
    assert len(figures) == 2 and all("<figcaption" in figure for figure in figures)
    assert "摄影：张三；" not in html, "the title written for the caption is not shown again as a tooltip"


def test_the_original_is_the_largest_copy_without_any_metadata(site: Path) -> None:
    html = _report_html(site)
    links = re.findall(r'<a class="photo-original" href="([^"]+)" download="([^"]+)">', html)
    assert [name for _, name in links] == ["meeting.jpg", "sign.jpg", "hall.jpg"]
    page = site / "zones" / ZONE / NEWS
    with Image.open(page / links[0][0]) as original:
        original.load()
        assert original.size == (1600, 1067), "the largest width the site publishes"
        assert not original.getexif(), "EXIF (GPS) stripped"
        assert "comment" not in original.info, "the JPEG comment (COM) stripped"
        assert "xmp" not in original.info and b"Canon" not in (page / links[0][0]).read_bytes(), "XMP stripped"


def test_a_well_formed_override_validates(workspace: Path) -> None:
    write_zone(workspace, reports={f"{NEWS}.md": news_with(
        '![签到](../media/sign.jpg "楼栋长签到；来源：南关区桃源街道；2020-04-20")')},
        media={"sign.jpg": camera_photo(400, 300)})
    run = validate(workspace)
    assert run.code == 0, run.output


def test_a_picture_inside_a_link_gets_no_second_link() -> None:
    pictures = {"x.jpg": Picture(Path("x.jpg"), 2000, 1000, "digest")}
    credits = Credits("推进会", "长春市南关区民政局", date(2020, 4, 22), "示例许可")
    linked = embed('<p><a href="https://www.mca.gov.cn/"><img alt="现场" src="../media/x.jpg"></a></p>', pictures, credits)
    assert "下载原图" not in linked.markdown and linked.markdown.count("<a ") == 1
    assert [photo.caption for photo in linked.photos] == ["现场"], "still one of the zone's photos"


@pytest.mark.parametrize(("title", "caption", "credit", "day"), [
    ("", "现场", "来源：长春市南关区民政局", date(2020, 4, 22)),
    ("楼栋长签到；摄影：张三；2020-04-20", "楼栋长签到", "摄影：张三", date(2020, 4, 20)),
    ("说明：楼栋长签到；来源：桃源街道", "楼栋长签到", "来源：桃源街道", date(2020, 4, 22)),
    ("摄影: 李四", "现场", "摄影：李四", date(2020, 4, 22)),
])
def test_the_title_overrides_what_it_names_and_nothing_else(title: str, caption: str, credit: str, day: date) -> None:
    photo = credited("x.jpg", "现场", title, "推进会", "长春市南关区民政局", date(2020, 4, 22))
    assert (photo.caption, photo.credit, photo.day) == (caption, credit, day)
