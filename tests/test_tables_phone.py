"""At 375 px every column of every long table is on screen: rows become cards that name each cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.site.table_cards import labelled
from tests.browser import chromium, serve_folder

PAGES = ["zones/", "progress/", "prefectures/changchun/", "themes/topic-1-3/", "map/", "data/", "zones/220202-changyi/"]


@pytest.mark.parametrize("script", [True, False], ids=["with-script", "without-script"])
def test_no_table_cell_is_off_screen_or_smaller_than_14_px_on_a_phone(bundled_site: Path, script: bool) -> None:
    with serve_folder(bundled_site) as url, chromium() as browser:
        page = browser.new_context(viewport={"width": 375, "height": 800}, java_script_enabled=script).new_page()
        for path in PAGES:
            page.goto(url + path)
            cells = page.eval_on_selector_all(".md-typeset td", """cells => cells
                .filter(cell => cell.offsetParent !== null)
                .map(cell => { const box = cell.getBoundingClientRect();
                  return [cell.textContent.trim().slice(0, 20), box.right, parseFloat(getComputedStyle(cell).fontSize)]; })""")
            assert cells, path
            off = [cell for cell in cells if cell[1] > 375]
            small = [cell for cell in cells if cell[2] < 14]
            assert off == [] and small == [], (path, off[:3], small[:3])
            labels = page.eval_on_selector_all("table[data-cards] td", "cells => cells.map(c => c.dataset.label)")
            assert all(labels), path  # each cell of a card says which column it is


def test_cells_are_labelled_by_their_column_at_build_time_when_a_table_has_three_columns_or_more() -> None:
    page = ("<p>x</p><table>\n<thead>\n<tr>\n<th>实验区</th>\n<th>所属市（州）</th>\n<th>说明 &amp; “注”</th>\n</tr>\n</thead>\n"
            '<tbody>\n<tr>\n<td colspan="2">南关区</td>\n<td align="right">已验收</td>\n</tr>\n</tbody>\n</table>'
            "<table><thead><tr><th>项目</th><th>内容</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>")
    assert labelled(page) == page.replace("<table>", "<table data-cards>", 1).replace(
        '<td colspan="2">', '<td colspan="2" data-label="实验区">').replace(
        '<td align="right">', '<td align="right" data-label="说明 &amp; “注”">')
    assert labelled("<p>没有表格</p>") == "<p>没有表格</p>"
