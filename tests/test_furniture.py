"""The furniture of a government site: 当前位置 on every page; 发布日期, 来源, 打印, 分享 and 上一篇/下一篇
on report pages."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from playwright.sync_api import expect

from generator.render.share import qr_svg
from tests.browser import chromium, serve_folder
from tests.conftest import ADDRESS

NAV = re.compile(r'<nav class="breadcrumb" aria-label="当前位置".*?</nav>', re.S)
REPORT = "zones/220102-nanguan/2020-01-15-plan/index.html"


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()


def test_every_page_says_where_it_is_and_links_back_up(bundled_site: Path) -> None:
    # /admin/ is the form editor, an application with its own header, not a page of the site's navigation
    pages = [page for page in bundled_site.rglob("index.html") if page.parent.name != "admin"]
    assert len(pages) > 100
    for page in pages:
        html = page.read_text(encoding="utf-8")
        nav = NAV.search(html)
        assert nav is not None, page
        items = re.findall(r"<li[^>]*>(.*?)</li>", nav.group(), re.S)
        title = _text(re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)).replace("¶", "")  # type: ignore[union-attr]
        assert _text(items[0]) == "首页"
        if page.parent != bundled_site:
            current = _text(items[-1])  # the page's own title: a zone's adds 实验区, a second page its number
            assert 'aria-current="page"' in nav.group() and (current in title + "实验区" or current.startswith(title)), page
        for target in re.findall(r'href="([^"]+)"', nav.group()):
            assert (page.parent / target / "index.html").resolve().is_file(), (page, target)


def test_a_report_shows_its_date_source_neighbours_and_why_there_is_no_qr_code(bundled_site: Path) -> None:
    html = (bundled_site / REPORT).read_text(encoding="utf-8")
    bar = _text(re.search(r'<div class="article-bar".*?</div>', html, re.S).group())  # type: ignore[union-attr]
    assert "发布日期：2020年1月15日" in bar and "来源：长春市南关区" in bar
    assert bar.endswith("打印") and "字号" not in bar  # the one text-size control is the header's
    pager = re.search(r'<nav class="pager".*?</nav>', html, re.S)
    assert pager is not None
    earlier, later = re.findall(r'<a href="([^"]+)">', pager.group())
    assert "上一篇" in pager.group() and "下一篇" in pager.group()
    assert (bundled_site / REPORT).parent.joinpath(earlier, "index.html").resolve().is_file()
    assert (bundled_site / REPORT).parent.joinpath(later, "index.html").resolve().is_file()
    assert "网站地址尚未设置" in html and "share__qr" not in html  # no site_url in the sample settings


def test_with_a_site_address_the_share_box_holds_the_pages_qr_code(addressed_site: Path) -> None:
    html = (addressed_site / REPORT).read_text(encoding="utf-8")
    # segno is deterministic: the page holds exactly the code of its own public address
    assert qr_svg(f"{ADDRESS}zones/220102-nanguan/2020-01-15-plan/") in html
    assert "style=" not in re.search(r'<svg[^>]*class="share__qr".*?</svg>', html, re.S).group()  # type: ignore[union-attr]


def test_the_print_button_shows_with_script_and_hides_without(bundled_site: Path) -> None:
    with serve_folder(bundled_site) as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 375, "height": 800})
        page.goto(url + REPORT.removesuffix("index.html"))
        tools = page.locator("[data-article-tools]")
        expect(tools).to_be_visible()
        for button in tools.get_by_role("button").all():
            box = button.bounding_box()
            assert box is not None and box["height"] >= 44 and box["width"] >= 44
        expect(tools.get_by_role("button", name="打印")).to_be_visible()
        quiet = browser.new_context(java_script_enabled=False).new_page()
        quiet.goto(url + REPORT.removesuffix("index.html"))
        expect(quiet.locator("[data-article-tools]")).to_be_hidden()
        expect(quiet.locator(".article-bar")).to_contain_text("发布日期：2020年1月15日")


def test_the_site_map_links_every_zone_prefecture_and_theme_and_the_footer_links_it(bundled_site: Path) -> None:
    html = (bundled_site / "sitemap" / "index.html").read_text(encoding="utf-8")
    links = {(bundled_site / "sitemap" / target).resolve() for target in re.findall(r'href="([^"#]+)"', html)
             if not target.startswith(("http", "mailto:"))}
    wanted = [page.parent.resolve() for page in bundled_site.glob("zones/*/index.html")]
    wanted += [page.parent.resolve() for page in bundled_site.glob("prefectures/*/index.html")]
    wanted += [page.parent.resolve() for page in bundled_site.glob("themes/*/index.html")]
    missing = [path for path in wanted if path not in links and path / "index.html" not in links]
    assert len(wanted) > 40 and missing == []
    footer = re.search(r'<div class="md-copyright gov-footer">.*?</div>', (bundled_site / "index.html").read_text(encoding="utf-8"),
                       re.S)
    assert footer is not None
    assert 'href="sitemap/">网站地图</a>' in footer.group() and 'href="mailto:shequ@example.gov.cn?subject=' in footer.group()


def test_every_title_names_the_site_once_and_the_home_page_only_the_site(bundled_site: Path) -> None:
    site_name = _text(re.search(r'<meta name="SiteName" content="([^"]*)"',  # type: ignore[union-attr]
                                (bundled_site / "index.html").read_text(encoding="utf-8")).group(1))
    for page in bundled_site.rglob("index.html"):
        title = _text(re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.S).group(1))  # type: ignore[union-attr]
        assert title.count(site_name) == 1, (page, title)
        if page.parent == bundled_site:
            assert title == site_name
        else:
            assert title.endswith(" - " + site_name) and len(title) > len(site_name) + 3, (page, title)
