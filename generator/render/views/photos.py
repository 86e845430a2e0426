"""Photos for the press: every picture of the published reports with its caption, credit, date and original,
site-wide at /photos/ (newest first, in small pages so a phone's first screen stays light) and per zone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.contract.photo_credits import Photo
from generator.load.content_pages import ContentPages
from generator.load.images import Picture
from generator.load.zone_folders import MEDIA
from generator.model.site import Report, Site, Zone
from generator.render.page_contexts import PageNumber
from generator.render.views import urls
from generator.render.views.kinds import Crumb, Page, PageKind, Section
from generator.render.views.zone_index import ZONES

PHOTOS = Section("新闻图片", urls.listing_page(urls.PHOTOS_FOLDER, 1))
# Thumbnails (the 240-pixel copies) are lazy, but Chromium fetches those within about two screens below the
# first: eight (two rows of four on a desktop, four of two on a phone) keep what either loads before scrolling
# under 150 KB with the page itself, as a host sends it compressed.
PAGE_SIZE = 8


@dataclass(frozen=True)
class PhotoCard:
    """A picture as the photo pages list it: a thumbnail linking to its report, its press line, its original."""

    photo: Photo
    report: Report
    zone: Zone
    thumbnail: str  # URLs relative to the listing page
    width: int  # the thumbnail's, so the grid does not jump while it loads
    height: int
    original: str
    original_width: int
    original_height: int
    report_url: str


def photos_of(site: Site, only: Zone | None = None) -> list[tuple[Photo, Report, Zone, Picture]]:
    """Every picture of the published reports (of the zone `only`) with its report, zone and measured image, newest
    report first; a picture shown by two reports is listed once, under the newer."""
    seen: set[tuple[str, str]] = set()
    found = []
    for report, zone in site.newest_reports():
        if only is not None and zone is not only:
            continue
        for photo in report.photos:
            picture = site.pictures.get(zone.source.folder / MEDIA / photo.name)
            if picture is not None and (zone.id, photo.name) not in seen:
                seen.add((zone.id, photo.name))
                found.append((photo, report, zone, picture))
    return found


def _card(photo: Photo, report: Report, zone: Zone, picture: Picture, path: str) -> PhotoCard:
    def file(width: int | None) -> str:
        return urls.root_of(path) + urls.zone_file(zone.id, urls.picture_in_zone(photo.name, width))

    smallest = picture.widths[0]
    largest = picture.width_published
    return PhotoCard(photo, report, zone, file(None if smallest == largest else smallest), smallest,
                     picture.height_at(smallest), file(None), largest, picture.height_at(largest),
                     urls.url_of(urls.report_page(report), path))


@dataclass(frozen=True)
class PhotoPage(Page):
    """One page of a photo listing: its cards and the links to the listing's other pages."""

    site: Site
    cards: list[PhotoCard]
    total: int
    number: int
    pages: int
    previous: str
    next: str
    numbers: list[PageNumber]
    licence: str
    licence_url: str


@dataclass(frozen=True)
class ZonePhotosPage(PhotoPage):
    zone: Zone
    zone_url: str
    gallery_url: str

    def parents(self) -> list[Crumb]:
        return [(self.zone.unit.full_name, urls.zone_page(self.zone))]


def _paged(site: Site, photos: list[tuple[Photo, Report, Zone, Picture]], folder: str,
           title: str) -> Iterator[dict[str, Any]]:
    """The fields every page of a listing in `folder` has, page by page (the first at the folder's index)."""
    pages = max(1, -(-len(photos) // PAGE_SIZE))
    licence = site.settings.photo_licence
    for number in range(1, pages + 1):
        path = urls.listing_page(folder, number)

        def page_url(other: int, origin: str = path) -> str:
            return urls.url_of(urls.listing_page(folder, other), origin)

        chunk = photos[(number - 1) * PAGE_SIZE: number * PAGE_SIZE]
        yield {"path": path, "title": title + ("" if number == 1 else f"（第 {number} 页）"), "site": site,
               "cards": [_card(*item, path) for item in chunk], "total": len(photos), "number": number,
               "pages": pages, "previous": page_url(number - 1) if number > 1 else "",
               "next": page_url(number + 1) if number < pages else "",
               "numbers": [PageNumber(n, page_url(n)) for n in range(1, pages + 1)],
               "licence": licence.name, "licence_url": licence.url}


def gallery(site: Site, content: ContentPages) -> Iterator[PhotoPage]:
    for fields in _paged(site, photos_of(site), urls.PHOTOS_FOLDER, "新闻图片"):
        yield PhotoPage(**fields)


def zone_photos(site: Site, content: ContentPages) -> Iterator[ZonePhotosPage]:
    for zone in site.zones:
        photos = photos_of(site, zone)
        if not photos:
            continue  # a zone without pictures has no photo page (the zone page links it only when there are some)
        folder = urls.zone_photos(zone.id)
        for fields in _paged(site, photos, folder, f"{zone.unit.full_name}新闻图片"):
            path = fields["path"]
            yield ZonePhotosPage(**fields, zone=zone, zone_url=urls.url_of(urls.zone_page(zone), path),
                                 gallery_url=urls.url_of(urls.listing_page(urls.PHOTOS_FOLDER, 1), path))


PAGE_KINDS = (
    PageKind("photo gallery", "photos.md.j2", PHOTOS, gallery),
    PageKind("zone photos", "zone_photos.md.j2", ZONES, zone_photos),
)
