"""Clean body HTML as generated Markdown: headings as Markdown headings (so the page's table of contents
and anchors come from MkDocs or Zensical), everything else as raw HTML blocks that they pass through."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from generator.html_elements import VOID_ELEMENTS
from generator.views.markdown import inline

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


class _Splitter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._html: list[str] = []
        self._depth = 0
        self._heading: tuple[int, list[str]] | None = None

    def _flush(self) -> None:
        chunk = "".join(self._html).strip()
        if chunk:
            self.blocks.append(f'<div class="report-body">\n{chunk}\n</div>')
        self._html = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._depth == 0 and tag in HEADINGS and self._heading is None:
            self._flush()
            self._heading = (HEADINGS[tag], [])
            return
        if self._heading is not None:
            return  # a heading keeps its text only
        written = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in attrs)
        self._html.append(f"<{tag}{written}>")
        if tag not in VOID_ELEMENTS:
            self._depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._heading is not None:
            if tag in HEADINGS:
                level, text = self._heading
                if "".join(text).strip():
                    self.blocks.append("#" * level + " " + inline("".join(text)))
                self._heading = None
            return
        if tag in VOID_ELEMENTS:
            return
        self._depth = max(self._depth - 1, 0)
        self._html.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading[1].append(data)
        else:
            self._html.append(html.escape(data, quote=False))

    def close(self) -> None:
        super().close()
        self._flush()


def as_markdown(clean_html: str) -> str:
    """Blocks separated by blank lines; raw HTML blocks start at a line's start, as Markdown requires."""
    splitter = _Splitter()
    splitter.feed(clean_html)
    splitter.close()
    return "\n\n".join(splitter.blocks)
