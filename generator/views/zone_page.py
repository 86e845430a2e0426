"""One page per zone: status, theme, topics, milestones, contact and its reports by type."""

from __future__ import annotations

from datetime import date

from generator.contract import ANNUAL_TYPES, REPORT_TYPES
from generator.model import Report, Site, Zone
from generator.views import DocsTree, urls
from generator.views.markdown import render

MILESTONES = (
    ("applied", "提出申请", None), ("approved", "省民政厅确认", "approval_doc"), ("start", "实验开始", None),
    ("end", "实验期满", None), ("extended_to", "延期至", None), ("suspended", "中止实验", None),
    ("accepted", "通过验收", "accepted_doc"), ("title_granted", "授予称号", None),
    ("national_recommended", "推荐申报国家级实验区", None),
)


def milestone_rows(zone: Zone) -> list[tuple[str, date, str]]:
    milestones = zone.data.milestones
    rows = []
    for name, label, document in MILESTONES:
        day = zone.end if name == "end" else getattr(milestones, name)
        if day is not None:
            rows.append((label, day, getattr(milestones, document) or "" if document else ""))
    return rows


def report_groups(zone: Zone) -> list[tuple[str, list[tuple[Report, str]]]]:
    """Reports grouped by type in the order of the contract, newest first within a type."""
    origin = urls.zone_page(zone)
    groups = []
    for kind, label in REPORT_TYPES.items():
        members = [r for r in zone.reports if r.front.type == kind]
        if kind in ANNUAL_TYPES:
            members.sort(key=lambda r: (r.front.year or 0, r.front.date), reverse=True)
        if members:
            groups.append((label, [(r, urls.relative(urls.report_page(r), origin)) for r in members]))
    return groups


def add(tree: DocsTree, site: Site, zone: Zone) -> None:
    topics = site.reference.topic_index()
    tree.add(urls.zone_page(zone), render(
        "zone.md.j2", site=site, zone=zone, milestones=milestone_rows(zone), groups=report_groups(zone),
        topics=[topics[topic_id] for topic_id in zone.data.topics],
    ))
