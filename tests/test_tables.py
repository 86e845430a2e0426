"""Every table of the built site is whole: no row split in two, no row with fewer cells than its header."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []  # table → rows → cell texts
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables and self.tables[-1]:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_no_table_row_is_broken_or_empty(bundled_site: Path) -> None:
    broken = []
    tables = 0
    for page in sorted(bundled_site.rglob("*.html")):
        parser = _Tables()
        parser.feed(page.read_text(encoding="utf-8"))
        for table in parser.tables:
            tables += 1
            header, *rows = table
            for number, row in enumerate(rows, start=1):
                if len(row) != len(header) or not any(row):
                    broken.append(f"{page.relative_to(bundled_site)}: row {number} {row!r} under {header!r}")
    assert tables > 50  # the sample site has tables on every list page
    assert broken == []
