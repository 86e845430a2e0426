"""实验成效: the province's outcome indicators, an index by the notice's five areas and one page per indicator.

An indicator's page compares the zones that report it (baseline → latest against the target, on one scale),
shows the province's median by year and the table zone × year, filters by prefecture in the address
(assets/indicator-filter.js, ?prefecture=<code> as on the zone index; without JavaScript every zone shows)
and links its figures as CSV and XLSX.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass

from generator.contract.indicators import IndicatorDefinition
from generator.load.content_pages import ContentPages
from generator.load.reference import Prefecture, Topic
from generator.model.indicators import Progress, at_least_as_good
from generator.model.site import Site, Zone
from generator.render.figures import with_unit
from generator.render.indicator_charts import DumbbellRow, YearPoint, dumbbell, trend
from generator.render.outcomes import Outcome, zone_outcomes
from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind, Section
from generator.render.views.markdown import attribute, url

INDEX = urls.INDICATORS
INDICATORS = Section("实验成效", INDEX, nav_slot=6)
GENERAL_AREA = "综合"


@dataclass(frozen=True)
class ZoneOutcome:
    zone: Zone
    link: str  # the zone's page as a directory URL (the comparison and the table are raw HTML)
    outcome: Outcome

    @property
    def by_year(self) -> dict[int, float]:
        return {value.year: value.value for value in self.outcome.figures.values}


@dataclass(frozen=True)
class Standing:
    """How the province stands on one indicator: who reports it, the median and the best of the latest values."""

    indicator: IndicatorDefinition
    link: str
    reporting: list[ZoneOutcome]
    missing: list[tuple[Zone, str]]  # zones that do not report it yet, with their page's link
    median: float | None  # of the latest values; None when no zone has one
    best: ZoneOutcome | None
    reached: int  # zones that reached their target


@dataclass(frozen=True)
class AreaStandings:
    number: str  # the area's id ("1".."5"); "" for the indicators of every area (综合)
    name: str
    standings: list[Standing]


@dataclass(frozen=True)
class IndicatorsPage(Page):
    site: Site
    source: str
    areas: list[AreaStandings]
    data_links: dict[str, str]


@dataclass(frozen=True)
class IndicatorPage(Page):
    site: Site
    standing: Standing
    area: str
    topics: list[tuple[Topic, str]]
    comparison: str
    trend: str
    trend_words: str
    years: list[int]
    prefectures: list[Prefecture]
    downloads: dict[str, str]
    index_link: str
    script: str


def _area_names(site: Site) -> dict[str, str]:
    names = {"": GENERAL_AREA}
    names.update({area.id: area.name for area in site.reference.topics.areas})
    return names


def standing(site: Site, indicator: IndicatorDefinition, origin: str) -> Standing:
    reporting = [ZoneOutcome(zone, urls.url_of(urls.zone_page(zone), origin), outcome)
                 for zone, _ in site.reporting(indicator.id)
                 for outcome in zone_outcomes(site, zone, origin) if outcome.id == indicator.id]
    reported = {entry.zone.id for entry in reporting}
    missing = [] if indicator.retired else [(zone, urls.relative(urls.zone_page(zone), origin))
                                            for zone in site.zones if zone.id not in reported]
    with_latest = [entry for entry in reporting if entry.outcome.latest]
    best: ZoneOutcome | None = None
    for entry in with_latest:
        value = entry.outcome.figures.latest
        top = best.outcome.figures.latest if best else None
        if value is not None and (top is None or (value.value != top.value and
                                                  at_least_as_good(value.value, top.value, indicator.direction))):
            best = entry
    latest_values = [entry.outcome.figures.latest.value for entry in with_latest if entry.outcome.figures.latest]
    median = statistics.median(latest_values) if latest_values else None
    return Standing(indicator, urls.relative(urls.indicator_page(indicator.id), origin), reporting, missing, median,
                    best, sum(entry.outcome.figures.progress is Progress.REACHED for entry in reporting))


def index(site: Site, content: ContentPages) -> Iterator[IndicatorsPage]:
    names = _area_names(site)
    groups: dict[str, list[Standing]] = {area_id: [] for area_id in names}
    for indicator in site.indicators:
        groups.setdefault(indicator.area, []).append(standing(site, indicator, INDEX))
    yield IndicatorsPage(
        path=INDEX, title="实验成效", site=site, source=site.reference.indicators.source,
        areas=[AreaStandings(area_id, names.get(area_id, area_id), members) for area_id, members in groups.items()
               if members],
        data_links={"csv": urls.relative(urls.data_file("indicators.csv"), INDEX),
                    "xlsx": urls.relative(urls.data_file("zones.xlsx"), INDEX),  # its 实验成效 sheet
                    "json": urls.relative(urls.data_file("indicators.json"), INDEX)},
    )


def _comparison(item: Standing) -> str:
    indicator = item.indicator
    rows = []
    for entry in item.reporting:
        outcome = entry.outcome
        label = f'<a href="{attribute(url(entry.link))}">{attribute(entry.zone.unit.full_name)}</a>'
        rows.append(DumbbellRow(
            label, outcome.baseline.value if outcome.baseline else None,
            outcome.latest.value if outcome.latest else None, outcome.target.value if outcome.target else None,
            f"{attribute(outcome.words)} {outcome.badge}", outcome.state, entry.zone.unit.prefecture.code, entry.zone.id))
    reference = (indicator.reference.value, indicator.reference.label) if indicator.reference else None
    return dumbbell(f"各实验区的{indicator.name}：基期值 → 最新值，对照目标值", rows, indicator.unit, reference)


def _median_by_year(item: Standing) -> list[tuple[YearPoint, int]]:
    years = sorted({year for entry in item.reporting for year in entry.by_year})
    found = []
    for year in years:
        values = [entry.by_year[year] for entry in item.reporting if year in entry.by_year]
        found.append((YearPoint(year, statistics.median(values)), len(values)))
    return found


def indicator_pages(site: Site, content: ContentPages) -> Iterator[IndicatorPage]:
    names = _area_names(site)
    topics = site.reference.topic_index()
    prefectures = {prefecture.code: prefecture for prefecture in site.reference.divisions.prefectures}
    for indicator in site.indicators:
        path = urls.indicator_page(indicator.id)
        item = standing(site, indicator, path)
        medians = _median_by_year(item)
        words = "；".join(f"{point.year} 年 {with_unit(point.value, indicator.unit)}（{count} 个实验区）"
                         for point, count in medians)
        yield IndicatorPage(
            path=path, title=indicator.name, site=site, standing=item,
            area=f"{indicator.area}. {names[indicator.area]}" if indicator.area else GENERAL_AREA,
            topics=[(topics[topic_id][1], urls.relative(urls.topic_page(topic_id), path))
                    for topic_id in indicator.topics if topic_id in topics],
            comparison=_comparison(item),
            trend=trend([point for point, _ in medians], None, f"全省{indicator.name}中位数逐年变化：{words}")
            if len(medians) > 1 else "",
            trend_words=words, years=[point.year for point, _ in medians],
            prefectures=[prefectures[code] for code in sorted({e.zone.unit.prefecture.code for e in item.reporting})
                         if code in prefectures],
            downloads={suffix: urls.relative(urls.indicator_file(indicator.id, suffix), path) for suffix in ("csv", "xlsx")},
            index_link=urls.relative(INDEX, path),
            script=f'<script src="{urls.root_of(path)}{urls.asset("indicator-filter.js")}" defer></script>',
        )


PAGE_KINDS = (
    PageKind("indicators index", "indicators.md.j2", INDICATORS, index),
    PageKind("indicator page", "indicator.md.j2", INDICATORS, indicator_pages),
)
