"""One page per zone, phone first: a jump menu, facts, contact and reports by type, then topics and progress."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.contract.terms import ANNUAL_TYPES, REPORT_TYPES
from generator.load.content_pages import ContentPages
from generator.model.site import Site, Zone
from generator.render.outcomes import Outcome, zone_outcomes
from generator.render.page_contexts import Milestone, ReportGroup, ReportLink, ZoneTopic
from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind
from generator.render.views.photos import photos_of
from generator.render.views.zone_index import ZONES
from generator.render.zone_timeline import zone_timeline


@dataclass(frozen=True)
class ZonePage(Page):
    site: Site
    zone: Zone
    milestones: list[Milestone]
    groups: list[ReportGroup]
    news_label: str  # the heading of the zone's news among its report groups, linked from the jump menu
    topics: list[ZoneTopic]
    prefecture_link: str
    timeline: str
    updated: str
    feed: str
    feed_link: str
    twin: str
    outcomes: list[Outcome]
    acceptance: list[Outcome]  # at acceptance: the indicators with a target, for the 目标完成情况 table
    indicators_link: str
    photos_link: str
    photo_count: int  # the pictures its published reports show, on its photo page


def report_groups(zone: Zone) -> list[ReportGroup]:
    """Reports grouped by type in the order of the contract, newest first within a type."""
    origin = urls.zone_page(zone)
    groups = []
    for kind, label in REPORT_TYPES.items():
        members = [r for r in zone.reports if r.front.type == kind]
        if kind in ANNUAL_TYPES:
            members.sort(key=lambda r: (r.front.year or 0, r.front.date), reverse=True)
        if members:
            groups.append(ReportGroup(label, [ReportLink(r, urls.relative(urls.report_page(r), origin)) for r in members]))
    return groups


def pages(site: Site, content: ContentPages) -> Iterator[ZonePage]:
    for zone in site.zones:
        yield zone_page(site, zone)


def zone_page(site: Site, zone: Zone) -> ZonePage:
    topics = site.reference.topic_index()
    path = urls.zone_page(zone)
    outcomes = zone_outcomes(site, zone, path)
    at_acceptance = zone.status.concluded or zone.data.milestones.accepted is not None
    return ZonePage(
        path=path, title=zone.unit.full_name + "实验区", site=site, zone=zone,
        milestones=[Milestone(*event) for event in zone.milestone_events()],
        groups=report_groups(zone), news_label=REPORT_TYPES["news"],
        topics=[ZoneTopic(area, topic, urls.relative(urls.topic_page(topic.id), path))
                for area, topic in (topics[topic_id] for topic_id in zone.data.topics)],
        prefecture_link=urls.relative(urls.prefecture_page(zone.unit.prefecture.slug), path),
        timeline=zone_timeline(zone, site.today),
        updated=max([zone.start, *(r.front.date for r in zone.reports)]).isoformat(),
        feed=urls.zone_feed(zone.id), feed_link=urls.root_of(path) + urls.zone_feed(zone.id),
        twin=urls.relative(urls.zone_twin(zone.id), path),
        outcomes=outcomes, acceptance=[item for item in outcomes if item.target] if at_acceptance else [],
        indicators_link=urls.relative(urls.INDICATORS, path),
        photos_link=urls.relative(urls.listing_page(urls.zone_photos(zone.id), 1), path), photo_count=len(photos_of(site, zone)),
    )


PAGE_KINDS = (PageKind("zone page", "zone.md.j2", ZONES, pages),)
