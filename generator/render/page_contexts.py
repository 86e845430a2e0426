"""The rows that several kinds of page list (zones, reports, topics … with their links).

Each page kind's own context is a dataclass beside its view (views/kinds.py). Rows that templates unpack
(`{% for zone, url in zones %}`) are named tuples, so a template reads them as before while the views that
build them are type-checked.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from generator.load.reference import Area, Prefecture, Topic
    from generator.model.duties import Duty
    from generator.model.site import Report, Zone


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
