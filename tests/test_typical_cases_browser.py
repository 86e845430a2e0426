"""典型案例 and the 经验交流 filters in a real browser: no WCAG 2.1 AA violation on the new pages and badges, and
the year filter reached by its link alone, with script turned off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
PAGES = ["typical-cases/", "zones/220400-liaoyuan/", "zones/220400-liaoyuan/2022-08-26-experience/",
         "experience/year/2022/"]


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_wcag_21_aa_violation(page: Page, site_url: str, path: str) -> None:
    page.goto(site_url + path, wait_until="networkidle")
    page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = page.evaluate("""async () => {
        const result = await axe.run(document, {runOnly: {type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}});
        return result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | ")}`);
    }""")
    assert violations == []


def test_without_script_the_year_filter_is_a_link_to_its_page(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(site_url + "experience/", wait_until="load")
    page.get_by_text("按年份").click()  # a <details> opens without script
    page.get_by_role("link", name="2022 年（5）").click()
    page.wait_for_url("**/experience/year/2022/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("经验交流：2022 年")
    expect(page.locator(".card").first).to_contain_text("典型案例")
    expect(page.get_by_role("link", name="2022 年（5）")).to_have_attribute("aria-current", "page")
    context.close()
