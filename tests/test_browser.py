"""The built sample site in a real browser: map, timelines, zone index filters, and nothing from outside."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from generator.search.reader import WrittenIndex
from tests.browser import Watch, chromium, serve_folder

PAGES = ["", "zones/", "zones/220102-nanguan/", "zones/220102-nanguan/2020-01-15-plan/", "map/", "progress/",
         "themes/", "themes/topic-1-3/", "themes/area-4/", "prefectures/changchun/", "prefectures/changbaishan/",
         "policy/", "about/", "guide/"]


@pytest.fixture(scope="module")
def site_url(bundled_site: Path) -> Iterator[str]:
    with serve_folder(bundled_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    opened = context.new_page()
    yield opened
    context.close()


def _open(page: Page, url: str) -> Watch:
    watch = Watch()
    watch.attach(page)
    page.goto(url, wait_until="networkidle")
    return watch


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_nothing_from_outside_and_logs_no_error(page: Page, site_url: str, path: str) -> None:
    watch = _open(page, site_url + path)
    for chart in page.locator(".plotly-chart").all():
        expect(chart).to_have_class(re.compile("plotly-chart--drawn"))
    assert watch.outside_requests == []
    assert watch.errors == []


def test_map_draws_every_prefecture_and_hover_and_click_work(page: Page, site_url: str) -> None:
    _open(page, site_url + "map/")
    chart = page.locator("#chart-map")
    expect(chart).to_have_class(re.compile("plotly-chart--drawn"))
    box = chart.bounding_box()
    assert box is not None and box["width"] > 600  # the map fills the content column at 1280 px
    shapes = chart.locator("path.choroplethlocation")
    expect(shapes).to_have_count(9)
    changchun = shapes.nth(0)  # features follow divisions.yml: 长春市 first
    changchun.hover(force=True)
    expect(chart.locator(".hoverlayer")).to_contain_text("长春市")
    expect(chart.locator(".hoverlayer")).to_contain_text("已公开实验区")
    changchun.click(force=True)
    page.wait_for_url(re.compile(r"/prefectures/changchun/$"))
    expect(page.locator("h1")).to_contain_text("长春市的实验区")


def test_zone_point_opens_the_zone_page(page: Page, site_url: str) -> None:
    _open(page, site_url + "prefectures/jilin/")
    chart = page.locator("#chart-map")
    expect(chart).to_have_class(re.compile("plotly-chart--drawn"))
    points = chart.locator(".scatterlayer .trace:last-child path.point")  # zone points are the last trace
    expect(points).not_to_have_count(0)
    points.first.click(force=True)
    page.wait_for_url(re.compile(r"/zones/2202\d\d-[a-z]+/$"))


def test_zone_point_beside_the_changbaishan_marker_is_on_top_and_opens_its_zone(page: Page, site_url: str) -> None:
    _open(page, site_url + "prefectures/changbaishan/")
    chart = page.locator("#chart-map")
    expect(chart).to_have_class(re.compile("plotly-chart--drawn"))
    point = chart.locator(".scatterlayer .trace:last-child path.point").first
    box = point.bounding_box()
    assert box is not None
    # SVG paints later traces on top: the zone points come after the 长白山 square, so it cannot hide them
    last_trace_links = page.evaluate("() => document.getElementById('chart-map').data.at(-1).customdata.map(c => c[2])")
    assert [link.rsplit("/", 2)[-2] for link in last_trace_links] == ["changbaishan-chibei"]
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"/zones/changbaishan-chibei/$"))


def test_zone_timeline_shows_period_milestones_reports_and_build_date(page: Page, site_url: str) -> None:
    _open(page, site_url + "zones/220202-changyi/")
    chart = page.locator("#chart-timeline")
    expect(chart).to_have_class(re.compile("plotly-chart--drawn"))
    expect(chart.locator(".barlayer path")).to_have_count(2)  # the period and its extension
    expect(chart.locator(".scatterlayer path.point")).not_to_have_count(0)
    expect(chart).to_contain_text("构建日期 2026年11月27日")


def test_province_timeline_writes_each_status(page: Page, site_url: str) -> None:
    _open(page, site_url + "progress/")
    chart = page.locator("#chart-province-timeline")
    expect(chart).to_have_class(re.compile("plotly-chart--drawn"))
    for label in ("实验中", "已延期", "已验收", "已中止", "逾期未交终期报告"):
        expect(chart.locator(".barlayer text", has_text=label).first).to_be_visible()


def _visible_zone_names(page: Page) -> list[str]:
    return page.locator("#zone-table tbody tr:not([hidden]) td:first-child").all_inner_texts()


def test_zone_index_filters_sort_and_survive_a_reload(page: Page, site_url: str) -> None:
    _open(page, site_url + "zones/")
    total = page.locator("#zone-table tbody tr").count()
    page.select_option("select[name=prefecture]", "220100")
    names = _visible_zone_names(page)
    assert names and all(name.startswith("长春市") for name in names)
    assert len(names) < total
    page.get_by_role("button", name="按“批次”排序").click()
    page.get_by_role("button", name="按“批次”排序").click()
    batches = page.locator("#zone-table tbody tr:not([hidden]) td:nth-child(3)").all_inner_texts()
    assert batches == sorted(batches, reverse=True)
    names = _visible_zone_names(page)
    assert "prefecture=220100" in page.url and "order=desc" in page.url
    page.reload(wait_until="networkidle")
    expect(page.locator("select[name=prefecture]")).to_have_value("220100")
    assert _visible_zone_names(page) == names
    assert page.locator("#zone-table tbody tr:not([hidden]) td:nth-child(3)").all_inner_texts() == batches
    expect(page.locator("#zone-filter-count")).to_have_text(f"显示 {len(names)} 个实验区，共 {total} 个")


def test_zone_index_filter_by_topic_and_status(page: Page, site_url: str) -> None:
    _open(page, site_url + "zones/?status=active")
    rows = page.locator("#zone-table tbody tr:not([hidden])")
    expect(rows.first).to_be_visible()
    for status in rows.locator("td:last-child").all_inner_texts():
        assert status == "实验中"
    page.select_option("select[name=status]", "")
    page.select_option("select[name=topic]", "4-1")
    all_rows = page.locator("#zone-table tbody tr")
    tagged = [t for t in all_rows.evaluate_all("rows => rows.map(r => r.dataset.topics)") if "4-1" in t.split()]
    assert tagged
    expect(rows).to_have_count(len(tagged))
    expect(page.locator("#zone-filter-count")).to_have_text(f"显示 {len(tagged)} 个实验区，共 {all_rows.count()} 个")
    for row in rows.all():
        assert "4-1" in row.get_attribute("data-topics").split()


def test_zone_index_is_complete_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "zones/")
    expect(page.locator("#zone-filter")).to_be_hidden()
    rows = page.locator("#zone-table tbody tr")
    assert rows.count() >= 15
    rows.first.locator("a").click()
    page.wait_for_url(re.compile(r"/zones/220102-nanguan/$"))
    context.close()


def test_search_from_the_header_segments_chinese_and_names_zone_and_type(page: Page, site_url: str,
                                                                         bundled_site: Path) -> None:
    watch = _open(page, site_url + "zones/220202-changyi/")
    page.fill("#site-search-input", "社区治理")
    page.press("#site-search-input", "Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    results = page.locator(".search-result")
    expect(results.first).to_be_visible(timeout=10_000)
    expected = len(WrittenIndex.open(bundled_site).matching("社区治理"))
    expect(page.locator("#search-status")).to_have_text(f"找到 {expected} 条与“社区治理”相关的结果")
    assert results.count() == 10
    titles = page.locator(".search-result__title").all_inner_texts()
    assert any("社区治理和服务创新实验区" in title for title in titles)  # the word is found inside longer phrases
    metas = page.locator(".search-result__meta").all_inner_texts()
    assert any(re.fullmatch(r".+(市|区|县) · (经验做法|工作动态|申报材料|验收评审意见|市州审核意见|年度实验计划)", m) for m in metas)
    assert page.locator(".search-result__excerpt mark").first.inner_text() in ("社区治理", "社区", "治理")
    page.get_by_role("button", name="显示更多结果").click()
    expect(results).to_have_count(min(20, expected))
    results.nth(10).locator("a").click()
    page.wait_for_url(re.compile(r"/(zones|themes|prefectures|about|policy|guide|data|map|progress)/"))
    assert watch.outside_requests == [] and watch.errors == []


def test_search_page_refines_as_the_reader_types_and_says_when_nothing_matches(page: Page, site_url: str) -> None:
    watch = _open(page, site_url + "search/")
    search_box = page.get_by_label("搜索本站内容")
    search_box.fill("三张清单")
    expect(page.locator("#search-status")).to_contain_text("相关的结果")
    assert "q=%E4%B8%89%E5%BC%A0%E6%B8%85%E5%8D%95" in page.url  # the query is kept in the address
    expect(page.locator(".search-result__title").first).to_contain_text("三张清单")
    search_box.fill("甲乙丙丁戊")
    search_box.press("Enter")
    expect(page.locator("#search-status")).to_have_text("没有找到与“甲乙丙丁戊”相关的内容。请换一个词，或减少词语再试。")
    expect(page.locator(".search-result")).to_have_count(0)
    page.reload(wait_until="networkidle")
    expect(page.get_by_label("搜索本站内容")).to_have_value("甲乙丙丁戊")
    assert watch.errors == []


def test_search_says_so_when_the_index_cannot_be_loaded(page: Page, site_url: str) -> None:
    page.route("**/search-index/manifest.json", lambda route: route.fulfill(status=404, body="missing"))
    page.goto(site_url + "search/?q=社区", wait_until="networkidle")
    expect(page.locator("#search-status")).to_have_text("搜索暂时无法使用，请稍后再试。")


AXE = Path(__file__).parent / "vendor" / "axe.min.js"
AXE_PAGES = ["", "zones/", "zones/220102-nanguan/", "zones/220102-nanguan/2021-06-08-experience/", "map/",
             "themes/topic-1-3/", "progress/", "search/?q=社区治理", "data/", "experience/"]


@pytest.mark.parametrize("path", AXE_PAGES)
def test_axe_finds_no_wcag_21_aa_violation(page: Page, site_url: str, path: str) -> None:
    _open(page, site_url + path)
    if path.startswith("search/"):
        expect(page.locator(".search-result").first).to_be_visible(timeout=10_000)
    page.evaluate(AXE.read_text(encoding="utf-8"))  # as the test's own script: the page's CSP forbids inline ones
    violations = page.evaluate("""async () => {
        const result = await axe.run(document, {runOnly: {type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}});
        return result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | ")}`);
    }""")
    assert violations == []


def test_text_size_and_contrast_work_without_zoom_and_persist(page: Page, site_url: str) -> None:
    _open(page, site_url + "zones/")
    size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("button", name="A+", exact=True).click()
    larger = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert larger >= size * 1.15
    page.get_by_role("button", name="高对比度").click()
    expect(page.locator("html")).to_have_class(re.compile("high-contrast"))
    _open(page, site_url + "map/")  # another page keeps the reader's choice
    expect(page.locator("html")).to_have_class(re.compile("text-large"))
    expect(page.locator("html")).to_have_class(re.compile("high-contrast"))
    expect(page.get_by_role("button", name="A+", exact=True)).to_have_attribute("aria-pressed", "true")
    page.get_by_role("button", name="A", exact=True).click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == size


def test_controls_are_reachable_by_keyboard_with_visible_focus(page: Page, site_url: str) -> None:
    _open(page, site_url)
    reached = []
    for _ in range(12):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("""() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return [el.textContent.trim() || el.getAttribute('aria-label') || el.id, style.outlineStyle !== 'none'];
        }"""))
    names = [name for name, _ in reached]
    assert "A+" in names and "高对比度" in names and "site-search-input" in names
    assert all(visible for name, visible in reached if name in ("A+", "高对比度"))


def test_no_page_requests_anything_outside_the_site_or_sets_a_cookie(browser: Browser, site_url: str,
                                                                     bundled_site: Path) -> None:
    """Every built page, in Chromium: charts, maps and search included."""
    context = browser.new_context()
    page = context.new_page()
    watch = Watch()
    watch.attach(page)
    pages = sorted(path.relative_to(bundled_site).as_posix().removesuffix("index.html")
                   for path in bundled_site.rglob("index.html"))
    assert len(pages) > 190
    for path in [*pages, "search/?q=经验"]:
        page.goto(site_url + path, wait_until="networkidle")
    assert context.cookies() == [] and page.evaluate("document.cookie") == ""
    assert watch.outside_requests == []
    assert watch.errors == []
    context.close()


def test_reading_aids_are_on_screen_on_a_phone(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(site_url + "zones/220102-nanguan/", wait_until="networkidle")
    larger = page.get_by_role("button", name="A+", exact=True)
    expect(larger).to_be_in_viewport()
    before = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    larger.click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") > before
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # nothing pushes the page sideways
    context.close()
