"""Theme pages (专题): one per area and per topic of the reference list, and an index with a chart.

A zone counts under a topic when it chose the topic or reports an outcome indicator that evidences it; a
theme page also lists the indicators of its topics."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.contract.indicators import IndicatorDefinition
from generator.load.content_pages import ContentPages
from generator.load.reference import Area, Topic
from generator.model.site import Report, Site, Zone
from generator.render.charts import topic_chart
from generator.render.page_contexts import AreaTopics, ReportCard, TopicCount, ZoneLink
from generator.render.views import urls
from generator.render.views.embed import chart_block, scripts_block
from generator.render.views.kinds import Crumb, Page, PageKind, Section

INDEX = urls.THEMES
THEMES = Section("专题", INDEX, nav_slot=4)


@dataclass(frozen=True)
class ThemesPage(Page):
    site: Site
    chart: str
    scripts: str
    areas: list[AreaTopics]


@dataclass(frozen=True)
class ThemeLinks:
    zones: list[ZoneLink]
    reports: list[ReportCard]
    indicators: list[tuple[IndicatorDefinition, str, int]]  # with its page's link and how many zones report it
    index_link: str


@dataclass(frozen=True)
class ThemeAreaPage(Page, ThemeLinks):
    site: Site
    area: Area
    topics: list[TopicCount]


@dataclass(frozen=True)
class ThemeTopicPage(Page, ThemeLinks):
    site: Site
    area: Area
    topic: Topic
    area_link: str

    def parents(self) -> list[Crumb]:
        return [(self.area.name, urls.area_page(self.area.id))]


def zone_topics(site: Site, zone: Zone) -> set[str]:
    """The topics a zone counts under: those it chose, and those its outcome indicators evidence."""
    known = site.indicator_index()
    return set(zone.data.topics) | {topic for figures in zone.indicators if figures.id in known
                                    for topic in known[figures.id].topics}


def topic_counts(site: Site) -> dict[str, int]:
    counts: dict[str, int] = {}
    for zone in site.zones:
        for topic in zone_topics(site, zone):
            counts[topic] = counts.get(topic, 0) + 1
    return counts


def _zones_with(site: Site, topic_ids: set[str]) -> list[Zone]:
    return [zone for zone in site.zones if topic_ids & zone_topics(site, zone)]


def _indicators_of(site: Site, topic_ids: set[str], path: str) -> list[tuple[IndicatorDefinition, str, int]]:
    return [(indicator, urls.relative(urls.indicator_page(indicator.id), path), len(site.reporting(indicator.id)))
            for indicator in site.indicators if topic_ids & set(indicator.topics) and not indicator.retired]


def _reports_tagged(site: Site, topic_ids: set[str]) -> list[tuple[Report, Zone]]:
    return [(report, zone) for report, zone in site.newest_reports(shared_only=True)
            if topic_ids & set(report.front.topics)]


def index(site: Site, content: ContentPages) -> Iterator[ThemesPage]:
    counts = topic_counts(site)
    areas = site.reference.topics.areas
    rows = [(area, topic, counts.get(topic.id, 0)) for area in areas for topic in area.topics]
    chart = topic_chart([(topic.id, topic.name, count) for _, topic, count in rows])
    yield ThemesPage(
        path=INDEX, title="专题", site=site, chart=chart_block(chart), scripts=scripts_block([chart], urls.root_of(INDEX)),
        areas=[AreaTopics(area, urls.relative(urls.area_page(area.id), INDEX),
                          [TopicCount(topic, counts.get(topic.id, 0), urls.relative(urls.topic_page(topic.id), INDEX))
                           for topic in area.topics])
               for area in areas],
    )


def _links(site: Site, path: str, topic_ids: set[str]) -> dict[str, Any]:
    return {
        "zones": [ZoneLink(zone, urls.relative(urls.zone_page(zone), path)) for zone in _zones_with(site, topic_ids)],
        "reports": [ReportCard(report, zone, urls.relative(urls.report_page(report), path))
                    for report, zone in _reports_tagged(site, topic_ids)],
        "indicators": _indicators_of(site, topic_ids, path),
        "index_link": urls.relative(INDEX, path),
    }


def area_pages(site: Site, content: ContentPages) -> Iterator[ThemeAreaPage]:
    counts = topic_counts(site)
    for area in site.reference.topics.areas:
        path = urls.area_page(area.id)
        yield ThemeAreaPage(
            path=path, title=area.name, site=site, area=area, **_links(site, path, {topic.id for topic in area.topics}),
            topics=[TopicCount(topic, counts.get(topic.id, 0), urls.relative(urls.topic_page(topic.id), path))
                    for topic in area.topics],
        )


def topic_pages(site: Site, content: ContentPages) -> Iterator[ThemeTopicPage]:
    for area in site.reference.topics.areas:
        for topic in area.topics:
            path = urls.topic_page(topic.id)
            yield ThemeTopicPage(
                path=path, title=f"{topic.id} {topic.name}", site=site, area=area, topic=topic,
                area_link=urls.relative(urls.area_page(area.id), path), **_links(site, path, {topic.id}),
            )


PAGE_KINDS = (
    PageKind("themes index", "themes.md.j2", THEMES, index),
    PageKind("theme area page", "theme_area.md.j2", THEMES, area_pages),
    PageKind("theme topic page", "theme_topic.md.j2", THEMES, topic_pages),
)
