"""One page per report: a metadata box, the body, attachments as downloads, a link back to its zone."""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.model import Report, Site, Zone
from generator.views import DocsTree, urls
from generator.views.feeds import zone_feed
from generator.views.markdown import render


def add(tree: DocsTree, site: Site, zone: Zone, report: Report) -> None:
    topics = site.reference.topic_index()
    attachments = [(PurePosixPath(path).name, path) for path in report.front.attachments]
    path = urls.report_page(report)
    address = f"zones/{zone.id}/{report.stem}/"
    base = site.settings.site_url
    tree.add(path, render(
        "report.md.j2", site=site, zone=zone, report=report, body=report.body,
        topics=[topics[topic_id] for topic_id in report.front.topics], attachments=attachments,
        feed=zone_feed(zone), root=urls.root_of(path),
        absolute_url=(base.rstrip("/") + "/" + address) if base else address,
    ))
