"""The photo pages in Chromium at 375 and 1280 px: a journalist finds a credited picture, its report and its
original; the first screen stays light on a phone (lazy thumbnails with their size, ≤ 150 KB before scrolling,
counted as a host sends the site with its compressed twins)."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Browser, Page, Response, expect

from tests.browser import Watch, chromium, serve_folder
from tests.conftest import SATISFACTION, VALID_NEWS, build, write_zone

ZONE = "220102-nanguan"
VIEWPORTS = {"phone": {"width": 375, "height": 667}, "desktop": {"width": 1280, "height": 800}}
BUDGET = 150 * 1024
REPORTS = 3
PER_REPORT = 7


def _photo(seed: int) -> bytes:
    """A picture with a photo's detail (soft shapes and grain), so its copies weigh what a photo's do."""
    chance = random.Random(seed)
    small = Image.new("RGB", (24, 16))
    small.putdata([(chance.randrange(256), chance.randrange(256), chance.randrange(256)) for _ in range(24 * 16)])
    image = Image.blend(small.resize((2400, 1600), Image.Resampling.BICUBIC),
                        Image.effect_noise((2400, 1600), 40).convert("RGB"), 0.25)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def _make(root: Path) -> None:
    reports: dict[str, str | bytes] = {}
    media: dict[str, bytes] = {}
    for number in range(REPORTS):
        day = f"2020-04-{22 - number:02d}"
        body = VALID_NEWS.replace("2020-04-22", day).replace("推进会", f"第{number + 1}次推进会")
        for index in range(PER_REPORT):
            name = f"r{number}-{index}.jpg"
            media[name] = _photo(number * 100 + index)
            body += f"\n![第{number + 1}次推进会现场{index + 1}](../media/{name})\n"
        reports[f"{day}-news.md"] = body
    write_zone(root, reports=reports, media=media, indicators=SATISFACTION)
    run = build(root / "zones", root / "site", root / "build")
    assert run.code == 0, run.output


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("photo-pages")
    _make(root)
    return root / "site"


class _CompressingHandler(SimpleHTTPRequestHandler):
    """Serves a file's .gz twin to a browser that accepts gzip, as nginx's gzip_static does."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        local = Path(self.translate_path(self.path))
        if local.is_dir():
            local = local / "index.html"
        twin = local.with_name(local.name + ".gz")
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not twin.is_file():
            return super().send_head()
        data = twin.open("rb")
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(local)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(twin.stat().st_size))
        self.end_headers()
        return data


@pytest.fixture(scope="module")
def site_url(site: Path) -> Iterator[str]:
    with serve_folder(site, _CompressingHandler) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture(params=list(VIEWPORTS))
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORTS[request.param], locale="zh-CN",
                                  is_mobile=request.param == "phone", has_touch=request.param == "phone")
    opened = context.new_page()
    yield opened
    context.close()


def _open_counting(page: Page, url: str) -> tuple[Watch, list[Response]]:
    watch = Watch()
    watch.attach(page)
    responses: list[Response] = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(300)  # lazy images the first layout asked for
    return watch, responses


def _bytes(responses: list[Response]) -> int:
    """What came over the wire: each response's body as sent (compressed where the twin was sent)."""
    return sum(response.request.sizes()["responseBodySize"] for response in responses)


def _fits_the_width(page: Page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow} px"


def _thumbnails_are_lazy_and_sized(page: Page) -> None:
    thumbnails = page.locator(".photo-grid img")
    assert thumbnails.count() > 0
    for attributes in thumbnails.evaluate_all(
            "images => images.map(i => [i.getAttribute('loading'), i.getAttribute('width'), i.getAttribute('height')])"):
        loading, width, height = attributes
        assert loading == "lazy" and int(width) > 0 and int(height) > 0, attributes


@pytest.mark.parametrize("address", ["photos/", f"zones/{ZONE}/photos/"], ids=["gallery", "zone photos"])
def test_the_photo_pages_are_light_fit_the_screen_and_load_lazily(page: Page, site_url: str, address: str) -> None:
    watch, responses = _open_counting(page, site_url + address)
    sent = _bytes(responses)
    assert sent <= BUDGET, f"{sent} bytes before scrolling: " + ", ".join(
        f"{response.url.rsplit('/', 2)[-1] or response.url}={response.request.sizes()['responseBodySize']}"
        for response in responses)
    assert any("/images/240/" in response.url for response in responses), "the thumbnails are the small copies"
    _fits_the_width(page)
    _thumbnails_are_lazy_and_sized(page)
    assert not watch.errors and not watch.outside_requests, (watch.errors, watch.outside_requests)


def test_the_gallery_is_paged_and_each_photo_leads_to_its_report(page: Page, site_url: str) -> None:
    _open_counting(page, site_url + "photos/")
    cards = page.locator(".photo-card")
    expect(cards).to_have_count(8)
    first = cards.first
    expect(first.locator(".photo-line")).to_contain_text("来源：长春市南关区民政局")
    expect(first.locator(".photo-line")).to_contain_text("2020年4月22日")
    expect(first.get_by_role("link", name="下载原图（1600×1067）")).to_have_attribute("download", "r0-0.jpg")
    expect(page.get_by_role("navigation", name="分页").get_by_role("link", name="3")).to_be_visible()
    first.get_by_role("link").first.click()
    expect(page).to_have_url(site_url + f"zones/{ZONE}/2020-04-22-news/")
    expect(page.locator("figure.photo figcaption").first).to_contain_text("第1次推进会现场1")
    _fits_the_width(page)


def test_the_zone_page_links_its_photo_page(page: Page, site_url: str) -> None:
    _open_counting(page, site_url + f"zones/{ZONE}/")
    page.get_by_role("link", name="新闻图片").click()
    expect(page).to_have_url(site_url + f"zones/{ZONE}/photos/")
    expect(page.locator("article")).to_contain_text(f"共 {REPORTS * PER_REPORT} 张，第 1/3 页")
    expect(page.locator(".photo-card")).to_have_count(8)
    page.get_by_role("navigation", name="分页").get_by_role("link", name="下一页").click()
    expect(page).to_have_url(site_url + f"zones/{ZONE}/photos/page/2/")
    expect(page.locator(".photo-card").first).to_contain_text("第2次推进会现场2")
    _fits_the_width(page)
