"""经验交流: the experience and news of all zones, typical cases first, then newest first; by prefecture, topic,
year and type, in small pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from generator.contract.terms import PUBLIC_TYPES, REPORT_TYPES
from generator.load.content_pages import ContentPages
from generator.model.site import Report, Site, Zone, typical_first
from generator.render.page_contexts import Filter, FilterGroup, PageNumber, ReportCard
from generator.render.views import urls
from generator.render.views.compendium_links import CompendiumLink, compendium_links
from generator.render.views.kinds import Page, PageKind, Section

ROOT = urls.EXPERIENCE_FOLDER
EXPERIENCE = Section("经验交流", urls.EXPERIENCE, nav_slot=2)
PAGE_SIZE = 20


@dataclass(frozen=True)
class Listing:
    """One filtered list: its folder under experience/, its heading and its reports."""

    folder: str
    heading: str
    items: list[tuple[Report, Zone]]


@dataclass(frozen=True)
class Listings:
    everything: Listing
    by_prefecture: list[Listing]
    by_topic: list[Listing]
    by_year: list[Listing]
    by_type: list[Listing]


@dataclass(frozen=True)
class ExperiencePage(Page):
    site: Site
    listing: Listing
    number: int
    pages: int
    cards: list[ReportCard]
    all_link: str
    filters: list[FilterGroup]
    previous: str
    next: str
    numbers: list[PageNumber]
    feed: str
    typical_cases: str  # the link to the 典型案例 column
    compendiums: list[CompendiumLink]
    active_filter: str  # the filter in force, named in one printed line where the filter boxes are not printed
    printed: list[tuple[Report, Zone]]  # every item of a listing split into pages, printed from any of its pages


def _listings(site: Site) -> Listings:
    items = typical_first(site.newest_reports(shared_only=True))
    topics = site.reference.topic_index()
    years = sorted({report.front.date.year for report, _ in items}, reverse=True)
    return Listings(
        Listing(ROOT, "全部", items),
        [Listing(urls.experience_by_prefecture(p.slug), p.name, [pair for pair in items if pair[1].unit.prefecture is p])
         for p in site.reference.divisions.prefectures],
        [Listing(urls.experience_by_topic(topic_id), f"{topic_id} {topic.name}",
                 [pair for pair in items if topic_id in pair[0].front.topics])
         for topic_id, (_, topic) in topics.items()],
        [Listing(urls.experience_by_year(year), f"{year} 年", [pair for pair in items if pair[0].front.date.year == year])
         for year in years],
        [Listing(urls.experience_by_type(kind), label, [pair for pair in items if pair[0].front.type == kind])
         for kind, label in REPORT_TYPES.items() if kind in PUBLIC_TYPES])


def _filters(path: str, current: Listing, groups: Sequence[tuple[str, Sequence[Listing]]]) -> list[FilterGroup]:
    return [FilterGroup(label, [Filter(listing.heading, len(listing.items),
                                       urls.url_of(urls.listing_page(listing.folder, 1), path),
                                       listing.folder == current.folder) for listing in listings])
            for label, listings in groups]


def _active_filter(current: Listing, groups: Sequence[tuple[str, Sequence[Listing]]]) -> str:
    return next((f"{label}：{listing.heading}" for label, listings in groups for listing in listings
                 if listing.folder == current.folder), current.heading)


def _title(listing: Listing, number: int) -> str:
    return ("经验交流" + ("" if listing.folder == ROOT else f"：{listing.heading}")
            + ("" if number == 1 else f"（第 {number} 页）"))


def _pages(site: Site, chosen: Callable[[Listings], list[Listing]]) -> Iterator[ExperiencePage]:
    listings = _listings(site)
    groups = [("按年份", listings.by_year), ("按类型", listings.by_type), ("按市（州）", listings.by_prefecture),
              ("按选题", listings.by_topic)]
    for listing in chosen(listings):
        pages = max(1, -(-len(listing.items) // PAGE_SIZE))
        for number in range(1, pages + 1):
            path = urls.listing_page(listing.folder, number)
            chunk = listing.items[(number - 1) * PAGE_SIZE: number * PAGE_SIZE]
            yield ExperiencePage(
                path=path, title=_title(listing, number), site=site, listing=listing, number=number, pages=pages,
                cards=[ReportCard(report, zone, urls.url_of(urls.report_page(report), path)) for report, zone in chunk],
                all_link=urls.url_of(urls.listing_page(ROOT, 1), path),
                filters=_filters(path, listing, groups),
                previous=urls.url_of(urls.listing_page(listing.folder, number - 1), path) if number > 1 else "",
                next=urls.url_of(urls.listing_page(listing.folder, number + 1), path) if number < pages else "",
                numbers=[PageNumber(n, urls.url_of(urls.listing_page(listing.folder, n), path)) for n in range(1, pages + 1)],
                feed=urls.root_of(path) + urls.EXPERIENCE_FEED,
                typical_cases=urls.url_of(urls.TYPICAL_CASES, path),
                compendiums=compendium_links(site, path),
                active_filter=_active_filter(listing, groups),
                printed=listing.items if pages > 1 else [],
            )


def everything(site: Site, content: ContentPages) -> Iterator[ExperiencePage]:
    return _pages(site, lambda listings: [listings.everything])


def by_prefecture(site: Site, content: ContentPages) -> Iterator[ExperiencePage]:
    return _pages(site, lambda listings: listings.by_prefecture)


def by_topic(site: Site, content: ContentPages) -> Iterator[ExperiencePage]:
    return _pages(site, lambda listings: listings.by_topic)


def by_year(site: Site, content: ContentPages) -> Iterator[ExperiencePage]:
    return _pages(site, lambda listings: listings.by_year)


def by_type(site: Site, content: ContentPages) -> Iterator[ExperiencePage]:
    return _pages(site, lambda listings: listings.by_type)


PAGE_KINDS = (
    PageKind("experience page", "experience.md.j2", EXPERIENCE, everything),
    PageKind("experience by prefecture", "experience.md.j2", EXPERIENCE, by_prefecture),
    PageKind("experience by topic", "experience.md.j2", EXPERIENCE, by_topic),
    PageKind("experience by year", "experience.md.j2", EXPERIENCE, by_year),
    PageKind("experience by type", "experience.md.j2", EXPERIENCE, by_type),
)
