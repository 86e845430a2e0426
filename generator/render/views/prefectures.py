"""One page per prefecture (and 长白山管委会): its zones, counts by status and batch, its place on the map."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.load.content_pages import ContentPages
from generator.load.reference import Prefecture
from generator.model.site import Site
from generator.model.status import Status
from generator.model.tables import batch_counts, status_counts
from generator.render.page_contexts import ZoneLink
from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind
from generator.render.views.maps import MAP, map_block


@dataclass(frozen=True)
class PrefecturePage(Page):
    site: Site
    prefecture: Prefecture
    zones: list[ZoneLink]
    block: str
    statuses: list[tuple[Status, int]]
    batches: list[tuple[int, int]]
    map_link: str


def pages(site: Site, content: ContentPages) -> Iterator[PrefecturePage]:
    frame = site.tables.zones
    for prefecture in site.reference.divisions.prefectures:
        path = urls.prefecture_page(prefecture.slug)
        own = frame[frame["prefecture"] == prefecture.code]
        zones = [ZoneLink(zone, urls.relative(urls.zone_page(zone), path)) for zone in site.zones
                 if zone.unit.prefecture is prefecture]
        block = map_block(site, path, highlight=prefecture)
        yield PrefecturePage(
            path=path, title=prefecture.name + "的实验区", site=site, prefecture=prefecture, zones=zones, block=block,
            statuses=[(status, count) for status, count in status_counts(own) if count], batches=batch_counts(own),
            map_link=urls.relative(urls.MAP, path),
        )


PAGE_KINDS = (PageKind("prefecture page", "prefecture.md.j2", MAP, pages),)
