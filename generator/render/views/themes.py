"""Theme pages (专题): one per area and per topic of the reference list, and an index with a chart."""

from __future__ import annotations

from typing import Any

from generator.model.site import Report, Site, Zone
from generator.model.tables import count_by
from generator.render.charts import topic_chart
from generator.render.docs_tree import DocsTree
from generator.render.page_contexts import (
    AreaTopics,
    ReportCard,
    ThemeAreaPage,
    ThemesPage,
    ThemeTopicPage,
    TopicCount,
    ZoneLink,
    render_page,
)
from generator.render.views import urls
from generator.render.views.embed import chart_block, scripts_block

INDEX = urls.THEMES


def _zones_with(site: Site, topic_ids: set[str]) -> list[Zone]:
    return [zone for zone in site.zones if topic_ids & set(zone.data.topics)]


def _reports_tagged(site: Site, topic_ids: set[str]) -> list[tuple[Report, Zone]]:
    return [(report, zone) for report, zone in site.newest_reports(shared_only=True)
            if topic_ids & set(report.front.topics)]


def add(tree: DocsTree, site: Site) -> None:
    counts = count_by(site.tables.topics, "topic")
    areas = site.reference.topics.areas
    rows = [(area, topic, counts.get(topic.id, 0)) for area in areas for topic in area.topics]
    chart = topic_chart([(topic.id, topic.name, count) for _, topic, count in rows])
    tree.add(INDEX, render_page(ThemesPage(
        site=site, chart=chart_block(chart), scripts=scripts_block([chart], urls.root_of(INDEX)),
        areas=[AreaTopics(area, urls.relative(urls.area_page(area.id), INDEX),
                          [TopicCount(topic, counts.get(topic.id, 0), urls.relative(urls.topic_page(topic.id), INDEX))
                           for topic in area.topics])
               for area in areas],
    )))

    def links(path: str, zones: list[Zone], reports: list[tuple[Report, Zone]]) -> dict[str, Any]:
        return {
            "zones": [ZoneLink(zone, urls.relative(urls.zone_page(zone), path)) for zone in zones],
            "reports": [ReportCard(report, zone, urls.relative(urls.report_page(report), path)) for report, zone in reports],
            "index_link": urls.relative(INDEX, path),
        }

    for area in areas:
        path = urls.area_page(area.id)
        ids = {topic.id for topic in area.topics}
        tree.add(path, render_page(ThemeAreaPage(
            site=site, area=area, **links(path, _zones_with(site, ids), _reports_tagged(site, ids)),
            topics=[TopicCount(topic, counts.get(topic.id, 0), urls.relative(urls.topic_page(topic.id), path))
                    for topic in area.topics],
        )))
        for topic in area.topics:
            path = urls.topic_page(topic.id)
            tree.add(path, render_page(ThemeTopicPage(
                site=site, area=area, topic=topic, area_link=urls.relative(urls.area_page(area.id), path),
                **links(path, _zones_with(site, {topic.id}), _reports_tagged(site, {topic.id})),
            )))
