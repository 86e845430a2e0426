"""实验成效: the province's outcome indicators, an index by the notice's five areas, one page per indicator and one
per indicator and prefecture.

An indicator's page stays small however many zones report it (a phone on a slow link reads it in 3 s): the
metadata, the province's figures, the median by year, one row per prefecture (how many zones report it, their
median, how many reached their target, who does not report yet) and the best and worst few zones by their
latest value. Each prefecture's page of the indicator compares its zones (baseline → latest against the
target) and has their table by year. The address of the former filter, ?prefecture=<code>, leads to that page
(assets/indicator-prefecture.js). Both link the indicator's figures as CSV and XLSX.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass

from generator.contract.indicators import IndicatorDefinition
from generator.load.content_pages import ContentPages
from generator.load.reference import Prefecture, Topic
from generator.model.indicators import Progress
from generator.model.site import Site, Zone
from generator.render.figures import with_unit
from generator.render.indicator_charts import DumbbellRow, YearPoint, dumbbell, trend
from generator.render.outcomes import Outcome, zone_outcomes
from generator.render.views import urls
from generator.render.views.kinds import Crumb, Page, PageKind, Section
from generator.render.views.markdown import attribute, url

INDEX = urls.INDICATORS
INDICATORS = Section("实验成效", INDEX, nav_slot=6)
GENERAL_AREA = "综合"
FEW = 5  # an indicator's page compares the best and the worst FEW zones; all of them when there are at most 2 × FEW
NAMED_MISSING = 10  # the index names the zones that do not report a required indicator up to this many, else counts


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
    """How a set of zones (the province's, or a prefecture's) stands on one indicator: who reports it, the median and
    the best of the latest values."""

    indicator: IndicatorDefinition
    link: str
    reporting: list[ZoneOutcome]
    missing: list[tuple[Zone, str]]  # zones that do not report it yet, with their page's link
    median: float | None  # of the latest values; None when no zone has one
    reached: int  # zones that reached their target

    @property
    def ranked(self) -> list[ZoneOutcome]:
        """The zones with a latest value, best first (ties in the site's order)."""
        found = [(entry, entry.outcome.latest.value) for entry in self.reporting if entry.outcome.latest]
        higher = self.indicator.direction == "higher"
        return [entry for entry, value in sorted(found, key=lambda pair: -pair[1] if higher else pair[1])]

    @property
    def best(self) -> ZoneOutcome | None:
        ranked = self.ranked
        return ranked[0] if ranked else None


@dataclass(frozen=True)
class PrefectureRow:
    """One prefecture on an indicator's page: its figures, and its own page of the indicator."""

    prefecture: Prefecture
    link: str
    standing: Standing


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
    named_missing: int


@dataclass(frozen=True)
class Comparison:
    heading: str
    chart: str


@dataclass(frozen=True)
class IndicatorPage(Page):
    site: Site
    standing: Standing
    area: str
    topics: list[tuple[Topic, str]]
    comparisons: list[Comparison]
    trend: str
    trend_words: str
    years: list[int]  # of the table zone × year, shown when every zone is compared; else only on the prefectures' pages
    prefectures: list[PrefectureRow]
    downloads: dict[str, str]
    index_link: str
    script: str


@dataclass(frozen=True)
class IndicatorPrefecturePage(Page):
    site: Site
    standing: Standing  # of the prefecture's zones
    prefecture: Prefecture
    comparison: str
    years: list[int]
    downloads: dict[str, str]
    indicator_link: str
    index_link: str

    def parents(self) -> list[Crumb]:
        return [(self.standing.indicator.name, urls.indicator_page(self.standing.indicator.id))]


def _area_names(site: Site) -> dict[str, str]:
    names = {"": GENERAL_AREA}
    names.update({area.id: area.name for area in site.reference.topics.areas})
    return names


def standing(site: Site, indicator: IndicatorDefinition, origin: str, prefecture: str | None = None) -> Standing:
    """The standing of the province's zones, or of one prefecture's (its code), as the page at `origin` links them."""
    def counted(zone: Zone) -> bool:
        return prefecture is None or zone.unit.prefecture.code == prefecture

    reporting = [ZoneOutcome(zone, urls.url_of(urls.zone_page(zone), origin), outcome)
                 for zone, _ in site.reporting(indicator.id) if counted(zone)
                 for outcome in zone_outcomes(site, zone, origin) if outcome.id == indicator.id]
    reported = {entry.zone.id for entry in reporting}
    missing = [] if indicator.retired else [(zone, urls.relative(urls.zone_page(zone), origin))
                                            for zone in site.zones if zone.id not in reported and counted(zone)]
    latest_values = [entry.outcome.latest.value for entry in reporting if entry.outcome.latest]
    median = statistics.median(latest_values) if latest_values else None
    return Standing(indicator, urls.relative(urls.indicator_page(indicator.id), origin), reporting, missing, median,
                    sum(entry.outcome.figures.progress is Progress.REACHED for entry in reporting))


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
        named_missing=NAMED_MISSING,
    )


def _dumbbell(title: str, indicator: IndicatorDefinition, entries: list[ZoneOutcome],
              scale_of: list[ZoneOutcome] | None = None) -> str:
    """The zones' baseline → latest against the target, on the scale of `scale_of` (default: these zones)."""
    rows = []
    for entry in entries:
        outcome = entry.outcome
        label = f'<a href="{attribute(url(entry.link))}">{attribute(entry.zone.unit.full_name)}</a>'
        rows.append(DumbbellRow(
            label, outcome.baseline.value if outcome.baseline else None,
            outcome.latest.value if outcome.latest else None, outcome.target.value if outcome.target else None,
            f"{attribute(outcome.words)} {outcome.badge}", outcome.state, entry.zone.unit.prefecture.code, entry.zone.id))
    reference = (indicator.reference.value, indicator.reference.label) if indicator.reference else None
    span = [point.value for entry in (scale_of or entries)
            for point in (entry.outcome.baseline, entry.outcome.latest, entry.outcome.target) if point]
    return dumbbell(title, rows, indicator.unit, reference, span)


def _comparisons(item: Standing) -> list[Comparison]:
    """All the zones when they are few, best first; else the best and the worst FEW by their latest value (the
    zones without one are on their prefectures' pages)."""
    name, ranked = item.indicator.name, item.ranked
    if len(item.reporting) <= 2 * FEW:
        unranked = [entry for entry in item.reporting if not entry.outcome.latest]
        return [Comparison("各实验区比较", _dumbbell(f"各实验区的{name}（按最新值由好到差）：基期值 → 最新值，对照目标值",
                                                     item.indicator, ranked + unranked))]
    if len(ranked) <= 2 * FEW:
        return [Comparison("已有实际值的实验区", _dumbbell(f"已有实际值的实验区的{name}（按最新值由好到差）：基期值 → 最新值，"
                                                         "对照目标值", item.indicator, ranked))]
    best, worst = ranked[:FEW], ranked[-FEW:][::-1]
    return [Comparison(f"最新值最好的 {FEW} 个实验区",
                       _dumbbell(f"{name}最新值最好的 {FEW} 个实验区：基期值 → 最新值，对照目标值", item.indicator,
                                 best, best + worst)),
            Comparison(f"最新值最差的 {FEW} 个实验区",
                       _dumbbell(f"{name}最新值最差的 {FEW} 个实验区（最差的在前）：基期值 → 最新值，对照目标值",
                                 item.indicator, worst, best + worst))]


def _median_by_year(item: Standing) -> list[tuple[YearPoint, int]]:
    years = sorted({year for entry in item.reporting for year in entry.by_year})
    found = []
    for year in years:
        values = [entry.by_year[year] for entry in item.reporting if year in entry.by_year]
        found.append((YearPoint(year, statistics.median(values)), len(values)))
    return found


def _prefectures(site: Site) -> list[Prefecture]:
    """The prefectures that have a zone on the site, in the reference data's order."""
    present = {zone.unit.prefecture.code for zone in site.zones}
    return [prefecture for prefecture in site.reference.divisions.prefectures if prefecture.code in present]


def _downloads(indicator_id: str, path: str) -> dict[str, str]:
    return {suffix: urls.relative(urls.indicator_file(indicator_id, suffix), path) for suffix in ("csv", "xlsx")}


def indicator_pages(site: Site, content: ContentPages) -> Iterator[IndicatorPage]:
    names = _area_names(site)
    topics = site.reference.topic_index()
    prefectures = _prefectures(site)
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
            comparisons=_comparisons(item) if item.reporting else [],
            trend=trend([point for point, _ in medians], None, f"全省{indicator.name}中位数逐年变化：{words}")
            if len(medians) > 1 else "",
            trend_words=words,
            years=[point.year for point, _ in medians] if len(item.reporting) <= 2 * FEW else [],
            prefectures=[PrefectureRow(prefecture,
                                       urls.relative(urls.indicator_prefecture_page(indicator.id, prefecture.slug), path),
                                       standing(site, indicator, path, prefecture.code))
                         for prefecture in prefectures],
            downloads=_downloads(indicator.id, path),
            index_link=urls.relative(INDEX, path),
            script=f'<script src="{urls.root_of(path)}{urls.asset("indicator-prefecture.js")}" defer></script>',
        )


def indicator_prefecture_pages(site: Site, content: ContentPages) -> Iterator[IndicatorPrefecturePage]:
    for indicator in site.indicators:
        for prefecture in _prefectures(site):
            path = urls.indicator_prefecture_page(indicator.id, prefecture.slug)
            item = standing(site, indicator, path, prefecture.code)
            yield IndicatorPrefecturePage(
                path=path, title=f"{indicator.name}：{prefecture.name}", site=site, standing=item, prefecture=prefecture,
                comparison=_dumbbell(f"{prefecture.name}各实验区的{indicator.name}：基期值 → 最新值，对照目标值",
                                     indicator, item.reporting),
                years=sorted({year for entry in item.reporting for year in entry.by_year}),
                downloads=_downloads(indicator.id, path),
                indicator_link=urls.relative(urls.indicator_page(indicator.id), path),
                index_link=urls.relative(INDEX, path),
            )


PAGE_KINDS = (
    PageKind("indicators index", "indicators.md.j2", INDICATORS, index),
    PageKind("indicator page", "indicator.md.j2", INDICATORS, indicator_pages),
    PageKind("indicator prefecture page", "indicator_prefecture.md.j2", INDICATORS, indicator_prefecture_pages),
)
