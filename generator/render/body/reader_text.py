"""What a reader sees of a sanitised body: its text, with entities decoded and tags removed.

Checks of what a page publishes (personal data) read this, not the Markdown source, where `&#50;`,
`<span>`, `**…**` or a backslash escape can split a number that the page shows whole.
"""

from __future__ import annotations

from html.parser import HTMLParser

# Elements that start a new line on the page: text on either side of them is never one number.
_BREAKS = frozenset({"address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl",
                     "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
                     "img", "li", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
                     "thead", "tr", "ul"})
_SHOWN_ATTRIBUTES = ("alt", "title")  # read aloud or shown on hover


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.preformatted += tag == "pre"
        if tag in _BREAKS:
            self.parts.append("\n")
        shown = [value for name, value in attrs if name in _SHOWN_ATTRIBUTES and value]
        if shown:
            self.parts += ["\n", "\n".join(shown), "\n"]

    def handle_endtag(self, tag: str) -> None:
        self.preformatted -= tag == "pre" and self.preformatted > 0
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        # a line break inside a paragraph is shown as a space: "139\n1234 5678" reads as one number
        self.parts.append(data if self.preformatted else data.replace("\n", " "))


def reader_text(html: str) -> str:
    """The text of sanitised body HTML as a reader sees it; block elements and line breaks end a line."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.parts)
