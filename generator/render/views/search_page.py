"""The search page: assets/search.js over the index of generator/site/search, fed by the header search box.

Its filters list what the site holds: the prefectures with zones, the report types and the years of reports.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.contract.terms import REPORT_TYPES
from generator.load.content_pages import ContentPages
from generator.model.site import Site
from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind, Section

PATH = urls.SEARCH
SEARCH = Section("搜索", PATH)  # opened from the search box in the header, not from the navigation bar


@dataclass(frozen=True)
class SearchPage(Page):
    root: str
    prefectures: list[str]
    kinds: list[str]
    years: list[int]


def pages(site: Site, content: ContentPages) -> Iterator[SearchPage]:
    root = urls.root_of(PATH)
    prefectures = list(dict.fromkeys(zone.unit.prefecture.name for zone in
                                     sorted(site.zones, key=lambda zone: zone.unit.prefecture.code)))
    used_types = {report.type_label for zone in site.zones for report in zone.reports}
    kinds = [label for label in REPORT_TYPES.values() if label in used_types]
    years = sorted({report.front.date.year for zone in site.zones for report in zone.reports}, reverse=True)
    yield SearchPage(path=PATH, title="搜索", root=root, prefectures=prefectures, kinds=kinds, years=years)


PAGE_KINDS = (PageKind("search page", "search.md.j2", SEARCH, pages),)
