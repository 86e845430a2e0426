"""Views: the site model to a docs tree of Markdown pages and files to copy. A view never reads a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.model import Site
from generator.pages import ContentPages


@dataclass
class DocsTree:
    texts: dict[str, str] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    copies: dict[str, Path] = field(default_factory=dict)

    def add(self, path: str, text: str) -> None:
        self._claim(path)
        self.texts[path] = text

    def add_blob(self, path: str, data: bytes) -> None:
        self._claim(path)
        self.blobs[path] = data

    def add_copy(self, path: str, source: Path) -> None:
        self._claim(path)
        self.copies[path] = source

    def _claim(self, path: str) -> None:
        if path in self.texts or path in self.blobs or path in self.copies:
            raise ValueError(f"two files at {path}")


def build_docs(site: Site, pages: ContentPages) -> DocsTree:
    from generator.views import (
        breadcrumbs,
        content_pages,
        data_page,
        experience,
        feeds,
        home,
        maps,
        prefectures,
        progress,
        report_page,
        search_page,
        site_map,
        themes,
        zone_index,
        zone_page,
    )

    tree = DocsTree()
    home.add(tree, site, pages)
    zone_index.add(tree, site)
    maps.add(tree, site)
    prefectures.add(tree, site)
    themes.add(tree, site)
    progress.add(tree, site)
    search_page.add(tree, site)
    data_page.add(tree, site)
    feeds.add(tree, site)
    experience.add(tree, site)
    for zone in site.zones:
        zone_page.add(tree, site, zone)
        for report in zone.reports:
            report_page.add(tree, site, zone, report)
        for media in zone.source.media:
            tree.add_copy(f"zones/{zone.id}/{media.relative_to(zone.source.folder).as_posix()}", media)
    content_pages.add(tree, pages)
    site_map.add(tree, site, pages)
    breadcrumbs.add_to(tree, site)
    return tree


def nav(pages: ContentPages) -> list[object]:
    """The navigation: home, the zone index and the hand-written pages; zone pages are reached by links."""
    return [{"首页": "index.md"}, {"实验区": "zones/index.md"}, {"经验交流": "experience/index.md"},
            {"地图": "map/index.md"}, {"专题": "themes/index.md"}, {"进度": "progress/index.md"},
            {"数据下载": "data/index.md"}, *(f"{page.name}" for page in pages.pages)]
