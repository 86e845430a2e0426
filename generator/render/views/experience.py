"""经验交流: the experience and news of all zones, newest first, by prefecture and by topic, in small pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.model.site import Report, Site, Zone
from generator.render.docs_tree import DocsTree
from generator.render.page_contexts import ExperiencePage, Filter, FilterGroup, PageNumber, ReportCard, render_page
from generator.render.views import urls

ROOT = urls.EXPERIENCE_FOLDER
PAGE_SIZE = 20


@dataclass(frozen=True)
class Listing:
    """One filtered list: its folder under experience/, its heading and its reports."""

    folder: str
    heading: str
    items: list[tuple[Report, Zone]]


def page_path(folder: str, number: int) -> str:
    return f"{folder}/index.md" if number == 1 else f"{folder}/page/{number}/index.md"


def _listings(site: Site) -> tuple[Listing, list[Listing], list[Listing]]:
    items = site.newest_reports(shared_only=True)
    everything = Listing(ROOT, "全部", items)
    by_prefecture = [Listing(f"{ROOT}/prefecture/{p.slug}", p.name,
                             [pair for pair in items if pair[1].unit.prefecture is p])
                     for p in site.reference.divisions.prefectures]
    topics = site.reference.topic_index()
    by_topic = [Listing(f"{ROOT}/topic/{topic_id}", f"{topic_id} {topic.name}",
                        [pair for pair in items if topic_id in pair[0].front.topics])
                for topic_id, (_, topic) in topics.items()]
    return everything, by_prefecture, by_topic


def _filters(path: str, current: Listing, groups: Sequence[tuple[str, Sequence[Listing]]]) -> list[FilterGroup]:
    return [FilterGroup(label, [Filter(listing.heading, len(listing.items), urls.url_of(page_path(listing.folder, 1), path),
                                       listing.folder == current.folder) for listing in listings])
            for label, listings in groups]


def add(tree: DocsTree, site: Site) -> None:
    everything, by_prefecture, by_topic = _listings(site)
    groups = [("按市（州）", by_prefecture), ("按选题", by_topic)]
    for listing in [everything, *by_prefecture, *by_topic]:
        pages = max(1, -(-len(listing.items) // PAGE_SIZE))
        for number in range(1, pages + 1):
            path = page_path(listing.folder, number)
            chunk = listing.items[(number - 1) * PAGE_SIZE: number * PAGE_SIZE]
            tree.add(path, render_page(ExperiencePage(
                site=site, listing=listing, number=number, pages=pages,
                cards=[ReportCard(report, zone, urls.url_of(urls.report_page(report), path)) for report, zone in chunk],
                all_link=urls.url_of(page_path(ROOT, 1), path),
                filters=_filters(path, listing, groups),
                previous=urls.url_of(page_path(listing.folder, number - 1), path) if number > 1 else "",
                next=urls.url_of(page_path(listing.folder, number + 1), path) if number < pages else "",
                numbers=[PageNumber(n, urls.url_of(page_path(listing.folder, n), path)) for n in range(1, pages + 1)],
                feed=urls.root_of(path) + urls.EXPERIENCE_FEED,
            )))
