"""One page per prefecture (and 长白山管委会): its zones, counts by status and batch, its place on the map."""

from __future__ import annotations

from generator.model.site import Site
from generator.model.tables import batch_counts, status_counts
from generator.render.docs_tree import DocsTree
from generator.render.page_contexts import PrefecturePage, ZoneLink, render_page
from generator.render.views import urls
from generator.render.views.maps import map_block


def add(tree: DocsTree, site: Site) -> None:
    frame = site.tables.zones
    for prefecture in site.reference.divisions.prefectures:
        path = urls.prefecture_page(prefecture.slug)
        own = frame[frame["prefecture"] == prefecture.code]
        zones = [ZoneLink(zone, urls.relative(urls.zone_page(zone), path)) for zone in site.zones
                 if zone.unit.prefecture is prefecture]
        block = map_block(site, path, highlight=prefecture)
        tree.add(path, render_page(PrefecturePage(
            site=site, prefecture=prefecture, zones=zones, block=block,
            statuses=[(status, count) for status, count in status_counts(own) if count], batches=batch_counts(own),
            map_link=urls.relative(urls.MAP, path),
        )))
