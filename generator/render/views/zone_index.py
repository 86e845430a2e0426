"""The zone index: every published zone in one table, filterable and sortable in the browser.

The table is complete HTML, so it reads the same with JavaScript off; assets/zone-index.js adds the
filters and sorting and keeps their state in the URL so a filtered view can be shared.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.load.content_pages import ContentPages
from generator.load.reference import Area, Prefecture
from generator.model.site import Site
from generator.model.status import Status
from generator.render.page_contexts import IndexRow
from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind, Section

PATH = urls.ZONE_INDEX
ZONES = Section("实验区", PATH, nav_slot=1)


@dataclass(frozen=True)
class ZoneIndexPage(Page):
    site: Site
    rows: list[IndexRow]
    batches: list[int]
    statuses: list[Status]
    prefectures: list[Prefecture]
    areas: list[Area]
    script: str


def pages(site: Site, content: ContentPages) -> Iterator[ZoneIndexPage]:
    status_order = {status: index for index, status in enumerate(Status)}
    topics = site.reference.topic_index()
    rows = [IndexRow(zone, urls.url_of(urls.zone_page(zone), PATH), status_order[zone.status],
             [(topic_id, topics[topic_id][1].name) for topic_id in zone.data.topics]) for zone in site.zones]
    batches = sorted({zone.data.batch for zone in site.zones}, reverse=True)
    yield ZoneIndexPage(
        path=PATH, title="实验区名录", site=site, rows=rows, batches=batches, statuses=list(Status),
        prefectures=list(site.reference.divisions.prefectures), areas=list(site.reference.topics.areas),
        script=f'<script src="{urls.root_of(PATH)}{urls.asset("zone-index.js")}" defer></script>',
    )


PAGE_KINDS = (PageKind("zone index", "zone_index.md.j2", ZONES, pages),)
