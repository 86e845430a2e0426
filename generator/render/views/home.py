"""The home page, phone first: find one's district, key figures, the newest reports, then status, map, introduction.

Residents come for their own district and its news: those lead, the introduction to the programme follows."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from generator.load.content_pages import ContentPages
from generator.model.site import Site
from generator.model.tables import status_counts
from generator.render.figures import number
from generator.render.page_contexts import BatchZones, PrefectureLinks, ReportCard, ZoneLink
from generator.render.views import urls
from generator.render.views.kinds import HOME, Page, PageKind
from generator.render.views.maps import map_block
from generator.render.views.status_bars import status_bars

PATH = urls.HOME
NEWEST_COUNT = 6


@dataclass(frozen=True)
class Headline:
    """The programme's headline figure: how many zones improved the province's first required indicator."""

    name: str
    link: str
    improved: int
    compared: int  # zones with a baseline and a latest value
    median_change: str  # with its unit ("个百分点" for percentages)


def headline(site: Site) -> Headline | None:
    candidates = [indicator for indicator in site.indicators if not indicator.retired]
    indicator = next((i for i in candidates if i.required), candidates[0] if candidates else None)
    if indicator is None:
        return None
    changes = [(figures.change, figures.improved) for _, figures in site.reporting(indicator.id)
               if figures.change is not None]
    if not changes:
        return None
    median = statistics.median(change for change, _ in changes)
    unit = "个百分点" if indicator.unit == "%" else indicator.unit
    return Headline(indicator.name, urls.url_of(urls.indicator_page(indicator.id), PATH),
                    sum(improved is True for _, improved in changes), len(changes),
                    f"{'+' if median > 0 else ''}{number(median)} {unit}")


@dataclass(frozen=True)
class HomePage(Page):
    site: Site
    intro: str
    finder: list[PrefectureLinks]
    newest: list[ReportCard]
    by_batch: list[BatchZones]
    figures: dict[str, int]
    status_chart: str
    map: str
    headline: Headline | None


def pages(site: Site, content: ContentPages) -> Iterator[HomePage]:
    newest = [ReportCard(report, zone, urls.url_of(urls.report_page(report), PATH))
              for report, zone in site.newest_reports(shared_only=True)[:NEWEST_COUNT]]
    by_batch = [BatchZones(batch, [ZoneLink(zone, urls.url_of(urls.zone_page(zone), PATH)) for zone in members])
                for batch, members in groupby(sorted(site.zones, key=lambda z: (-z.data.batch, z.data.code)),
                                              key=lambda z: z.data.batch)]
    finder = [PrefectureLinks(prefecture, urls.url_of(urls.prefecture_page(prefecture.slug), PATH),
                              [ZoneLink(zone, urls.url_of(urls.zone_page(zone), PATH)) for zone in site.zones
                               if zone.unit.prefecture is prefecture])
              for prefecture in site.reference.divisions.prefectures]
    block = map_block(site, PATH, list_anchor=urls.url_of(urls.MAP, PATH) + "#zones")
    figures = {
        "zones": len(site.zones),
        "prefectures": len({zone.unit.prefecture.code for zone in site.zones}),
        "all_prefectures": len(site.reference.divisions.prefectures),
        "under_way": sum(zone.status.under_way for zone in site.zones),
        "concluded": sum(zone.status.concluded for zone in site.zones),
        "reports": len(site.reports),
    }
    yield HomePage(
        path=PATH, title=site.settings.identity.title, site=site, intro=content.home_intro.strip(), finder=finder,
        newest=newest,
        by_batch=by_batch, figures=figures,
        status_chart=status_bars(status_counts(site.tables.zones)), map=block, headline=headline(site),
    )


PAGE_KINDS = (PageKind("home", "home.md.j2", HOME, pages),)
