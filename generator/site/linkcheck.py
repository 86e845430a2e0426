"""Every internal link and anchor of a built site resolves to a file and an element that exist."""

from __future__ import annotations

from functools import cache
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

LINKING = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src", "source": "src"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("name"):
            self.ids.add(str(values["name"]))
        attribute = LINKING.get(tag)
        if attribute and values.get(attribute):
            self.links.append(str(values[attribute]))
        if tag in ("img", "source") and values.get("srcset"):  # "address 480w, address 960w"
            self.links += [candidate.split()[0] for candidate in str(values["srcset"]).split(",") if candidate.strip()]


@cache
def _parsed(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8", errors="replace"))
    return collector


def _target_file(site: Path, page: Path, link_path: str) -> Path:
    if link_path.startswith("/"):
        target = site / link_path.lstrip("/")
    else:
        base = PurePosixPath(page.relative_to(site).as_posix()).parent
        target = site / base / link_path
    return target / "index.html" if link_path.endswith("/") or target.is_dir() else target


def broken_links(site: Path) -> list[str]:
    """`page: link` for each link that leads nowhere on the built site."""
    _parsed.cache_clear()
    problems = []
    for page in sorted(site.rglob("*.html")):
        for link in _parsed(page).links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            target = _target_file(site, page, unquote(parts.path)) if parts.path else page
            if not target.resolve().is_relative_to(site.resolve()) or not target.is_file():
                problems.append(f"{page.relative_to(site)}: {link}")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _parsed(target).ids:
                problems.append(f"{page.relative_to(site)}: {link}（页面内没有这个锚点）")
    return problems
