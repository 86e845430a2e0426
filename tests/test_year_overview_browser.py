"""The 年度概况 pages in Chromium: at 375 px their tables never push the page sideways, with or without script."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import chromium, serve_folder
from tests.conftest import build
from tests.test_year_overview import TODAY, write_zones

YEARS = ["progress/2021/", "progress/2022/"]  # a year over, with late and overdue reports; the running year


@pytest.fixture(scope="module")
def year_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("year-site")
    write_zones(root)
    run = build(root / "zones", root / "site", root / "build", today=TODAY)
    assert run.code == 0, run.output
    return root / "site"


@pytest.mark.parametrize("script", [True, False], ids=["with-script", "without-script"])
def test_the_year_tables_fit_a_phone_as_cards_that_name_each_cell(year_site: Path, script: bool) -> None:
    with serve_folder(year_site) as url, chromium() as browser:
        page = browser.new_context(viewport={"width": 375, "height": 800}, java_script_enabled=script).new_page()
        page.goto(url + "progress/")
        assert page.get_by_role("link", name="2021 年度概况").count() == 1
        for path in YEARS:
            page.goto(url + path)
            assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
            tables = page.eval_on_selector_all(".md-typeset table", """tables => tables.map(table => [
                table.caption ? table.caption.textContent : "", table.getBoundingClientRect().right,
                table.scrollWidth, table.hasAttribute("data-cards")])""")
            assert len(tables) >= 3 and all(caption for caption, *_ in tables), (path, tables)
            wide = [table for table in tables if table[1] > 375 or table[2] > 375]
            assert wide == [], (path, wide)
            cells = page.eval_on_selector_all("table[data-cards] td", """cells => cells
                .filter(cell => cell.offsetParent !== null)
                .map(cell => [cell.dataset.label || "", cell.getBoundingClientRect().right])""")
            assert cells and all(label and right <= 375 for label, right in cells), (path, cells[:5])


def test_the_history_table_fits_a_desktop_screen(year_site: Path) -> None:
    with serve_folder(year_site) as url, chromium() as browser:
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.goto(url + "progress/2022/")
        history = page.get_by_role("table", name="各实验区历年逾期提交和逾期未交的报告（2020—2022 年）")
        assert history.count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280
        assert history.evaluate("table => table.scrollWidth <= table.parentElement.clientWidth")


def test_printed_on_a4_every_column_of_every_table_is_on_the_sheet(year_site: Path) -> None:
    printable = 688  # A4's 210 mm less the stylesheet's 14 mm margins, in CSS pixels
    with serve_folder(year_site) as url, chromium() as browser:
        page = browser.new_context(viewport={"width": printable, "height": 1000}).new_page()
        page.emulate_media(media="print")
        page.goto(url + "progress/2022/")
        cells = page.eval_on_selector_all(".md-typeset table th, .md-typeset table td", """cells => cells
            .map(cell => [cell.textContent.trim().slice(0, 12), cell.getBoundingClientRect().right])""")
        assert cells and [cell for cell in cells if cell[1] > printable] == []
        assert page.evaluate("document.documentElement.scrollWidth") <= printable
