"""Readers on a phone and at a desk: the one text-size control, sharing, search filters, plain words and a
navigation for readers (issue 24)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

REPORT = "zones/220102-nanguan/2020-01-15-plan/"
PHONE = {"viewport": {"width": 375, "height": 800}, "is_mobile": True, "has_touch": True, "locale": "zh-CN"}
MATERIAL_ENGLISH = Path(__import__("material").__file__).parent / "templates" / "partials" / "languages" / "en.html"
# Python-Markdown's toc writes this title on every heading's link unless told otherwise
TOC_DEFAULT_TITLE = "Permanent link"


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(**PHONE)  # type: ignore[arg-type]
    yield context.new_page()
    context.close()


def _size_panel(page: Page, site_url: str) -> None:
    page.goto(site_url + REPORT, wait_until="networkidle")
    page.get_by_role("button", name="字号").tap()
    page.get_by_role("button", name="A++", exact=True).tap()
    expect(page.locator("html")).to_have_class(re.compile("text-largest"))


def _panel_on_screen_under_the_header(page: Page) -> None:
    header = page.locator(".md-header").bounding_box()
    assert header is not None
    for name in ("A", "A+", "A++", "高对比度"):
        box = page.get_by_role("button", name=name, exact=True).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375, (name, box)
        assert box["width"] >= 44 and box["height"] >= 44, (name, box)
        assert box["y"] >= header["y"] + header["height"] - 1, (name, box, header)  # the menu and search stay free
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_on_a_phone_the_one_size_control_stays_on_screen_at_the_largest_size(phone: Page, site_url: str) -> None:
    _size_panel(phone, site_url)
    _panel_on_screen_under_the_header(phone)
    assert phone.locator("article [data-text-size]").count() == 0  # no second size control in the article
    for control in ("#site-search-input", "label.md-header__button[for='__drawer']"):  # nothing covers them
        assert phone.locator(control).evaluate("""element => { const box = element.getBoundingClientRect();
            const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return element === top || element.contains(top); }"""), control


@pytest.mark.parametrize("how", ["its own button", "Escape", "a tap outside"])
def test_the_size_panel_closes_three_ways(phone: Page, site_url: str, how: str) -> None:
    _size_panel(phone, site_url)
    toggle = phone.get_by_role("button", name="字号")
    expect(phone.get_by_role("button", name="A++", exact=True)).to_be_visible()
    if how == "its own button":
        toggle.tap()
    elif how == "Escape":
        phone.keyboard.press("Escape")
        expect(toggle).to_be_focused()
    else:
        phone.locator("article h1").tap()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(phone.get_by_role("button", name="A++", exact=True)).to_be_hidden()
    expect(phone.locator("html")).to_have_class(re.compile("text-largest"))  # closing keeps the reader's choice


def test_copy_link_puts_the_pages_address_on_the_clipboard(browser: Browser, site_url: str) -> None:
    context = browser.new_context(**PHONE)  # type: ignore[arg-type]
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.goto(site_url + REPORT + "#附件", wait_until="networkidle")
    share = page.locator(".share")
    share.get_by_role("button", name="复制本页链接").tap()
    expect(share.get_by_role("status")).to_have_text("链接已复制，可以粘贴到微信或短信中发送。")
    assert page.evaluate("navigator.clipboard.readText()") == site_url + REPORT
    expect(share.locator(".share__qr, .share__figure")).to_have_count(0)  # no QR code without a site address
    context.close()


def test_the_system_share_sheet_is_offered_where_the_browser_has_one(browser: Browser, site_url: str) -> None:
    context = browser.new_context(**PHONE)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(site_url + REPORT, wait_until="networkidle")
    expect(page.get_by_role("button", name="分享到其他应用")).to_be_hidden()  # this Chromium has no share sheet
    page.add_init_script("""navigator.share = data => { window.__shared = data; return Promise.resolve(); };""")
    page.reload(wait_until="networkidle")
    page.get_by_role("button", name="分享到其他应用").tap()
    shared = page.evaluate("window.__shared")
    assert shared["url"] == site_url + REPORT
    assert shared["title"] == page.locator("article h1").inner_text().replace("¶", "").strip()
    context.close()


def test_without_script_the_share_buttons_do_not_show(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, **PHONE)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(site_url + REPORT)
    expect(page.locator(".share")).to_contain_text("分享")
    expect(page.get_by_role("button", name="复制本页链接")).to_be_hidden()
    context.close()


def test_on_a_phone_the_first_search_result_is_on_the_first_screen(phone: Page, site_url: str) -> None:
    phone.goto(site_url + "search/?q=社区&zone=长春市南关区", wait_until="networkidle")
    expect(phone.get_by_text("筛选和排序（已选 1 项）")).to_be_visible()
    first = phone.locator(".search-result").first
    expect(first).to_be_in_viewport()
    box = first.bounding_box()
    assert box is not None and box["y"] + 40 <= 800
    expect(phone.get_by_label("实验区", exact=True)).to_be_hidden()  # the filters wait behind 筛选和排序
    phone.get_by_text("筛选和排序").tap()
    expect(phone.get_by_label("实验区", exact=True)).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375


def _count(page: Page) -> int:
    expect(page.locator("#search-status")).to_have_text(re.compile(r"\d+ (条|篇)"))  # not a search still under way
    return int(re.search(r"(\d+) (条|篇)", page.locator("#search-status").inner_text()).group(1))  # type: ignore[union-attr]


def test_search_filters_by_zone_and_topic_sorts_by_date_and_keeps_it_in_the_address(browser: Browser, site_url: str,
                                                                                     bundled_site: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.goto(site_url + "search/?q=社区", wait_until="networkidle")
    expect(page.locator("#search-status")).to_contain_text("相关的结果")
    everything = _count(page)
    page.get_by_label("实验区", exact=True).select_option("长春市南关区")
    expect(page.locator("#search-status")).to_have_text(re.compile(r"找到 \d+ 条与“社区”（长春市南关区）相关的结果"))
    in_zone = _count(page)
    assert 0 < in_zone < everything and "zone=" in page.url
    for meta in page.locator(".search-result__meta").all_inner_texts():
        assert meta.startswith("长春市南关区"), meta
    page.get_by_label("搜索本站内容").fill("")
    page.get_by_label("实验区", exact=True).select_option("")
    topic = page.get_by_label("选题")
    topic_id = topic.locator("option").nth(1).get_attribute("value") or ""
    topic.select_option(topic_id)
    expect(page.locator("#search-status")).to_have_text(re.compile(r"符合（[^）]+）的报告共 \d+ 篇"))
    # what a reader sees: the reports whose 相关选题 row names the topic
    tagged = [report for report in bundled_site.glob("zones/*/*/index.html")
              if re.search(rf"<td>相关选题</td>\s*<td>(?:[^<]*；)?{re.escape(topic_id)} ", report.read_text(encoding="utf-8"))]
    assert _count(page) == len(tagged) > 0
    page.get_by_label("搜索本站内容").fill("社区")
    page.get_by_label("搜索本站内容").press("Enter")
    page.get_by_label("排序").select_option("date")
    expect(page.locator("#search-status")).to_have_text(re.compile(r"找到 \d+ 条与“社区”（[^）]+）相关的结果"))
    dates = page.locator(".search-result__meta time").evaluate_all("nodes => nodes.map(n => n.dateTime)")
    assert len(dates) >= 5 and dates == sorted(dates, reverse=True)
    assert "sort=date" in page.url and "topic=" in page.url
    page.reload(wait_until="networkidle")
    expect(page.get_by_label("排序")).to_have_value("date")
    expect(page.get_by_label("选题")).to_have_value(topic_id)
    context.close()


def test_a_copied_heading_carries_no_permalink_mark(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.goto(site_url + "about/", wait_until="networkidle")
    heading = page.locator("article h2").first
    heading.hover()
    copied = heading.evaluate("""h => { const range = document.createRange(); range.selectNodeContents(h);
        const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);
        return selection.toString(); }""")
    assert copied.strip() and "¶" not in copied
    assert heading.locator(".headerlink").get_attribute("title") == "本节链接"
    context.close()


def _english_defaults() -> list[str]:
    """The English strings of the theme (Material's English language file) and of Python-Markdown's toc."""
    text = MATERIAL_ENGLISH.read_text(encoding="utf-8")
    values = re.findall(r'"([a-z.]+)": "([^"]+)"', text)
    phrases = {value for key, value in values if not key.startswith(("search.config", "language", "direction"))
               and re.fullmatch(r"[A-Z][A-Za-z' ]+", value)}  # words, not placeholders such as "# min read"
    return sorted(phrases | {TOC_DEFAULT_TITLE})


def _reader_text(html: str) -> str:
    """What a reader sees or hears: the text and the title, label, alt and placeholder of each element."""
    html = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", html, flags=re.S)
    attributes = re.findall(r'\s(?:title|aria-label|alt|placeholder)="([^"]*)"', html)
    return " ".join([re.sub(r"<[^>]+>", " ", html), *attributes])


def test_no_page_shows_an_english_word_of_the_themes_defaults(bundled_site: Path) -> None:
    phrases = _english_defaults()
    assert "Permanent link" in phrases and "Back to top" in phrases and len(phrases) > 30
    found = {}
    for page in bundled_site.rglob("*.html"):
        if "admin" in page.relative_to(bundled_site).parts:
            continue  # the form editor is an application for contributors, in its own language settings
        text = _reader_text(page.read_text(encoding="utf-8"))
        words = [phrase for phrase in phrases if re.search(rf"(?<![A-Za-z]){re.escape(phrase)}(?![A-Za-z])", text)]
        if words:
            found[page.relative_to(bundled_site).as_posix()] = words
    assert found == {}


def test_feeds_and_data_files_are_offered_in_plain_words(bundled_site: Path) -> None:
    zone = (bundled_site / "zones" / "220102-nanguan" / "index.html").read_text(encoding="utf-8")
    experience = (bundled_site / "experience" / "index.html").read_text(encoding="utf-8")
    for html in (zone, experience):
        links = re.findall(r"<a [^>]*>(.*?)</a>", html, re.S)
        assert not [link for link in links if re.search(r"Atom|JSON", link)], links
    assert "RSS 新闻阅读器" in zone and "新闻阅读器" in experience


def _nav_labels(html: str) -> list[str]:
    tabs = re.search(r'<nav class="md-tabs".*?</nav>', html, re.S)
    assert tabs is not None
    return [" ".join(re.sub(r"<[^>]+>", " ", label).split()) for label in
            re.findall(r'<a href="[^"]*" class="md-tabs__link[^"]*">(.*?)</a>', tabs.group(), re.S)]


def test_the_contributors_guide_is_out_of_the_menu_and_reached_from_about_and_the_site_map(bundled_site: Path) -> None:
    home = (bundled_site / "index.html").read_text(encoding="utf-8")
    labels = _nav_labels(home)
    assert "关于本站" in labels and "投稿指南" not in labels
    drawer = re.search(r'<nav class="md-nav md-nav--primary.*?</nav>', home, re.S)
    assert drawer is not None and "投稿指南" not in drawer.group() and "guide/" not in drawer.group()
    about = (bundled_site / "about" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="\.\./guide/">投稿指南</a>', about)
    site_map = (bundled_site / "sitemap" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="\.\./guide/">投稿指南</a>', site_map)
    assert (bundled_site / "guide" / "index.html").is_file()


def test_a_hand_written_page_shows_its_breadcrumb_above_its_title(bundled_site: Path) -> None:
    for name in ("about", "policy", "guide"):
        html = (bundled_site / name / "index.html").read_text(encoding="utf-8")
        article = html[html.index("<article"):]
        assert article.index('class="breadcrumb"') < article.index("<h1"), name
        assert article.count("<h1") == 1, name


def test_at_a_desk_no_sidebar_holds_only_the_page_itself(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    for path in ("about/", "policy/", "zones/", "data/", "guide/"):
        page.goto(site_url + path, wait_until="networkidle")
        sidebar = page.locator(".md-sidebar--primary")
        links = sidebar.locator("a.md-nav__link:visible").all_inner_texts() if sidebar.is_visible() else []
        assert len([link for link in links if link.strip()]) != 1, (path, links)
    context.close()
    phone_context = browser.new_context(**PHONE)  # type: ignore[arg-type]
    phone_page = phone_context.new_page()
    phone_page.goto(site_url + "about/", wait_until="networkidle")
    phone_page.locator("label.md-header__button[for='__drawer']").tap()  # the phone's menu still lists the sections
    expect(phone_page.locator(".md-sidebar--primary").get_by_role("link", name="实验区", exact=True)).to_be_visible()
    phone_context.close()
