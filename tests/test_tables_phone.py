"""At 375 px every column of every long table is on screen: rows become cards that name each cell."""

from __future__ import annotations

from pathlib import Path

from tests.browser import chromium, serve_folder

PAGES = ["zones/", "progress/", "prefectures/changchun/", "themes/topic-1-3/", "map/", "data/", "zones/220202-changyi/"]


def test_no_table_cell_is_off_screen_or_smaller_than_14_px_on_a_phone(bundled_site: Path) -> None:
    with serve_folder(bundled_site) as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 375, "height": 800})
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
