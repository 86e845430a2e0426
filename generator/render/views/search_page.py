"""The search page: assets/search.js over the index of generator/site/search, fed by the header search box.

Its filters list what the site holds: the prefectures with zones, the zones (under their prefecture), the
topics of reports (under their area), the report types and the years of reports.
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
class OptionGroup:
    label: str
    options: list[tuple[str, str]]  # (value, text)


@dataclass(frozen=True)
class SearchPage(Page):
    root: str
    prefectures: list[str]
    zones: list[OptionGroup]
    topics: list[OptionGroup]
    kinds: list[str]
    years: list[int]


def pages(site: Site, content: ContentPages) -> Iterator[SearchPage]:
    root = urls.root_of(PATH)
    prefectures = list(dict.fromkeys(zone.unit.prefecture.name for zone in
                                     sorted(site.zones, key=lambda zone: zone.unit.prefecture.code)))
    used_types = {report.type_label for zone in site.zones for report in zone.reports}
    kinds = [label for label in REPORT_TYPES.values() if label in used_types]
    years = sorted({report.front.date.year for zone in site.zones for report in zone.reports}, reverse=True)
    zones = [OptionGroup(prefecture, [(zone.unit.full_name, zone.unit.full_name) for zone in
                                      sorted(site.zones, key=lambda zone: zone.unit.code)
                                      if zone.unit.prefecture.name == prefecture]) for prefecture in prefectures]
    used_topics = {topic for zone in site.zones for report in zone.reports for topic in report.front.topics}
    topics = [OptionGroup(area.name, [(topic.id, f"{topic.id} {topic.name}") for topic in area.topics
                                      if topic.id in used_topics]) for area in site.reference.topics.areas]
    yield SearchPage(path=PATH, title="搜索", root=root, prefectures=prefectures, zones=zones,
                     topics=[group for group in topics if group.options], kinds=kinds, years=years)


PAGE_KINDS = (PageKind("search page", "search.md.j2", SEARCH, pages),)
