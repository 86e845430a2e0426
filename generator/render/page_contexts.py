"""What each kind of page's template receives: one dataclass per page kind, rendered by `render_page`.

Rows that templates unpack (`{% for zone, url in zones %}`) are named tuples, so a template reads them as
before while the views that build them are type-checked.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from generator.render.views.markdown import render

if TYPE_CHECKING:
    from generator.load.reference import Area, Prefecture, Topic
    from generator.model.duties import Duty
    from generator.model.site import Report, Site, Zone
    from generator.model.status import Status
    from generator.render.opendata import Field
    from generator.render.views.experience import Listing


class ZoneLink(NamedTuple):
    zone: Zone
    url: str


class ReportLink(NamedTuple):
    report: Report
    url: str


class ReportCard(NamedTuple):
    report: Report
    zone: Zone
    url: str


class ReportGroup(NamedTuple):
    label: str  # the report type's label
    reports: list[ReportLink]


class TopicCount(NamedTuple):
    topic: Topic
    zone_count: int
    url: str


class TopicLink(NamedTuple):
    topic: Topic
    url: str


class ZoneTopic(NamedTuple):
    area: Area
    topic: Topic
    url: str


class Milestone(NamedTuple):
    event: str
    day: date
    document: str


class Attachment(NamedTuple):
    name: str
    path: str


class Neighbour(NamedTuple):
    label: str  # 上一篇 or 下一篇
    report: Report
    url: str


class PageNumber(NamedTuple):
    number: int
    url: str


class Filter(NamedTuple):
    heading: str
    report_count: int
    url: str
    current: bool


class FilterGroup(NamedTuple):
    label: str
    filters: list[Filter]


class BatchZones(NamedTuple):
    batch: int
    zones: list[ZoneLink]


class IndexRow(NamedTuple):
    zone: Zone
    url: str
    status_order: int
    topics: list[tuple[str, str]]  # (topic id, name)


class PrefectureRow(NamedTuple):
    prefecture: Prefecture
    zone_count: int
    zones: list[ZoneLink]
    url: str


class PrefectureLinks(NamedTuple):
    prefecture: Prefecture
    url: str
    zones: list[ZoneLink]


class AreaTopics(NamedTuple):
    area: Area
    url: str
    topics: list[TopicCount]


class AreaLinks(NamedTuple):
    area: Area
    url: str
    topics: list[TopicLink]


class MonitoredDuty(NamedTuple):
    zone: Zone
    duty: Duty
    url: str


class NavSection(NamedTuple):
    """A section of the navigation, as the site map lists it."""

    label: str
    url: str


@dataclass(frozen=True)
class Page:
    TEMPLATE: ClassVar[str]


@dataclass(frozen=True)
class HomePage(Page):
    TEMPLATE = "home.md.j2"
    site: Site
    intro: str
    newest: list[ReportCard]
    by_batch: list[BatchZones]
    figures: dict[str, int]
    status_chart: str
    map: str


@dataclass(frozen=True)
class ZoneIndexPage(Page):
    TEMPLATE = "zone_index.md.j2"
    site: Site
    rows: list[IndexRow]
    batches: list[int]
    statuses: list[Status]
    prefectures: list[Prefecture]
    areas: list[Area]
    script: str


@dataclass(frozen=True)
class MapPage(Page):
    TEMPLATE = "map.md.j2"
    site: Site
    block: str
    rows: list[PrefectureRow]


@dataclass(frozen=True)
class PrefecturePage(Page):
    TEMPLATE = "prefecture.md.j2"
    site: Site
    prefecture: Prefecture
    zones: list[ZoneLink]
    block: str
    statuses: list[tuple[Status, int]]
    batches: list[tuple[int, int]]
    map_link: str


@dataclass(frozen=True)
class ThemesPage(Page):
    TEMPLATE = "themes.md.j2"
    site: Site
    chart: str
    scripts: str
    areas: list[AreaTopics]


@dataclass(frozen=True)
class ThemeLinks:
    zones: list[ZoneLink]
    reports: list[ReportCard]
    index_link: str


@dataclass(frozen=True)
class ThemeAreaPage(Page, ThemeLinks):
    TEMPLATE = "theme_area.md.j2"
    site: Site
    area: Area
    topics: list[TopicCount]


@dataclass(frozen=True)
class ThemeTopicPage(Page, ThemeLinks):
    TEMPLATE = "theme_topic.md.j2"
    site: Site
    area: Area
    topic: Topic
    area_link: str


@dataclass(frozen=True)
class ProgressPage(Page):
    TEMPLATE = "progress.md.j2"
    site: Site
    status_chart: str
    timeline: str
    counts: list[tuple[Status, int]]
    zones: list[ZoneLink]
    items: list[MonitoredDuty]
    show_monitoring: bool
    scripts: str


@dataclass(frozen=True)
class SearchPage(Page):
    TEMPLATE = "search.md.j2"
    root: str
    prefectures: list[str]
    kinds: list[str]
    years: list[int]


@dataclass(frozen=True)
class DataPage(Page):
    TEMPLATE = "data.md.j2"
    site: Site
    zone_fields: tuple[Field, ...]
    report_fields: tuple[Field, ...]
    zones: int
    reports: int


@dataclass(frozen=True)
class ExperiencePage(Page):
    TEMPLATE = "experience.md.j2"
    site: Site
    listing: Listing
    number: int
    pages: int
    cards: list[ReportCard]
    all_link: str
    filters: list[FilterGroup]
    previous: str
    next: str
    numbers: list[PageNumber]
    feed: str


@dataclass(frozen=True)
class ZonePage(Page):
    TEMPLATE = "zone.md.j2"
    site: Site
    zone: Zone
    milestones: list[Milestone]
    groups: list[ReportGroup]
    topics: list[ZoneTopic]
    prefecture_link: str
    timeline: str
    updated: str
    feed: str
    feed_link: str
    twin: str


@dataclass(frozen=True)
class ReportPage(Page):
    TEMPLATE = "report.md.j2"
    site: Site
    zone: Zone
    report: Report
    body: str
    topics: list[tuple[Area, Topic]]
    attachments: list[Attachment]
    feed: str
    root: str
    absolute_url: str
    qr: str
    pager: list[Neighbour]


@dataclass(frozen=True)
class SiteMapPage(Page):
    TEMPLATE = "site_map.md.j2"
    sections: list[NavSection]
    prefectures: list[PrefectureLinks]
    areas: list[AreaLinks]
    site_feed: str
    experience_feed: str


def render_page(page: Page) -> str:
    """The page's Markdown: its template filled with the page's fields (shallow: the model's objects as they are)."""
    context: dict[str, Any] = {field.name: getattr(page, field.name) for field in dataclasses.fields(page)}
    return render(page.TEMPLATE, **context)
