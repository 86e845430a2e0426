"""Progress (进度): all zones on one timeline, counts by status, and the monitoring list of what is due."""

from __future__ import annotations

from datetime import timedelta

from generator.model.duties import Duty
from generator.model.site import Site, Zone
from generator.model.tables import status_counts
from generator.render.charts import province_timeline, status_chart
from generator.render.docs_tree import DocsTree
from generator.render.page_contexts import MonitoredDuty, ProgressPage, ZoneLink, render_page
from generator.render.views import urls
from generator.render.views.embed import chart_block, scripts_block

PATH = urls.PROGRESS


def monitored(site: Site) -> list[tuple[Zone, Duty]]:
    """Duties of zones still under way that are not met and fall due within the window, or are overdue."""
    horizon = site.today + timedelta(days=site.settings.monitoring.window_days)
    items = [(zone, duty) for zone in site.zones if zone.open for duty in zone.duties
             if duty.submitted is None and duty.due <= horizon]
    return sorted(items, key=lambda item: (item[1].due, item[0].id))


def add(tree: DocsTree, site: Site) -> None:
    counts = status_counts(site.tables.zones)
    charts = [status_chart(counts), province_timeline(site.zones, site.today, urls.root_of(PATH))]
    items = [MonitoredDuty(zone, duty, urls.relative(urls.zone_page(zone), PATH)) for zone, duty in monitored(site)]
    tree.add(PATH, render_page(ProgressPage(
        site=site, status_chart=chart_block(charts[0]), timeline=chart_block(charts[1]),
        counts=counts, zones=[ZoneLink(zone, urls.relative(urls.zone_page(zone), PATH)) for zone in site.zones],
        items=items, show_monitoring=site.settings.monitoring.public,
        scripts=scripts_block(charts, urls.root_of(PATH)),
    )))
