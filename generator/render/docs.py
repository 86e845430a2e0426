"""Every view in turn: the site model to the whole docs tree."""

from __future__ import annotations

from pathlib import Path

from generator.load.content_pages import ContentPages
from generator.load.zone_folders import MEDIA
from generator.model.site import Site
from generator.render.admin.page import admin_files
from generator.render.docs_tree import DocsTree
from generator.render.views import (
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
    urls,
    zone_index,
    zone_page,
)


def build_docs(site: Site, pages: ContentPages) -> DocsTree:
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
        used = zone.published_media
        for media in zone.source.media:  # only what a published page uses: a draft's files wait in media/
            if media.relative_to(zone.source.folder / MEDIA).as_posix() in used:
                _add_media(tree, site, zone.id, media, zone.source.folder)
    content_pages.add(tree, pages)
    site_map.add(tree, site, pages)
    breadcrumbs.add_to(tree, site)
    for path, text in admin_files(site.reference, site.today).items():  # the form editor (issue 14)
        tree.add(path, text)
    return tree


def _add_media(tree: DocsTree, site: Site, zone_id: str, media: Path, zone_folder: Path) -> None:
    """An attachment as it is; an image re-encoded at each of its widths (the largest at its media address)."""
    picture = site.pictures.get(media)
    if picture is None:
        tree.add_copy(urls.zone_file(zone_id, media.relative_to(zone_folder).as_posix()), media)
        return
    name = media.relative_to(zone_folder / MEDIA).as_posix()
    for width in picture.widths:
        largest = width == picture.widths[-1]
        tree.add_picture(urls.zone_file(zone_id, urls.picture_in_zone(name, None if largest else width)), picture, width)
