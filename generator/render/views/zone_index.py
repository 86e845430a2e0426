"""The zone index: every published zone in one table, filterable and sortable in the browser.

The table is complete HTML, so it reads the same with JavaScript off; assets/zone-index.js adds the
filters and sorting and keeps their state in the URL so a filtered view can be shared.
"""

from __future__ import annotations

from generator.model.site import Site
from generator.model.status import Status
from generator.render.docs_tree import DocsTree
from generator.render.page_contexts import IndexRow, ZoneIndexPage, render_page
from generator.render.views import urls

PATH = urls.ZONE_INDEX


def add(tree: DocsTree, site: Site) -> None:
    status_order = {status: index for index, status in enumerate(Status)}
    topics = site.reference.topic_index()
    rows = [IndexRow(zone, urls.url_of(urls.zone_page(zone), PATH), status_order[zone.status],
             [(topic_id, topics[topic_id][1].name) for topic_id in zone.data.topics]) for zone in site.zones]
    batches = sorted({zone.data.batch for zone in site.zones}, reverse=True)
    tree.add(PATH, render_page(ZoneIndexPage(
        site=site, rows=rows, batches=batches, statuses=list(Status),
        prefectures=list(site.reference.divisions.prefectures), areas=list(site.reference.topics.areas),
        script=f'<script src="{urls.root_of(PATH)}{urls.asset("zone-index.js")}" defer></script>',
    )))
