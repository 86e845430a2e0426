"""The site model to the whole docs tree: every page of every kind in the registry, then the other files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.load.content_pages import ContentPages
from generator.load.zone_folders import MEDIA
from generator.model.site import Site
from generator.render.admin.page import admin_files
from generator.render.docs_tree import DocsTree
from generator.render.views import content_pages, data_page, feeds, maps, urls
from generator.render.views.breadcrumbs import trail, under_front_matter
from generator.render.views.kinds import Page, PageKind, registry
from generator.render.views.markdown import render


def render_page(kind: PageKind, page: Page) -> str:
    """The page's Markdown: its kind's template filled with its context (shallow: the model's objects as they
    are), its breadcrumb under the front matter."""
    context = {field.name: getattr(page, field.name) for field in dataclasses.fields(page)}
    text = render(kind.template, **context)
    return under_front_matter(text, page.path, trail(page.path, page.title, kind.section, page.parents()))


def build_docs(site: Site, pages: ContentPages, kinds: tuple[PageKind, ...] | None = None) -> DocsTree:
    tree = DocsTree()
    for kind in registry() if kinds is None else kinds:
        for page in kind.pages(site, pages):
            tree.add_page(page.path, render_page(kind, page), kind.name)
    maps.add_files(tree, site)
    data_page.add_files(tree, site)
    if site.gov_mark is not None:
        tree.add_blob(urls.gov_mark(site.gov_mark.written), site.gov_mark.data)
    feeds.add(tree, site)
    for zone in site.zones:
        used = zone.published_media
        for media in zone.source.media:  # only what a published page uses: a draft's files wait in media/
            if media.relative_to(zone.source.folder / MEDIA).as_posix() in used:
                _add_media(tree, site, zone.id, media, zone.source.folder)
    content_pages.add(tree, pages)
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
