"""One page per report: a metadata box, the body, attachments as downloads, a link back to its zone."""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.model.site import Report, Site, Zone
from generator.render.docs_tree import DocsTree
from generator.render.page_contexts import Attachment, Neighbour, ReportPage, render_page
from generator.render.share import qr_svg
from generator.render.views import urls


def neighbours(zone: Zone, report: Report) -> tuple[Report | None, Report | None]:
    """上一篇 and 下一篇 within the zone: the reports before and after this one by date."""
    ordered = sorted(zone.reports, key=lambda r: (r.front.date, r.stem))
    index = ordered.index(report)
    return (ordered[index - 1] if index > 0 else None), (ordered[index + 1] if index + 1 < len(ordered) else None)


def add(tree: DocsTree, site: Site, zone: Zone, report: Report) -> None:
    topics = site.reference.topic_index()
    attachments = [Attachment(PurePosixPath(path).name, path) for path in report.front.attachments]
    path = urls.report_page(report)
    address = urls.report_address(zone.id, report.stem)
    base = site.settings.site_url
    public = (base.rstrip("/") + "/" + address) if base else ""
    earlier, later = neighbours(zone, report)
    tree.add(path, render_page(ReportPage(
        site=site, zone=zone, report=report, body=report.body,
        topics=[topics[topic_id] for topic_id in report.front.topics], attachments=attachments,
        feed=urls.zone_feed(zone.id), root=urls.root_of(path), absolute_url=public or address,
        qr=qr_svg(public) if public else "",
        pager=[Neighbour(label, other, urls.url_of(urls.report_page(other), path))
               for label, other in (("上一篇", earlier), ("下一篇", later)) if other is not None],
    )))
