"""Derived facts at a build date: which zones are published, their periods and their status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from generator.check.media_use import report_media
from generator.contract.files import ReportFront, ZoneFile
from generator.contract.indicators import IndicatorDefinition
from generator.contract.photo_credits import Photo
from generator.contract.selections import Selections, TypicalCase
from generator.contract.settings import SiteSettings
from generator.contract.terms import MILESTONE_LIST, PUBLIC_TYPES, REPORT_TYPES
from generator.load.boundaries import BoundaryFile
from generator.load.gov_mark import GovMark
from generator.load.images import Picture
from generator.load.reference import Reference, Unit
from generator.load.zone_folders import ReportSource, ZoneSource
from generator.model.duties import Duty, DutyKind, effective_end_of, planned_end_of
from generator.model.indicators import IndicatorFigures, zone_figures
from generator.model.status import Status, derive_status
from generator.model.tables import SiteTables, site_tables


@dataclass(frozen=True)
class Report:
    source: ReportSource
    zone_id: str
    body: str  # generated Markdown of the sanitised body (generator.render.body)
    media: frozenset[str] = frozenset()  # names in its zone's media/ that its page shows or links to
    typical_case: TypicalCase | None = None  # the province chose it as a 典型案例, with the year and reason
    photos: tuple[Photo, ...] = ()  # the pictures of media/ its body shows, with their press captions

    @property
    def front(self) -> ReportFront:
        return self.source.front

    @property
    def stem(self) -> str:
        return self.source.stem

    @property
    def type_label(self) -> str:
        return REPORT_TYPES[self.front.type]


@dataclass(frozen=True)
class Zone:
    source: ZoneSource
    unit: Unit
    start: date
    end: date
    status: Status
    reports: tuple[Report, ...]
    duties: tuple[Duty, ...]
    indicators: tuple[IndicatorFigures, ...] = ()  # its outcome figures: the province's indicators first, then its own
    national_reasons: tuple[str, ...] = ()  # the province's reasons for recommending it to the national level

    @property
    def id(self) -> str:
        return self.source.id

    @property
    def acceptance_opinion(self) -> Report | None:
        """Its published 验收评审意见, the newest if there are several."""
        return next((report for report in self.reports if report.front.type == "acceptance"), None)

    def indicator(self, indicator_id: str) -> IndicatorFigures | None:
        return next((figures for figures in self.indicators if figures.id == indicator_id), None)

    @property
    def data(self) -> ZoneFile:
        return self.source.data

    @property
    def published_media(self) -> frozenset[str]:
        """The names in media/ that its published reports use: the only files of media/ the site publishes."""
        return frozenset().union(*(report.media for report in self.reports))

    @property
    def effective_end(self) -> date:
        return effective_end_of(self.start, self.data.milestones)

    @property
    def period_end(self) -> date:
        """The last day the experiment ran or will run: a suspension cuts the period short."""
        suspended = self.data.milestones.suspended
        return min(self.effective_end, suspended) if suspended else self.effective_end

    @property
    def location(self) -> tuple[float, float] | None:
        """(lon, lat) of the zone on the map: its own `contact.location`, or its unit's seat."""
        own = self.data.contact.location
        if own is not None:
            return own.lon, own.lat
        if self.unit.lon is not None and self.unit.lat is not None:
            return self.unit.lon, self.unit.lat
        return None

    def milestone_events(self) -> list[tuple[str, date, str]]:
        """(label, date, document number) of each milestone reached, in the notice's order."""
        milestones = self.data.milestones
        events = []
        for milestone in MILESTONE_LIST:
            day = self.end if milestone.key == "end" else getattr(milestones, milestone.key)
            if day is not None:
                document = getattr(milestones, milestone.document) if milestone.document else None
                events.append((milestone.event, day, document or ""))
        return events

    @property
    def open(self) -> bool:
        """Still under way: its reporting duties are monitored."""
        return self.status.monitored


@dataclass(frozen=True)
class Site:
    zones: tuple[Zone, ...]
    reference: Reference
    today: date
    boundary: BoundaryFile | None = None
    pictures: Mapping[Path, Picture] = field(default_factory=dict)  # media images by source path
    gov_mark: GovMark | None = None  # the 党政机关网站标识 the footer shows

    @property
    def settings(self) -> SiteSettings:
        return self.reference.settings

    @cached_property
    def tables(self) -> SiteTables:
        """The zones, reports and topics as pandas tables, built once: counts and open data read them."""
        return site_tables(self.zones)

    @property
    def reports(self) -> tuple[Report, ...]:
        return tuple(report for zone in self.zones for report in zone.reports)

    @property
    def indicators(self) -> tuple[IndicatorDefinition, ...]:
        """The province's outcome indicators in their set's order, retired ones included."""
        return tuple(self.reference.indicators.indicators)

    def indicator_index(self) -> dict[str, IndicatorDefinition]:
        return self.reference.indicator_index()

    def reporting(self, indicator_id: str) -> list[tuple[Zone, IndicatorFigures]]:
        """The zones that report this indicator, in the site's order, with their figures."""
        return [(zone, figures) for zone in self.zones if (figures := zone.indicator(indicator_id)) is not None]

    @cached_property
    def _newest_first(self) -> tuple[tuple[Report, Zone], ...]:
        # Sorted once: the home page, feeds, experience and 30 theme pages all list from it.
        pairs = [(report, zone) for zone in self.zones for report in zone.reports]
        return tuple(sorted(pairs, key=lambda pair: (pair[0].front.date, pair[1].id, pair[0].stem), reverse=True))

    def newest_reports(self, shared_only: bool = False) -> list[tuple[Report, Zone]]:
        """Every zone's reports with their zone, newest first; `shared_only` keeps experience and news."""
        return [pair for pair in self._newest_first if not shared_only or pair[0].front.type in PUBLIC_TYPES]

    @cached_property
    def typical_cases(self) -> list[tuple[Report, Zone]]:
        """The 典型案例 with their zones: the latest year of choice first, then newest first."""
        cases = [pair for pair in self._newest_first if pair[0].typical_case is not None]
        return sorted(cases, key=lambda pair: pair[0].typical_case.year if pair[0].typical_case else 0, reverse=True)


Listed = TypeVar("Listed", Report, tuple[Report, Zone])


def typical_first(reports: Sequence[Listed]) -> list[Listed]:
    """The 典型案例 first, then the others, each in the order given: how every list of experience is ordered."""
    return sorted(reports, key=lambda item: (item if isinstance(item, Report) else item[0]).typical_case is None)


def _newest_first(reports: Sequence[ReportSource], zone_id: str, bodies: Mapping[Path, str],
                  body_media: Mapping[Path, frozenset[str]],
                  typical_cases: Mapping[tuple[str, str], TypicalCase],
                  photos: Mapping[Path, tuple[Photo, ...]]) -> tuple[Report, ...]:
    ordered = sorted(reports, key=lambda r: (r.front.date, r.stem), reverse=True)
    return tuple(Report(source, zone_id, bodies[source.path],
                        report_media(source, body_media.get(source.path, frozenset())),
                        typical_cases.get((zone_id, source.path.name)), photos.get(source.path, ()))
                 for source in ordered)


def derive_zone(source: ZoneSource, unit: Unit, today: date, bodies: Mapping[Path, str],
                duties: tuple[Duty, ...], body_media: Mapping[Path, frozenset[str]] | None = None,
                indicators: Mapping[str, IndicatorDefinition] | None = None,
                selections: Selections | None = None,
                photos: Mapping[Path, tuple[Photo, ...]] | None = None) -> Zone | None:
    milestones = source.data.milestones
    if milestones.approved is None or milestones.start is None:
        return None
    end = planned_end_of(milestones.start, milestones)
    final_report = next((duty for duty in duties if duty.kind is DutyKind.FINAL_REPORT), None)
    # no final report is due after a suspension: the status then counts from the period's end
    due = final_report.due if final_report else effective_end_of(milestones.start, milestones)
    published = [report for report in source.reports if not report.front.draft]
    has_final = any(report.front.type == "final-report" for report in published)
    status = derive_status(source.data, end, has_final, due, today)
    chosen = selections or Selections()
    typical_cases = {(case.zone, case.report): case for case in reversed(chosen.typical_cases)}  # the first wins
    reports = _newest_first(published, source.id, bodies, body_media or {}, typical_cases, photos or {})
    reasons = tuple(chosen.national_recommendations.get(source.id, ())) if milestones.national_recommended else ()
    return Zone(source, unit, milestones.start, end, status, reports, duties,
                zone_figures(source.indicators, indicators or {}), reasons)


def derive_site(sources: Sequence[ZoneSource], reference: Reference, today: date, bodies: Mapping[Path, str],
                duties: Mapping[str, tuple[Duty, ...]], boundary: BoundaryFile | None = None,
                pictures: Mapping[Path, Picture] | None = None,
                body_media: Mapping[Path, frozenset[str]] | None = None, gov_mark: GovMark | None = None,
                selections: Selections | None = None,
                photos: Mapping[Path, tuple[Photo, ...]] | None = None) -> Site:
    """Published zones (confirmed ones) in division-code order, each with its derived facts; `body_media` are the
    names in media/ each rendered body uses, by report path."""
    units = reference.units()
    zones = []
    for source in sources:
        zone = derive_zone(source, units[source.data.code], today, bodies, duties[source.id], body_media,
                           reference.indicator_index(), selections, photos)
        if zone is not None:
            zones.append(zone)
    zones.sort(key=lambda zone: (zone.data.code, zone.id))
    return Site(tuple(zones), reference, today, boundary, pictures or {}, gov_mark)
