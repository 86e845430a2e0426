"""Reading built HTML as a reader would: visible text, links and the resources a page loads."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote


class Page(HTMLParser):
    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.text_parts: list[str] = []
        self.links: list[str] = []
        self.loads: list[str] = []
        self.metas: dict[str, str] = {}
        self.http_equiv: dict[str, str] = {}
        self.html_lang = ""
        self._skip = 0
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "html":
            self.html_lang = values.get("lang", "")
        if tag == "a" and "href" in values:
            self.links.append(unquote(values["href"]))
        if tag in ("script", "img", "iframe") and values.get("src"):
            self.loads.append(unquote(values["src"]))
        if tag == "link" and values.get("rel") in ("stylesheet", "preload", "icon") and values.get("href"):
            self.loads.append(unquote(values["href"]))
        if tag == "meta" and "name" in values:
            self.metas[values["name"]] = values.get("content", "")
        if tag == "meta" and "http-equiv" in values:
            self.http_equiv[values["http-equiv"].lower()] = values.get("content", "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.text_parts).split())
