"""Printed pages, as Chromium prints them: the site, its organizer and the page's address on every sheet,
and charts and timelines whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from playwright.sync_api import Browser, Page

from tests.browser import serve_folder
from tests.conftest import ADDRESS

SITE_URL = ADDRESS
SITE_NAME = "吉林省社区治理和服务创新实验区展示平台"
ORGANIZER = "主办单位：吉林省民政厅（示例）"


@pytest.fixture(scope="module")
def served(addressed_site: Path) -> Iterator[str]:
    """The sample site built with its public address SITE_URL."""
    with serve_folder(addressed_site) as url:
        yield url


def _printed(page: Page, url: str, tmp_path: Path) -> list[str]:
    """The text of each printed sheet, as the reader's 打印 button would print the page."""
    page.goto(url, wait_until="networkidle")
    page.emulate_media(media="print")
    page.wait_for_timeout(300)  # charts redraw at the width of the sheet
    target = tmp_path / "page.pdf"
    page.pdf(path=str(target), prefer_css_page_size=True)
    document = pdfium.PdfDocument(str(target))
    return [sheet.get_textpage().get_text_range().replace("\r\n", "\n") for sheet in document]


@pytest.mark.parametrize("path", ["zones/220102-nanguan/", "zones/220102-nanguan/2021-10-19-experience/", "progress/"])
def test_every_printed_sheet_names_the_site_its_organizer_and_the_page(browser: Browser, served: str, path: str,
                                                                        tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    sheets = _printed(page, served + path, tmp_path)
    assert len(sheets) >= 2  # long enough to test the sheets after the first
    for number, text in enumerate(sheets, start=1):
        flat = text.replace("\n", "")
        assert SITE_NAME in flat and ORGANIZER in flat, (number, text[:200])
        assert f"本页地址：{SITE_URL}{path}" in flat, (number, text[-300:])
        assert f"第 {number} 页" in flat


def test_without_script_the_printout_still_says_where_it_comes_from(browser: Browser, served: str,
                                                                     tmp_path: Path) -> None:
    page = browser.new_context(java_script_enabled=False).new_page()
    flat = "".join(_printed(page, served + "zones/220102-nanguan/", tmp_path)).replace("\n", "")
    assert f"{SITE_NAME} {ORGANIZER} 本页地址：{SITE_URL}zones/220102-nanguan/" in flat.replace("\u3000", " ")


def test_a_printed_timeline_and_chart_stay_whole_on_one_sheet(browser: Browser, served: str, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    sheets = _printed(page, served + "zones/220102-nanguan/", tmp_path)
    holding = [text for text in sheets if "长春市南关区实验时间线" in text.replace("\n", "")]
    assert len(holding) == 1 and "构建日期" in holding[0] and "2026" in holding[0]
    sheets = _printed(page, served + "progress/", tmp_path)
    timeline = [number for number, text in enumerate(sheets) if "长白山管委会 · 池北区" in text]
    legend = [number for number, text in enumerate(sheets) if "推荐国家级" in text and "待启动" in text]
    assert timeline and timeline[0] in legend  # the rows and their legend printed together
    fits = page.evaluate("""() => Array.from(document.querySelectorAll('.plotly-chart')).every(chart => {
        const drawing = chart.querySelector('svg.main-svg');
        return drawing && drawing.getBoundingClientRect().right <= chart.getBoundingClientRect().right + 1; })""")
    assert fits
