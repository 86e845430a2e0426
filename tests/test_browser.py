"""The built sample site in a real browser: map, timelines, zone index filters, and nothing from outside."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import Watch
from tests.search_reader import WrittenIndex

PAGES = ["", "zones/", "zones/220102-nanguan/", "zones/220102-nanguan/2020-01-15-plan/", "map/", "progress/",
         "themes/", "themes/topic-1-3/", "themes/area-4/", "prefectures/changchun/", "prefectures/changbaishan/",
         "policy/", "about/", "guide/", "indicators/", "indicators/satisfaction/"]


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


def test_map_links_every_prefecture_and_a_click_opens_its_page(page: Page, site_url: str) -> None:
    _open(page, site_url + "map/")
    svg = page.locator("svg.svg-map")
    box = svg.bounding_box()
    assert box is not None and box["width"] > 500  # the map fills the content column at 1280 px
    areas = svg.locator("a.svg-map__area")
    expect(areas).to_have_count(10)  # nine shapes and the 长白山 square
    changchun = svg.get_by_role("link", name=re.compile(r"^长春市：已公开实验区 \d+ 个$"))
    changchun.locator("path").click()
    page.wait_for_url(re.compile(r"/prefectures/changchun/$"))
    expect(page.locator("h1")).to_contain_text("长春市的实验区")


def test_on_a_phone_every_map_target_is_44_px_and_names_are_legible(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN", has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site_url + "map/")
    markers = page.locator("svg.svg-map a.svg-map__marker:visible")
    assert markers.count() > 0
    for index in range(markers.count()):
        tap = markers.nth(index).locator(".svg-map__tap").bounding_box()
        assert tap is not None and tap["width"] >= 44 and tap["height"] >= 44
    sizes = page.eval_on_selector_all("svg.svg-map text.svg-map__label",
                                      "labels => labels.map(label => label.getBoundingClientRect().height)")
    assert len(sizes) == 10 and min(sizes) >= 14  # no name is removed and none is smaller than 14 px
    boxes = page.eval_on_selector_all("svg.svg-map text.svg-map__label", "labels => labels.map(label => {"
                                      " const r = label.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })")
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1]
    assert overlaps == []
    group = page.locator("svg.svg-map a.svg-map__marker:visible", has=page.locator(".svg-map__dot--group")).first
    group.locator(".svg-map__tap").tap()
    page.wait_for_url(re.compile(r"/map/#zones$"))
    context.close()


def test_the_map_works_by_keyboard(page: Page, site_url: str) -> None:
    _open(page, site_url + "prefectures/changchun/")
    focused = []
    for _ in range(100):
        page.keyboard.press("Tab")
        kind, name = page.evaluate("[['svg-map__area', 'svg-map__marker'].find(c => document.activeElement.classList"
                                   ".contains(c)) || '', document.activeElement.getAttribute('aria-label')]")
        if kind in ("svg-map__area", "svg-map__marker"):
            focused.append((kind, name))
        if kind == "svg-map__marker" and "个实验区" not in name:  # one zone: "长春市德惠市（实验中）"
            break
    assert ("svg-map__area", "长春市：已公开实验区 3 个") in focused
    # framed on the prefecture, the two zones of the city have a marker each (the province map groups them)
    assert all("个实验区" not in name for kind, name in focused if kind == "svg-map__marker")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zones/2201\d\d-[a-z]+/$"))


def test_the_map_is_complete_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "prefectures/changbaishan/")
    square = page.locator("svg.svg-map a.svg-map__area[aria-current=page]")
    expect(square).to_have_attribute("aria-label", re.compile("^长白山管委会：已公开实验区 1 个$"))
    point = page.locator("svg.svg-map a.svg-map__marker:visible").first
    expect(point).to_have_attribute("aria-label", re.compile("池北"))
    point.locator(".svg-map__dot").click()  # the zone beside the 长白山 square is on top of it
    page.wait_for_url(re.compile(r"/zones/changbaishan-chibei/$"))
    context.close()


def test_zone_timeline_shows_period_milestones_reports_and_build_date(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN", java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "zones/220202-changyi/")
    figure = page.locator("figure.zone-timeline")
    expect(figure.locator("rect.zone-timeline__period")).to_have_count(1)
    expect(figure.locator("rect.zone-timeline__extension")).to_have_count(1)
    expect(figure.locator("path.zone-timeline__milestone")).to_have_count(6)  # five milestones and the legend's sample
    assert figure.locator("circle.zone-timeline__report").count() > 1
    legend = figure.locator(".zone-timeline__legend")
    for text in ("实验周期 2024年3月1日 至 2026年2月28日", "延期至 2027年2月28日", "构建日期 2026年11月27日"):
        expect(legend).to_contain_text(text)
    box = figure.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375  # nothing off a phone's screen
    years = page.eval_on_selector_all("text.zone-timeline__year", "ts => ts.map(t => t.getBoundingClientRect().height)")
    assert years and min(years) >= 14
    context.close()


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
    assert any(re.fullmatch(r".+(市|区|县) · (经验做法|工作动态|申报材料|验收评审意见|市州审核意见|年度实验计划) · "
                            r"20\d\d年\d{1,2}月\d{1,2}日", m) for m in metas)
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


@pytest.mark.parametrize("query", ["议事协商", "三社联动", "議事協商", "三社聯動"])
def test_a_topic_search_puts_reports_first_and_reads_traditional_characters(page: Page, site_url: str,
                                                                            bundled_site: Path, query: str) -> None:
    watch = _open(page, site_url + "search/?q=" + query)
    results = page.locator(".search-result")
    expect(results.first).to_be_visible(timeout=10_000)
    simplified = query.translate(str.maketrans("議協聯動", "议协联动"))
    expected = len(WrittenIndex.open(bundled_site).matching(simplified))
    expect(page.locator("#search-status")).to_have_text(f"找到 {expected} 条与“{query}”相关的结果")
    first = results.first.locator("a").get_attribute("href") or ""
    # a report, or the page of an indicator that measures the topic: never a theme or listing page
    assert re.search(r"/zones/[^/]+/\d{4}-\d\d-\d\d-[a-z-]+/$|/indicators/[a-z0-9-]+/$", first), first
    assert simplified[:2] in results.first.locator("mark").first.inner_text()
    reports = [href for href in results.locator("a").evaluate_all("links => links.map(link => link.href)")
               if re.search(r"/zones/[^/]+/\d{4}-\d\d-\d\d-[a-z-]+/$", href)]
    assert reports, "no report among the results"
    for result in results.all():  # a report's table rows are read as lines: no cells run together
        if re.search(r"/zones/[^/]+/\d{4}-\d\d-\d\d-[a-z-]+/$", result.locator("a").first.get_attribute("href") or ""):
            excerpt = result.locator(".search-result__excerpt").inner_text()
            assert "| ---" not in excerpt and not re.search(r"(\S+ ){6}", excerpt), excerpt
    assert watch.outside_requests == [] and watch.errors == []


def test_filters_narrow_the_results_and_alone_list_the_reports_newest_first(page: Page, site_url: str) -> None:
    watch = _open(page, site_url + "search/?q=社区")
    everything = int(re.search(r"找到 (\d+) 条", page.locator("#search-status").inner_text()).group(1))  # type: ignore[union-attr]
    page.get_by_label("市州").select_option("长春市")
    expect(page.locator("#search-status")).to_have_text(re.compile(r"找到 \d+ 条与“社区”（长春市）相关的结果"))
    narrowed = int(re.search(r"找到 (\d+) 条", page.locator("#search-status").inner_text()).group(1))  # type: ignore[union-attr]
    assert 0 < narrowed < everything
    assert "prefecture=" in page.url
    for meta in page.locator(".search-result__meta").all_inner_texts():
        assert meta.startswith("长春市"), meta
    page.get_by_label("搜索本站内容").fill("")
    page.get_by_label("报告类型").select_option("经验做法")
    expect(page.locator("#search-status")).to_have_text(re.compile(r"符合（长春市、经验做法）的报告共 \d+ 篇"))
    dates = page.locator(".search-result__meta time").evaluate_all("nodes => nodes.map(n => n.dateTime)")
    assert dates and dates == sorted(dates, reverse=True)
    assert all(" · 经验做法 · " in meta for meta in page.locator(".search-result__meta").all_inner_texts())
    expect(page.get_by_role("button", name="显示更多结果")).to_be_hidden()  # fewer than one page of results
    page.get_by_label("年份").select_option("2019")
    expect(page.locator("#search-status")).to_have_text("没有符合（长春市、经验做法、2019年）的报告。请放宽筛选条件再试。")
    expect(page.get_by_role("button", name="显示更多结果")).to_be_hidden()
    page.reload(wait_until="networkidle")
    expect(page.get_by_label("年份")).to_have_value("2019")
    assert watch.errors == []


def test_an_empty_search_shows_no_more_button(page: Page, site_url: str) -> None:
    _open(page, site_url + "search/")
    expect(page.locator("#search-status")).to_have_text("")
    expect(page.get_by_role("button", name="显示更多结果")).to_be_hidden()
    page.get_by_label("搜索本站内容").fill("甲乙丙丁")
    expect(page.locator("#search-status")).to_contain_text("没有找到")
    expect(page.get_by_role("button", name="显示更多结果")).to_be_hidden()


def test_search_says_so_when_the_index_cannot_be_loaded(page: Page, site_url: str) -> None:
    page.route("**/search-index/manifest.json", lambda route: route.fulfill(status=404, body="missing"))
    page.goto(site_url + "search/?q=社区", wait_until="networkidle")
    expect(page.locator("#search-status")).to_have_text("搜索暂时无法使用，请稍后再试。")


AXE = Path(__file__).parent / "vendor" / "axe.min.js"
AXE_PAGES = ["", "zones/", "zones/220102-nanguan/", "zones/220102-nanguan/2021-06-08-experience/", "map/",
             "themes/topic-1-3/", "progress/", "search/?q=社区治理", "data/", "experience/", "sitemap/",
             "prefectures/changchun/"]


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


def test_on_a_phone_the_size_controls_stay_in_the_header_and_are_44_px(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "zones/")
    page.evaluate("window.scrollTo(0, 2000)")
    toggle = page.get_by_role("button", name="字号")
    expect(toggle).to_be_in_viewport()
    toggle.tap()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    for name in ("A", "A+", "A++", "高对比度"):
        button = page.get_by_role("button", name=name, exact=True)
        expect(button).to_be_in_viewport()
        box = button.bounding_box()
        assert box is not None and box["height"] >= 44 and box["width"] >= 44, name
    page.get_by_role("button", name="A++", exact=True).tap()
    expect(page.locator("html")).to_have_class(re.compile("text-largest"))
    context.close()


def test_a_saved_text_size_is_applied_by_the_head_before_the_page_scripts_run(browser: Browser, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url)
    page.evaluate("localStorage.setItem('showcase-text-size', 'large'); localStorage.setItem('showcase-contrast', 'high')")
    page.route("**/assets/a11y.js", lambda route: route.abort())  # only the script in <head> is left
    page.goto(site_url + "map/")
    expect(page.locator("html")).to_have_class(re.compile(r"(?=.*text-large)(?=.*high-contrast)"))
    # a blocking script in <head> runs before the body is parsed, so the first paint is already at that size
    assert page.evaluate("!!document.head.querySelector('script[src$=\"assets/a11y-early.js\"]:not([defer]):not([async])')")
    context.close()


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
    page.get_by_role("button", name="字号").click()  # the header's button opens the aids on a phone
    larger = page.get_by_role("button", name="A+", exact=True)
    expect(larger).to_be_in_viewport()
    before = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    larger.click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") > before
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # nothing pushes the page sideways
    context.close()


_CHART_TEXT = """chart => {
    const boxes = selector => Array.from(chart.querySelectorAll(selector)).map(node => node.getBoundingClientRect())
        .filter(box => box.width > 0);
    const svg = chart.querySelector('svg.main-svg').getBoundingClientRect();
    const tick = chart.querySelector('.xtick text');
    return { years: boxes('.xtick text'), rows: boxes('.ytick text'), legend: boxes('.legend .traces'),
             svg: [svg.left, svg.right, svg.bottom], element: chart.getBoundingClientRect().right,
             size: parseFloat(getComputedStyle(tick).fontSize), ink: getComputedStyle(tick).fill };
}"""


def _apart(first: dict[str, float], second: dict[str, float]) -> bool:
    return (first["right"] <= second["left"] or second["right"] <= first["left"]
            or first["bottom"] <= second["top"] or second["bottom"] <= first["top"])


def test_the_progress_timeline_reads_on_a_phone_and_follows_text_size_and_contrast(browser: Browser,
                                                                                   site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN")
    page = context.new_page()
    page.goto(site_url + "progress/", wait_until="networkidle")
    chart = page.locator("#chart-province-timeline")
    expect(chart).to_have_class(re.compile("plotly-chart--drawn"))
    before = chart.evaluate(_CHART_TEXT)
    labels = before["years"] + before["legend"]
    assert len(before["years"]) >= 2 and len(before["legend"]) >= 5
    assert all(_apart(a, b) for i, a in enumerate(labels) for b in labels[i + 1:])  # no label on another
    assert all(box["left"] >= before["svg"][0] - 1 and box["right"] <= before["svg"][1] + 1 for box in labels)
    assert all(box["bottom"] <= before["svg"][2] + 1 for box in before["legend"])  # the legend is not cut off
    assert before["size"] >= 12
    page.get_by_role("button", name="字号").first.click()  # on a phone the controls open from the header
    page.get_by_role("button", name="A++").first.click()
    page.wait_for_timeout(500)
    page.get_by_role("button", name="高对比度").first.click()
    page.wait_for_timeout(500)
    after = chart.evaluate(_CHART_TEXT)
    assert after["size"] > before["size"] and after["ink"] in ("rgb(0, 0, 0)", "#000000")
    assert after["svg"][1] <= after["element"] + 1  # redrawn at the narrower column, not scaled and cut
    labels = after["years"] + after["legend"]
    assert all(_apart(a, b) for i, a in enumerate(labels) for b in labels[i + 1:])
    context.close()
