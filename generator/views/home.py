"""The home page: the introduction from content/ and the key figures."""

from __future__ import annotations

from generator.model import Site
from generator.pages import ContentPages
from generator.views import DocsTree, urls
from generator.views.markdown import render

NEWEST_COUNT = 6
SHOWCASE_TYPES = frozenset({"experience", "news"})


def add(tree: DocsTree, site: Site, pages: ContentPages) -> None:
    showcased = sorted((r for r in site.reports if r.front.type in SHOWCASE_TYPES),
                       key=lambda r: (r.front.date, r.zone_id, r.stem), reverse=True)[:NEWEST_COUNT]
    zones_by_id = {zone.id: zone for zone in site.zones}
    newest = [(report, zones_by_id[report.zone_id], urls.report_page(report)) for report in showcased]
    tree.add("index.md", render(
        "home.md.j2", site=site, intro=pages.home_intro.strip(), newest=newest,
        prefectures=len({zone.unit.prefecture.code for zone in site.zones}),
    ))
