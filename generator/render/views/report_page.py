"""One page per report: a metadata box, the body, attachments as downloads, a link back to its zone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.load.content_pages import ContentPages
from generator.load.reference import Area, Topic
from generator.model.site import Report, Site, Zone
from generator.render.page_contexts import Attachment, Neighbour
from generator.render.share import qr_svg
from generator.render.views import urls
from generator.render.views.kinds import Crumb, Page, PageKind
from generator.render.views.zone_index import ZONES


@dataclass(frozen=True)
class ReportPage(Page):
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

    def parents(self) -> list[Crumb]:
        return [(self.zone.unit.full_name, urls.zone_page(self.zone))]


def neighbours(zone: Zone, report: Report) -> tuple[Report | None, Report | None]:
    """上一篇 and 下一篇 within the zone: the reports before and after this one by date."""
    ordered = sorted(zone.reports, key=lambda r: (r.front.date, r.stem))
    index = ordered.index(report)
    return (ordered[index - 1] if index > 0 else None), (ordered[index + 1] if index + 1 < len(ordered) else None)


def pages(site: Site, content: ContentPages) -> Iterator[ReportPage]:
    for zone in site.zones:
        for report in zone.reports:
            yield report_page(site, zone, report)


def report_page(site: Site, zone: Zone, report: Report) -> ReportPage:
    topics = site.reference.topic_index()
    attachments = [Attachment(PurePosixPath(path).name, path) for path in report.front.attachments]
    path = urls.report_page(report)
    address = urls.report_address(zone.id, report.stem)
    base = site.settings.site_url
    public = (base.rstrip("/") + "/" + address) if base else ""
    earlier, later = neighbours(zone, report)
    return ReportPage(
        path=path, title=report.front.title, site=site, zone=zone, report=report, body=report.body,
        topics=[topics[topic_id] for topic_id in report.front.topics], attachments=attachments,
        feed=urls.zone_feed(zone.id), root=urls.root_of(path), absolute_url=public or address,
        qr=qr_svg(public) if public else "",
        pager=[Neighbour(label, other, urls.url_of(urls.report_page(other), path))
               for label, other in (("上一篇", earlier), ("下一篇", later)) if other is not None],
    )


PAGE_KINDS = (PageKind("report page", "report.md.j2", ZONES, pages),)
