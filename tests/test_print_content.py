"""Printing a page gives its content only, on as few sheets as it needs (issue 23): no screen controls, share box,
上一篇/下一篇 or filter boxes, no near-empty sheet, and a listing split into screen pages prints every item."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from playwright.sync_api import Browser, Page

from generator.pipeline import Inputs, check
from generator.render.docs import build_docs
from generator.render.views import urls
from tests.browser import chromium, serve_folder
from tests.conftest import ADDRESS, CONTENT, SAMPLE_ZONES, TODAY

SITE_NAME = "吉林省社区治理和服务创新实验区展示平台"
ORGANIZER = "主办单位：吉林省民政厅（示例）"
REPORT = "zones/220102-nanguan/2021-06-08-experience/"  # a diagram after its first paragraph, then six sections
SCREEN_PAGE = 20  # cards on one screen page of 经验交流 (views/experience.py)
# What a reader sees on screen around a page's content and should not find on paper.
FURNITURE = ["字号", "打印", "上一篇", "下一篇", "分享", "二维码", "扫一扫", "复制本页链接", "复制引用", "返回长春市南关区",
             "订阅新文章", "上一页", "下一页", "按市（州）", "按选题"]


@dataclass(frozen=True)
class Sheet:
    body: str  # the sheet's text without its margins (site, organizer, address, 本页更新, page number), flattened
    margins: str
    images: int  # raster images drawn on the sheet


@pytest.fixture(scope="module")
def served(addressed_site: Path) -> Iterator[str]:
    with serve_folder(addressed_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _sheets(page: Page, served: str, path: str, tmp_path: Path) -> list[Sheet]:
    """Each sheet of the page at `path` printed on A4 as the browser's print dialog would print it."""
    page.goto(served + path, wait_until="networkidle")
    page.emulate_media(media="print")
    page.wait_for_timeout(300)  # charts redraw at the width of the sheet
    target = tmp_path / "page.pdf"
    page.pdf(path=str(target), prefer_css_page_size=True)
    margin = re.compile("|".join([re.escape(SITE_NAME), re.escape(ORGANIZER), re.escape(f"本页地址：{ADDRESS}{path}"),
                                  r"本页更新：\d+年\d+月\d+日", r"第\d+页"]))
    sheets = []
    for sheet in pdfium.PdfDocument(str(target)):
        flat = _flat(sheet.get_textpage().get_text_range())
        images = sum(1 for _ in sheet.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        sheets.append(Sheet(margin.sub("", flat), "".join(margin.findall(flat)), images))
    return sheets


class _CardTitles(HTMLParser):
    """The titles of a listing page's cards, as the screen shows them."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if "card__title" in (dict(attrs).get("class") or "").split():
            self._inside = True
            self.titles.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h2", "h3"):
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.titles[-1] += data


def _card_titles(html: Path) -> list[str]:
    parser = _CardTitles()
    parser.feed(html.read_text(encoding="utf-8"))
    return [_flat(title) for title in parser.titles]


def test_a_printed_report_is_its_content_on_two_full_sheets(browser: Browser, served: str, tmp_path: Path) -> None:
    sheets = _sheets(browser.new_page(viewport={"width": 1280, "height": 900}), served, REPORT, tmp_path)
    text = "".join(sheet.body for sheet in sheets)
    assert "长春市南关区：“三张清单”让“三社联动”联得上、动得起" in text  # the title
    assert "发布日期：2021年6月8日" in text and "摸清需求，建立需求清单" in text and "取得的成效" in text
    assert "“以前是社区一家忙，现在是大家一起干”" in text  # the body's last paragraph
    assert [word for word in FURNITURE if word in text] == []
    # the diagram shares the first sheet with the text around it instead of leaving it mostly blank
    assert len(sheets) == 2
    assert sheets[0].images == 1 and "“三社联动”示意：社区、社会组织和社会工作者围绕居民需求协同联动" in sheets[0].body
    assert all(len(sheet.body) > 300 for sheet in sheets), [len(sheet.body) for sheet in sheets]
    # the page's address and its date on every sheet, never 本页更新 alone on a last one
    for sheet in sheets:
        assert f"本页地址：{ADDRESS}{REPORT}" in sheet.margins and "本页更新：2021年6月8日" in sheet.margins


@pytest.mark.parametrize("path", ["experience/", "experience/page/2/"])
def test_printing_either_screen_page_of_a_listing_prints_every_item(browser: Browser, served: str, path: str,
                                                                     addressed_site: Path, tmp_path: Path) -> None:
    listing = addressed_site / "experience"
    titles = _card_titles(listing / "index.html") + _card_titles(listing / "page" / "2" / "index.html")
    assert len(titles) > SCREEN_PAGE and not (listing / "page" / "3").exists()
    sheets = _sheets(browser.new_page(viewport={"width": 1280, "height": 900}), served, path, tmp_path)
    text = "".join(sheet.body for sheet in sheets)
    assert [title for title in titles if title not in text] == []
    assert f"全部{len(titles)}篇" in text and "筛选：全部" in text  # the filter in force, in one line
    assert "第1/2页" not in text and "第2/2页" not in text  # no screen page named on paper that holds every item
    assert [word for word in FURNITURE if word in text] == []
    assert "长春市（8）" not in text  # no filter box
    # one line an item: two sheets, the second not near-empty
    assert len(sheets) == 2 and len(sheets[1].body) > 300, [len(sheet.body) for sheet in sheets]


def test_a_filtered_listing_prints_its_filter_in_one_line(browser: Browser, served: str, tmp_path: Path) -> None:
    sheets = _sheets(browser.new_page(viewport={"width": 1280, "height": 900}), served,
                     "experience/prefecture/changchun/", tmp_path)
    text = "".join(sheet.body for sheet in sheets)
    assert "筛选：按市（州）：长春市" in text and "长春市（8）" not in text and "吉林市（5）" not in text


def _one_page_of_each_kind() -> dict[str, str]:
    found = check(Inputs(SAMPLE_ZONES, CONTENT), date.fromisoformat(TODAY))
    assert found.site is not None and found.pages is not None
    pages: dict[str, str] = {}
    for path, kind in sorted(build_docs(found.site, found.pages).page_kinds.items()):
        pages.setdefault(kind, urls.address(path))
    return pages


# Screen furniture a reader would see on paper: controls, and navigation blocks other than the breadcrumbs and a map.
VISIBLE_FURNITURE = """() => Array.from(document.querySelectorAll(
    'button, input, select, textarea, form, [role="search"], .md-header, .md-tabs, .md-sidebar, .md-top, .md-footer, ' +
    '.md-content nav:not(.breadcrumb, .tile-map), .share, .pagination, .pager'))
  .filter(element => element.checkVisibility())
  .map(element => element.outerHTML.slice(0, 120))"""


def test_no_kind_of_page_prints_screen_furniture(browser: Browser, served: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    pages = _one_page_of_each_kind()
    assert {"report page", "zone page", "experience page", "home"} <= set(pages), sorted(pages)
    printed: dict[str, list[str]] = {}
    for kind, address in pages.items():
        page.emulate_media(media="screen")
        page.goto(served + address, wait_until="load")
        page.emulate_media(media="print")
        if shown := page.evaluate(VISIBLE_FURNITURE):
            printed[f"{kind} ({address})"] = shown
    assert printed == {}
