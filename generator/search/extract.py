"""The searchable part of a built page: its title, zone, report type and the text of its article body.

Only what is inside the element marked `data-search-body` counts, minus any subtree marked
`data-search-ignore` (navigation, skip links, heading anchors and scripts never reach the index).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from generator.html_elements import VOID_ELEMENTS

BODY_MARK = "<div data-search-body>"  # as the theme writes it: page text is escaped, so it cannot fake this
COLUMN = re.compile(r'<meta name="ColumnName" content="([^"]*)"')
SKIPPED_TAGS = frozenset({"script", "style", "template", "svg", "noscript", "button"})
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


class _BodyText(HTMLParser):
    """Collects the text of the first element (the body's) and stops when it closes.

    Elements are kept on a stack, so a stray end tag in a report's own HTML never ends the body early.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.skip_from = 0      # while > 0, the depth of the ignored element the parser is inside
        self.in_title = False
        self.title: list[str] = []
        self.parts: list[str] = []
        self.zone = ""
        self.kind = ""
        self.done = False       # the body's element has closed

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        if tag not in VOID_ELEMENTS:
            self.open.append(tag)
        values = dict(attrs)
        # The first label wins: the generator writes its own before any report text.
        self.zone = self.zone or values.get("data-search-zone") or ""
        self.kind = self.kind or values.get("data-search-kind") or ""
        ignored = "data-search-ignore" in values or tag in SKIPPED_TAGS or "headerlink" in (values.get("class") or "")
        if ignored and not self.skip_from and tag not in VOID_ELEMENTS:
            self.skip_from = len(self.open)
        if tag == "h1" and not self.title:
            self.in_title = True
        if tag in BLOCK_TAGS and not self.skip_from:
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
        if tag in BLOCK_TAGS and not self.skip_from:
            self.parts.append("\n")
        self.done = not self.open

    def handle_data(self, data: str) -> None:
        if self.skip_from or self.done:
            return
        (self.title if self.in_title else self.parts).append(data)


def _body_slice(html: str) -> str | None:
    """The HTML from the body's marker to the end of the article: parsing less of each page keeps indexing fast."""
    start = html.find(BODY_MARK)
    if start < 0:
        return None
    end = html.find("</article>", start)
    return html[start:end if end > 0 else len(html)]


def extract(html: str, url: str) -> SearchPage | None:
    """The page's searchable content (its text without the title), or None when the page is not to be searched.

    A page that names no report type is labelled with its column (栏目), as the page's meta tags give it.
    """
    body = _body_slice(html)
    if body is None:
        return None
    parser = _BodyText()
    parser.feed(body)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title).split())
    column = COLUMN.search(html)
    kind = parser.kind or (unescape(column.group(1)) if column else "")
    return SearchPage(url, title, parser.zone, kind, text)
