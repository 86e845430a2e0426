"""The outcome indicators in a real browser, on a phone and a desktop: labels apart, text alternatives, 字号, 高对比度."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import Watch

ZONE = "zones/220102-nanguan/"
INDICATOR = "indicators/satisfaction/"
# Each group's text boxes and drawing, as the reader sees them: one list of rectangles per card or row.
_GROUP_BOXES = """selector => Array.from(document.querySelectorAll(selector)).filter(group => !group.hidden).map(group =>
    Array.from(group.children).flatMap(child => child.tagName === 'P' || child.tagName === 'SPAN' || child.tagName === 'svg'
        ? [child.getBoundingClientRect()] : []).filter(box => box.width > 0)
        .map(box => ({left: box.left, right: box.right, top: box.top, bottom: box.bottom})))"""


def _apart(first: dict[str, float], second: dict[str, float]) -> bool:
    return (first["right"] <= second["left"] + 0.5 or second["right"] <= first["left"] + 0.5
            or first["bottom"] <= second["top"] + 0.5 or second["bottom"] <= first["top"] + 0.5)


def _assert_labels_apart(page: Page, selector: str, width: int) -> None:
    groups = page.evaluate(_GROUP_BOXES, selector)
    assert groups and all(len(boxes) >= 2 for boxes in groups), groups[:2]
    for boxes in groups:
        assert all(_apart(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), boxes
        assert all(box["left"] >= -0.5 and box["right"] <= width + 0.5 for box in boxes), boxes
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing pushes the page sideways


def _open(browser: Browser, url: str, width: int) -> tuple[Page, Watch]:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
    page = context.new_page()
    watch = Watch()
    watch.attach(page)
    page.goto(url, wait_until="networkidle")
    return page, watch


def _larger_text_and_high_contrast(page: Page, width: int) -> None:
    if width < 700:
        page.get_by_role("button", name="字号").first.click()  # on a phone the controls open from the header
    page.get_by_role("button", name="A++").first.click()
    page.get_by_role("button", name="高对比度").first.click()
    page.wait_for_timeout(300)


@pytest.mark.parametrize("width", [375, 1280])
def test_the_zone_block_reads_at_every_width_with_larger_text_and_high_contrast(browser: Browser, site_url: str,
                                                                                 width: int) -> None:
    page, watch = _open(browser, site_url + ZONE, width)
    cards = page.locator("ul.outcomes > li")
    assert cards.count() >= 3
    for drawing in page.locator("svg.trend").all():
        expect(drawing).to_have_attribute("role", "img")
        expect(drawing).to_have_attribute("aria-label", re.compile(r".+：.*(已达到目标|按计划推进|落后于计划|未设目标|尚无实际值|暂不能判断进度)"))
    expect(cards.first.locator(".outcome-state")).to_contain_text(re.compile("已达到目标|按计划推进|落后于计划"))
    _assert_labels_apart(page, "ul.outcomes > li", width)
    size = page.locator(".outcome__figures").first.evaluate("node => parseFloat(getComputedStyle(node).fontSize)")
    _larger_text_and_high_contrast(page, width)
    larger = page.locator(".outcome__figures").first.evaluate("node => parseFloat(getComputedStyle(node).fontSize)")
    assert larger > size
    _assert_labels_apart(page, "ul.outcomes > li", width)
    ink = page.locator("path.trend__line").first.evaluate("node => getComputedStyle(node).stroke")
    state = page.locator(".outcome-state").first.evaluate("node => getComputedStyle(node).color")
    assert ink == "rgb(0, 0, 0)" and state == "rgb(0, 0, 0)"
    assert watch.outside_requests == [] and watch.errors == []
    page.context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_an_indicator_page_compares_zones_readably_and_leads_to_each_prefectures_page(browser: Browser, site_url: str,
                                                                                     width: int) -> None:
    page, watch = _open(browser, site_url + INDICATOR, width)
    rows = page.locator("li.dumbbell__row")
    expect(rows).to_have_count(10)  # the best and the worst five of the sample's 15 zones
    for drawing in page.locator("svg.dumbbell__chart").all():
        expect(drawing).to_have_attribute("role", "img")
        expect(drawing).to_have_attribute("aria-label", re.compile(r"最新 \d{4} 年|尚无数值"))
    _assert_labels_apart(page, "li.dumbbell__row", width)
    _larger_text_and_high_contrast(page, width)
    _assert_labels_apart(page, "li.dumbbell__row", width)
    assert page.locator("circle.dumbbell__end").first.evaluate("node => getComputedStyle(node).fill") == "rgb(0, 0, 0)"
    page.get_by_role("link", name="长春市", exact=True).click()
    expect(page).to_have_url(site_url + INDICATOR + "changchun/")
    zones = page.locator("li.dumbbell__row")
    assert zones.count() >= 2 and all(row.get_attribute("data-prefecture") == "220100" for row in zones.all())
    expect(page.locator("#indicator-table tbody tr")).to_have_count(zones.count())
    _assert_labels_apart(page, "li.dumbbell__row", width)
    page.goto(site_url + INDICATOR + "?prefecture=220200", wait_until="networkidle")  # the former filter's address
    expect(page).to_have_url(site_url + INDICATOR + "jilin/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("居民满意度：吉林市")
    assert watch.outside_requests == [] and watch.errors == []
    page.context.close()
