"""The search page: assets/search.js over the index of generator/site/search, fed by the header search box.

Its filters list what the site holds: the prefectures with zones, the report types and the years of reports.
"""

from __future__ import annotations

from generator.contract.terms import REPORT_TYPES
from generator.model.site import Site
from generator.render.docs_tree import DocsTree
from generator.render.page_contexts import SearchPage, render_page
from generator.render.views import urls

PATH = urls.SEARCH


def add(tree: DocsTree, site: Site) -> None:
    root = urls.root_of(PATH)
    prefectures = list(dict.fromkeys(zone.unit.prefecture.name for zone in
                                     sorted(site.zones, key=lambda zone: zone.unit.prefecture.code)))
    used_types = {report.type_label for zone in site.zones for report in zone.reports}
    kinds = [label for label in REPORT_TYPES.values() if label in used_types]
    years = sorted({report.front.date.year for zone in site.zones for report in zone.reports}, reverse=True)
    tree.add(PATH, render_page(SearchPage(root=root, prefectures=prefectures, kinds=kinds, years=years)))
