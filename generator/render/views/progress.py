"""Progress (进度): all zones on one timeline, counts by status, and the monitoring list of what is due."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

from generator.load.content_pages import ContentPages
from generator.model.duties import Duty
from generator.model.site import Site, Zone
from generator.model.status import Status
from generator.model.tables import status_counts
from generator.model.year_overview import overview_years
from generator.render.charts import province_timeline, status_chart
from generator.render.page_contexts import MonitoredDuty, ZoneLink
from generator.render.views import urls
from generator.render.views.embed import chart_block, scripts_block
from generator.render.views.kinds import Page, PageKind, Section

PATH = urls.PROGRESS
PROGRESS = Section("进度", PATH, nav_slot=5)


@dataclass(frozen=True)
class ProgressPage(Page):
    site: Site
    status_chart: str
    timeline: str
    counts: list[tuple[Status, int]]
    zones: list[ZoneLink]
    items: list[MonitoredDuty]
    show_monitoring: bool
    years: list[tuple[int, str]]  # each year's 年度概况, newest first, with its link
    scripts: str


def monitored(site: Site) -> list[tuple[Zone, Duty]]:
    """Duties of zones still under way that are not met and fall due within the window, or are overdue."""
    horizon = site.today + timedelta(days=site.settings.monitoring.window_days)
    items = [(zone, duty) for zone in site.zones if zone.open for duty in zone.duties
             if duty.submitted is None and duty.due <= horizon]
    return sorted(items, key=lambda item: (item[1].due, item[0].id))


def pages(site: Site, content: ContentPages) -> Iterator[ProgressPage]:
    counts = status_counts(site.tables.zones)
    charts = [status_chart(counts), province_timeline(site.zones, site.today, urls.root_of(PATH))]
    items = [MonitoredDuty(zone, duty, urls.relative(urls.zone_page(zone), PATH)) for zone, duty in monitored(site)]
    yield ProgressPage(
        path=PATH, title="实验进度", site=site, status_chart=chart_block(charts[0]), timeline=chart_block(charts[1]),
        counts=counts, zones=[ZoneLink(zone, urls.relative(urls.zone_page(zone), PATH)) for zone in site.zones],
        items=items, show_monitoring=site.settings.monitoring.public,
        years=[(year, urls.url_of(urls.year_overview_page(year), PATH)) for year in overview_years(site)],
        scripts=scripts_block(charts, urls.root_of(PATH)),
    )


PAGE_KINDS = (PageKind("progress", "progress.md.j2", PROGRESS, pages),)
