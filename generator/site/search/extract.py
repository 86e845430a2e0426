"""The searchable part of a built page: its title, labels (zone, prefecture, report type, date) and the text of
its article body.

Only what is inside the element marked `data-search-body` counts, minus any subtree marked
`data-search-ignore` (navigation, skip links, heading anchors and scripts never reach the index).
A table's row becomes one line of "heading：cell；…", so an excerpt reads as text, not as cells run together.
A listing page (`data-search-listing`: theme, prefecture, index pages) keeps its own words but not its
tables, lists and cards, which only repeat the titles of the pages it lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from generator.render.body.html_elements import VOID_ELEMENTS

BODY_MARK = "<div data-search-body"  # as the theme writes it: page text is escaped, so it cannot fake this
LISTING_MARK = "<div data-search-body data-search-listing>"
COLUMN = re.compile(r'<meta name="ColumnName" content="([^"]*)"')
SKIPPED_TAGS = frozenset({"script", "style", "template", "svg", "noscript", "button"})
LISTED_TAGS = frozenset({"table", "ul", "ol", "article"})  # what a listing page lists
# Text on either side of these never runs together into one word.
BLOCK_TAGS = frozenset({"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "section",
                        "article", "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figcaption", "hr"})


@dataclass(frozen=True)
class SearchPage:
    url: str
    title: str
    zone: str
    kind: str
    text: str
    prefecture: str = ""
    date: str = ""          # YYYY-MM-DD, for reports
    listing: bool = False
    topics: tuple[str, ...] = ()  # the report's topic ids (参考选题), for the filter by topic


class _BodyText(HTMLParser):
    """Collects the text of the first element (the body's) and stops when it closes.

    Elements are kept on a stack, so a stray end tag in a report's own HTML never ends the body early.
    """

    def __init__(self, keep_lists: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.keep_lists = keep_lists
        self.table = _Table()
        self.open: list[str] = []
        self.skip_from = 0      # while > 0, the depth of the ignored element the parser is inside
        self.in_title = False
        self.title: list[str] = []
        self.parts: list[str] = []
        self.labels: dict[str, str] = {}
        self.done = False       # the body's element has closed

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        if tag not in VOID_ELEMENTS:
            self.open.append(tag)
        values = dict(attrs)
        for name in LABELS:  # the first label wins: the generator writes its own before any report text
            if name not in self.labels and values.get(name):
                self.labels[name] = values[name] or ""
        ignored = ("data-search-ignore" in values or tag in SKIPPED_TAGS or "headerlink" in (values.get("class") or "")
                   or (tag in LISTED_TAGS and not self.keep_lists))
        if ignored and not self.skip_from and tag not in VOID_ELEMENTS:
            self.skip_from = len(self.open)
        if tag == "h1" and not self.title:
            self.in_title = True
        if self.skip_from:
            return
        if self.table.depth or tag == "table":
            self.table.start(tag)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.done or tag not in self.open:
            return
        while self.open.pop() != tag:
            pass
        if self.skip_from > len(self.open):
            self.skip_from = 0
        if tag == "h1":
            self.in_title = False
        if self.skip_from:
            pass
        elif self.table.depth:
            self.parts += self.table.end(tag)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        self.done = not self.open

    def handle_data(self, data: str) -> None:
        if self.skip_from or self.done:
            return
        if self.table.depth:
            self.table.text(data)
        else:
            (self.title if self.in_title else self.parts).append(data)


LABELS = ("data-search-zone", "data-search-kind", "data-search-prefecture", "data-search-date", "data-search-topics")


class _Table:
    """A table's rows as lines: cells under a heading row read "heading：cell", separated by "；"."""

    def __init__(self) -> None:
        self.depth = 0
        self.headings: list[str] = []
        self.row: list[tuple[bool, str]] = []
        self.cell: list[str] | None = None

    def start(self, tag: str) -> None:
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.headings = []
        elif tag in ("td", "th") and self.depth == 1:
            self.cell = []
        elif self.cell is not None and tag in BLOCK_TAGS:
            self.cell.append(" ")

    def text(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)

    def end(self, tag: str) -> list[str]:
        """The lines that closing this element completes."""
        if tag == "table":
            self.depth -= 1
            return ["\n"] if not self.depth else []
        if self.depth != 1:
            return []
        if tag in ("td", "th") and self.cell is not None:
            self.row.append((tag == "th", " ".join("".join(self.cell).split())))
            self.cell = None
        elif tag == "tr":
            row, self.row = self.row, []
            if row and all(heading for heading, _ in row) and not self.headings:
                self.headings = [text for _, text in row]
                return []
            return ["\n" + self._line([text for _, text in row]) + "\n"]
        return []

    def _line(self, cells: list[str]) -> str:
        if len(self.headings) != len(cells):
            return "，".join(cell for cell in cells if cell)
        return "；".join(f"{heading}：{cell}" if heading else cell
                        for heading, cell in zip(self.headings, cells, strict=True) if cell)


def _body_slice(html: str) -> str | None:
    """The HTML from the body's marker to the end of the article: parsing less of each page keeps indexing fast."""
    start = html.find(BODY_MARK)
    if start < 0:
        return None
    end = html.rfind("</article>")  # the page's article: cards inside it are articles too
    return html[start:end if end > 0 else len(html)]


def extract(html: str, url: str) -> SearchPage | None:
    """The page's searchable content (its text without the title), or None when the page is not to be searched.

    A page that names no report type is labelled with its column (栏目), as the page's meta tags give it.
    """
    body = _body_slice(html)
    if body is None:
        return None
    listing = body.startswith(LISTING_MARK)
    parser = _BodyText(keep_lists=not listing)
    parser.feed(body)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title).split())
    column = COLUMN.search(html)
    labels = parser.labels
    kind = labels.get("data-search-kind") or (unescape(column.group(1)) if column else "")
    return SearchPage(url, title, labels.get("data-search-zone", ""), kind, text,
                      labels.get("data-search-prefecture", ""), labels.get("data-search-date", ""), listing,
                      tuple(labels.get("data-search-topics", "").split()))
