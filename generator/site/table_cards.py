"""Tables that read on phones without script: each body cell of a built page is labelled with its column.

Run on the built site, like the search index, so any static site generator can take MkDocs' place. A table
with at least MIN_COLUMNS headings gets `data-cards` and each body cell a `data-label`; below 45em the
stylesheet shows each row as a card that names every cell, so no column hides off screen.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from generator.site.built_pages import rewrite_pages

MIN_COLUMNS = 3  # two columns fit a phone as they are


@dataclass
class _Table:
    start: int                      # offset of the <table> tag's closing ">"
    headings: list[str] = field(default_factory=list)
    cells: list[tuple[int, int]] = field(default_factory=list)  # (offset of the cell tag's ">", column)
    column: int = 0
    in_head: bool = False
    heading: list[str] | None = None


class _Finder(HTMLParser):
    """Where to insert labels: the offsets of every table's and body cell's start tag, with the headings."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0, *(match.end() for match in re.finditer("\n", text))]
        self.open: list[_Table] = []
        self.done: list[_Table] = []

    def _tag_end(self) -> int:
        line, column = self.getpos()
        raw = self.get_starttag_text() or ""
        end = self.line_starts[line - 1] + column + len(raw) - 1
        return end - 1 if raw.endswith("/>") else end

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.open.append(_Table(self._tag_end()))
            return
        if not self.open:
            return
        table = self.open[-1]
        if tag == "thead":
            table.in_head = True
        elif tag == "tr":
            table.column = 0
        elif tag == "th" and table.in_head:
            table.heading = []
        elif tag == "td" and not table.in_head:
            table.cells.append((self._tag_end(), table.column))
            span = dict(attrs).get("colspan") or "1"
            table.column += int(span) if span.isdigit() else 1

    def handle_endtag(self, tag: str) -> None:
        if not self.open:
            return
        table = self.open[-1]
        if tag == "table":
            self.done.append(self.open.pop())
        elif tag == "thead":
            table.in_head = False
        elif tag == "th" and table.heading is not None:
            table.headings.append(" ".join("".join(table.heading).split()))
            table.heading = None

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1].heading is not None:
            self.open[-1].heading.append(data)


def labelled(text: str) -> str:
    """The page with its tables' cells labelled; a page without a table of enough columns is returned as it is."""
    start = text.find("<table")
    if start < 0:
        return text
    region = text[start:text.rfind("</table>") + len("</table>")]  # parsing the tables only keeps this fast
    finder = _Finder(region)
    finder.feed(region)
    finder.close()
    inserts: list[tuple[int, str]] = []
    for table in finder.done:
        if len(table.headings) < MIN_COLUMNS:
            continue
        inserts.append((start + table.start, " data-cards"))
        for offset, column in table.cells:
            if column < len(table.headings) and table.headings[column]:
                inserts.append((start + offset, f' data-label="{html.escape(table.headings[column], quote=True)}"'))
    if not inserts:
        return text
    parts, previous = [], 0
    for offset, addition in sorted(inserts):
        parts += [text[previous:offset], addition]
        previous = offset
    parts.append(text[previous:])
    return "".join(parts)


def label_tables(site: Path) -> int:
    """Label the tables of every page of a built site; the number of pages changed."""
    return rewrite_pages(site, labelled)
