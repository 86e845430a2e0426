"""On a 375 px phone: what residents come for is near the top, and lists read as lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import Watch

PHONE = {"width": 375, "height": 667}  # a small phone's screen: "within two screens" is 1334 px from the top
SCREEN = PHONE["height"]


@pytest.fixture(params=[True, False], ids=["script", "no-script"])
def phone(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, locale="zh-CN", is_mobile=True, has_touch=True,
                                  java_script_enabled=request.param)
    opened = context.new_page()
    yield opened
    context.close()


def _open(page: Page, url: str) -> Watch:
    watch = Watch()
    watch.attach(page)
    page.goto(url, wait_until="networkidle")
    return watch


def _top(page: Page, selector: str) -> float:
    """Distance in CSS pixels from the top of the page to the element, as a reader scrolls."""
    top: float = page.locator(selector).first.evaluate("e => e.getBoundingClientRect().top + window.scrollY")
    return top


def test_the_home_page_leads_with_finding_ones_district_then_the_news(phone: Page, site_url: str) -> None:
    _open(phone, site_url)
    finder = phone.get_by_role("heading", name="查找您所在地区的实验区")
    expect(finder).to_be_in_viewport()
    assert _top(phone, "#home-find") < SCREEN  # on the first screen, not under the introduction
    assert _top(phone, "#newest") < 2 * SCREEN  # the newest reports within two screens
    assert _top(phone, "#newest") < _top(phone, "#home-about")  # the introduction comes after them
    jump = phone.get_by_role("navigation", name="本页目录")
    expect(jump.get_by_role("link", name="最新经验与动态")).to_be_in_viewport()
    # prefecture, then unit: a tap opens the prefecture, a second one leads to the zone (with or without script)
    phone.locator(".zone-finder summary", has_text="长春市").click()
    zone = phone.locator(".zone-finder").get_by_role("link", name="南关区", exact=True)
    expect(zone).to_be_visible()
    zone.click()
    expect(phone).to_have_url(re.compile(r"zones/220102-nanguan/$"))


def test_the_zone_page_has_a_jump_menu_and_brings_contact_and_news_early(phone: Page, site_url: str) -> None:
    _open(phone, site_url + "zones/220106-lvyuan/")
    jump = phone.get_by_role("navigation", name="本页目录")
    expect(jump).to_be_in_viewport()
    assert _top(phone, "nav.page-jump") + 44 < SCREEN  # right under the title, not below the summary
    assert _top(phone, "#联系方式") < 2 * SCREEN
    for name in ("联系方式", "工作动态", "实验进度"):
        link = jump.get_by_role("link", name=name, exact=True)
        box = link.bounding_box()
        assert box is not None and box["height"] >= 44 and box["width"] >= 44  # a finger's target
        link.click()
        expect(phone.locator(f"h2#{name}, h3#{name}")).to_be_in_viewport()
    # the news heads a list of the zone's news reports
    expect(phone.locator("h3#工作动态 + ul a").first).to_have_text("绿园区召开省级社区治理和服务创新实验区创建工作部署会")


def test_map_cards_keep_a_prefectures_zones_on_one_line(phone: Page, site_url: str) -> None:
    _open(phone, site_url + "map/")
    cell = phone.locator("table[data-cards] tr", has_text="长春市").locator("td").nth(2)
    expect(cell).to_be_visible()
    rows = cell.evaluate("""cell => {
        const tops = new Set();
        for (const node of cell.childNodes) {
            const range = document.createRange();
            range.selectNode(node);
            for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
        }
        return tops.size;
    }""")
    assert cell.inner_text().strip() == "南关区、绿园区、德惠市"
    assert rows == 1  # one line: no "、" on a row of its own


def test_the_site_map_lists_each_prefecture_with_its_zones_one_per_line(phone: Page, site_url: str) -> None:
    _open(phone, site_url + "sitemap/")
    section = phone.locator("h2:has-text('按市（州）浏览实验区') + ul")
    prefectures = section.locator(":scope > li")
    expect(prefectures).to_have_count(10)
    changchun = prefectures.filter(has=phone.get_by_role("link", name="长春市", exact=True))
    zones = changchun.locator("ul > li")
    expect(zones).to_have_text(["南关区", "绿园区", "德惠市"])
    tops = [box["y"] for box in (zone.bounding_box() for zone in zones.all()) if box]
    assert len(set(tops)) == 3  # each on its own line
    jilin = prefectures.filter(has=phone.get_by_role("link", name="吉林市", exact=True))
    assert "长春市" not in jilin.inner_text()  # the next prefecture starts its own item


@pytest.mark.parametrize("width", [375, 1280])
def test_every_bar_of_the_progress_timeline_is_labelled_and_the_today_line_crosses_no_label(
        browser: Browser, site_url: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="zh-CN")
    page = context.new_page()
    page.goto(site_url + "progress/", wait_until="networkidle")
    chart = page.locator("#chart-province-timeline")
    expect(chart).to_have_class(re.compile("plotly-chart--drawn"))
    drawn = chart.evaluate("""chart => {
        const line = chart.querySelector('.shapelayer path');
        const x = line.getBoundingClientRect().left + line.getBoundingClientRect().width / 2;
        const bars = Array.from(chart.querySelectorAll('.barlayer .point')).map(point => {
            const text = point.querySelector('text');
            const box = text ? text.getBoundingClientRect() : null;
            const visible = !!box && box.width > 0 && getComputedStyle(text).display !== 'none';
            return { text: visible ? text.textContent : '',
                     crossed: visible && box.left < x && x < box.right,
                     over: visible && !!(line.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) };
        });
        return { bars, legend: Array.from(chart.querySelectorAll('.legend .traces')).map(t => t.textContent) };
    }""")
    symbols = {entry.split(" ")[0] for entry in drawn["legend"]}
    labels = {entry.split(" ")[-1] for entry in drawn["legend"]}
    assert len(drawn["bars"]) == 15
    for bar in drawn["bars"]:
        assert bar["text"] in labels or bar["text"] in symbols  # its status, or the symbol the legend names
        assert not bar["crossed"] or bar["over"]  # where the line meets a label, the label is painted over it
    context.close()


def _apart(first: dict[str, float], second: dict[str, float]) -> bool:
    return (first["right"] <= second["left"] or second["right"] <= first["left"]
            or first["bottom"] <= second["top"] or second["bottom"] <= first["top"])


def test_every_mark_of_a_zone_timeline_has_a_number_clear_of_the_others_and_of_the_today_line(
        phone: Page, site_url: str) -> None:
    _open(phone, site_url + "zones/220102-nanguan/")
    figure = phone.locator("figure.zone-timeline")
    drawn = figure.evaluate("""figure => {
        const box = node => { const r = node.getBoundingClientRect();
                              return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
        return { marks: Array.from(figure.querySelectorAll('.zone-timeline__chart .zone-timeline__milestone, .zone-timeline__chart .zone-timeline__report'))
                     .map(box),
                 numbers: Array.from(figure.querySelectorAll('.zone-timeline__chart text.zone-timeline__number')).map(node =>
                     Object.assign(box(node), { text: node.textContent })),
                 today: box(figure.querySelector('.zone-timeline__chart .zone-timeline__today')) };
    }""")
    marks, numbers, today = drawn["marks"], drawn["numbers"], drawn["today"]
    assert len(marks) == 18 and [n["text"] for n in numbers] == [str(i) for i in range(1, 19)]
    assert all(_apart(a, b) for i, a in enumerate(marks) for b in marks[i + 1:])  # no mark hides another
    assert all(_apart(a, b) for i, a in enumerate(numbers) for b in numbers[i + 1:])
    assert all(_apart(n, m) for n in numbers for m in marks)
    middle = (today["left"] + today["right"]) / 2
    assert all(n["right"] < middle or middle < n["left"] for n in numbers)  # the build-date line crosses none
    # and the numbers are named in words, for a reader who cannot see the drawing
    figure.locator("summary", has_text="图中编号").click()
    items = figure.locator(".zone-timeline__numbers li")
    expect(items).to_have_count(18)
    expect(items.first).to_contain_text("（工作节点）")


def test_a_prefecture_page_gives_each_zone_its_own_marker_a_finger_apart(phone: Page, site_url: str) -> None:
    _open(phone, site_url + "prefectures/changchun/")
    markers = phone.locator(".svg-map__markers--narrow a.svg-map__marker")
    expect(markers).to_have_count(3)  # 南关区 and 绿园区 are neighbours: on the province map they share one
    names = [markers.nth(i).get_attribute("aria-label") or "" for i in range(3)]
    assert sorted(name.split("（")[0] for name in names) == ["长春市南关区", "长春市德惠市", "长春市绿园区"]
    centres = [markers.nth(i).locator(".svg-map__tap").evaluate(
        "c => { const r = c.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }")
        for i in range(3)]
    assert all(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 >= 44
               for i, a in enumerate(centres) for b in centres[i + 1:])
    phone.locator(".svg-map__markers--narrow a[aria-label^='长春市绿园区']").click()
    expect(phone).to_have_url(re.compile(r"zones/220106-lvyuan/$"))
