"""Views: the site model to a docs tree of Markdown pages and files to copy. A view never reads a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.images import Picture
from generator.model import Site
from generator.pages import ContentPages
from generator.views import urls


@dataclass
class DocsTree:
    texts: dict[str, str] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    copies: dict[str, Path] = field(default_factory=dict)
    pictures: dict[str, tuple[Picture, int]] = field(default_factory=dict)  # re-encoded at a width when written

    def add(self, path: str, text: str) -> None:
        self._claim(path)
        self.texts[path] = text

    def add_blob(self, path: str, data: bytes) -> None:
        self._claim(path)
        self.blobs[path] = data

    def add_copy(self, path: str, source: Path) -> None:
        self._claim(path)
        self.copies[path] = source

    def add_picture(self, path: str, picture: Picture, width: int) -> None:
        self._claim(path)
        self.pictures[path] = (picture, width)

    def _claim(self, path: str) -> None:
        if path in self.texts or path in self.blobs or path in self.copies or path in self.pictures:
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
            _add_media(tree, site, zone.id, media, zone.source.folder)
    content_pages.add(tree, pages)
    site_map.add(tree, site, pages)
    breadcrumbs.add_to(tree, site)
    return tree


def _add_media(tree: DocsTree, site: Site, zone_id: str, media: Path, zone_folder: Path) -> None:
    """An attachment as it is; an image re-encoded at each of its widths (the largest at its media address)."""
    picture = site.pictures.get(media)
    if picture is None:
        tree.add_copy(urls.zone_file(zone_id, media.relative_to(zone_folder).as_posix()), media)
        return
    name = media.relative_to(zone_folder / "media").as_posix()
    for width in picture.widths:
        largest = width == picture.widths[-1]
        tree.add_picture(urls.zone_file(zone_id, urls.picture_in_zone(name, None if largest else width)), picture, width)


def nav(pages: ContentPages) -> list[object]:
    """The navigation: home, the zone index and the hand-written pages; zone pages are reached by links."""
    return [{"首页": "index.md"}, {"实验区": "zones/index.md"}, {"经验交流": "experience/index.md"},
            {"地图": "map/index.md"}, {"专题": "themes/index.md"}, {"进度": "progress/index.md"},
            {"数据下载": "data/index.md"}, *(f"{page.name}" for page in pages.pages)]
