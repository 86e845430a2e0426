"""年度概况: one calendar year in figures, as the build date sees it.

What happened to the zones in the year (applied, confirmed, under way, extended, suspended, accepted,
titled, recommended), the reporting duties that fell due in it and where each stands today (duties.py
says when a duty is due and what on time, late and overdue mean), by zone and by prefecture, and each
zone's late and overdue duties over the years up to it. A year still running counts up to the build date:
what is overdue is what is overdue now. Pure data: the progress section's year pages and the yearly
经验汇编 render it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from generator.contract.terms import MILESTONE_BY_KEY
from generator.load.reference import Prefecture
from generator.model.duties import Duty, DutyState
from generator.model.site import Site, Zone
from generator.model.status import Status


@dataclass(frozen=True)
class ZoneFigure:
    """A count of zones in the year, with the zones counted."""

    key: str
    label: str  # the milestone's event or the status's label, as the rest of the site says it
    description: str  # what is counted
    zones: tuple[Zone, ...]

    @property
    def count(self) -> int:
        return len(self.zones)


@dataclass(frozen=True)
class DutyEntry:
    zone: Zone
    duty: Duty
    state: DutyState
    days_late: int  # after the due date: to the report's date when late, to the build date when overdue

    @property
    def overdue(self) -> bool:
        return self.state is DutyState.OVERDUE


@dataclass(frozen=True)
class DutyTally:
    """How many duties fell due, and where they stand at the build date."""

    due: int
    on_time: int
    late: int
    overdue: int
    not_due: int

    @classmethod
    def of(cls, entries: Iterable[DutyEntry]) -> DutyTally:
        states = [entry.state for entry in entries]
        return cls(len(states), states.count(DutyState.ON_TIME), states.count(DutyState.LATE),
                   states.count(DutyState.OVERDUE), states.count(DutyState.NOT_DUE))

    @property
    def behind(self) -> int:
        """Late and overdue together: the duties not met by their date."""
        return self.late + self.overdue

    @property
    def fell_due(self) -> int:
        """The duties whose date has passed: on time, late or overdue."""
        return self.due - self.not_due


@dataclass(frozen=True)
class ZoneDuties:
    zone: Zone
    tally: DutyTally


@dataclass(frozen=True)
class PrefectureDuties:
    prefecture: Prefecture
    zone_count: int  # zones of the prefecture with a duty due in the year
    tally: DutyTally


@dataclass(frozen=True)
class LateHistory:
    """One zone's duties year by year up to the overview's year: who is habitually late."""

    zone: Zone
    by_year: tuple[DutyTally, ...]  # one per YearOverview.history_years
    total: DutyTally


@dataclass(frozen=True)
class YearOverview:
    year: int
    today: date  # the build date: every state is as of this day
    figures: tuple[ZoneFigure, ...]
    duties: tuple[DutyEntry, ...]  # every duty due in the year, by due date
    tally: DutyTally
    by_zone: tuple[ZoneDuties, ...]
    by_prefecture: tuple[PrefectureDuties, ...]
    history_years: tuple[int, ...]
    history: tuple[LateHistory, ...]  # zones with a late or overdue duty, most behind first
    punctual_zones: int  # zones with duties due up to the year, every one met on time
    duties_public: bool = True  # the settings show who is late (monitoring.public): else only the zone figures

    @property
    def running(self) -> bool:
        """The year is not over at the build date: its figures count up to today."""
        return self.today <= date(self.year, 12, 31)

    @property
    def counted_to(self) -> date:
        return min(self.today, date(self.year, 12, 31))

    @property
    def behind(self) -> tuple[DutyEntry, ...]:
        """The year's duties that were not met by their date: late ones, then those overdue."""
        return tuple(entry for entry in self.duties if entry.state in (DutyState.LATE, DutyState.OVERDUE))


def overview_years(site: Site) -> list[int]:
    """From the first year a published zone applied to the build date's year, newest first."""
    if not site.zones:
        return []
    first = min(zone.data.milestones.applied.year for zone in site.zones)
    return list(range(site.today.year, first - 1, -1))


def _within(day: date | None, first: date, last: date) -> bool:
    return day is not None and first <= day <= last


def _milestone_figure(zones: tuple[Zone, ...], key: str, label: str, first: date, last: date,
                      description: str = "") -> ZoneFigure:
    """The zones whose milestone `key` falls in the year."""
    counted = tuple(zone for zone in zones if _within(getattr(zone.data.milestones, key), first, last))
    action = MILESTONE_BY_KEY[key].label.removesuffix("日期")
    return ZoneFigure(key, label, description or f"{action}日期在年内的实验区", counted)


def _extension_overlaps(zone: Zone, first: date, last: date) -> bool:
    """Its period ran past the confirmed end on a day of the year: it was in its extension."""
    extended_from = zone.end + timedelta(days=1)
    return zone.data.milestones.extended_to is not None and extended_from <= last and zone.period_end >= first \
        and extended_from <= zone.period_end


def zone_figures(zones: tuple[Zone, ...], year: int, today: date) -> tuple[ZoneFigure, ...]:
    """The year's counts of zones; milestones after the build date are not counted yet."""
    first, last = date(year, 1, 1), min(date(year, 12, 31), today)
    under_way = tuple(zone for zone in zones if zone.start <= last and zone.period_end >= first)
    extended = tuple(zone for zone in zones if _extension_overlaps(zone, first, last))
    return (
        _milestone_figure(zones, "applied", MILESTONE_BY_KEY["applied"].event, first, last,
                          "年内提出申请的实验区（只计已经确认、公开的实验区）"),
        _milestone_figure(zones, "approved", MILESTONE_BY_KEY["approved"].event, first, last),
        ZoneFigure("under_way", Status.ACTIVE.label, "年内有一天以上处于实验周期（含延期）的实验区", under_way),
        ZoneFigure("extended", Status.EXTENDED.label, "年内有一天以上处于延期期间的实验区", extended),
        _milestone_figure(zones, "suspended", Status.SUSPENDED.label, first, last),
        _milestone_figure(zones, "accepted", Status.ACCEPTED.label, first, last),
        _milestone_figure(zones, "title_granted", Status.TITLE_GRANTED.label, first, last),
        _milestone_figure(zones, "national_recommended", Status.NATIONAL_RECOMMENDED.label, first, last),
    )


def _entries(zones: tuple[Zone, ...], today: date, wanted: Callable[[Duty], bool]) -> list[DutyEntry]:
    entries = [DutyEntry(zone, duty, duty.state(today), duty.days_late(today))
               for zone in zones for duty in zone.duties if wanted(duty)]
    return sorted(entries, key=lambda entry: (entry.duty.due, entry.zone.data.code, entry.zone.id))


def _by_prefecture(site: Site, by_zone: list[ZoneDuties], entries: list[DutyEntry]) -> tuple[PrefectureDuties, ...]:
    rows = []
    for prefecture in site.reference.divisions.prefectures:
        own = [entry for entry in entries if entry.zone.unit.prefecture is prefecture]
        if own:
            zone_count = sum(1 for row in by_zone if row.zone.unit.prefecture is prefecture)
            rows.append(PrefectureDuties(prefecture, zone_count, DutyTally.of(own)))
    return tuple(rows)


def _history(zones: tuple[Zone, ...], years: tuple[int, ...], today: date) -> list[LateHistory]:
    rows = []
    for zone in zones:
        entries = _entries((zone,), today, lambda duty: duty.due.year <= years[-1]) if years else []
        if not entries:
            continue
        by_year = tuple(DutyTally.of(entry for entry in entries if entry.duty.due.year == year) for year in years)
        rows.append(LateHistory(zone, by_year, DutyTally.of(entries)))
    return rows


def year_overview(site: Site, year: int) -> YearOverview:
    today = site.today
    duties = _entries(site.zones, today, lambda duty: duty.due.year == year)
    by_zone = [ZoneDuties(zone, DutyTally.of(entry for entry in duties if entry.zone is zone))
               for zone in site.zones if any(entry.zone is zone for entry in duties)]
    first_due = min((duty.due.year for zone in site.zones for duty in zone.duties), default=year)
    history_years = tuple(range(first_due, year + 1))
    history = _history(site.zones, history_years, today)
    behind = sorted((row for row in history if row.total.behind),
                    key=lambda row: (-row.total.behind, -row.total.overdue, row.zone.data.code, row.zone.id))
    return YearOverview(
        year=year, today=today, figures=zone_figures(site.zones, year, today), duties=tuple(duties),
        tally=DutyTally.of(duties), by_zone=tuple(by_zone), by_prefecture=_by_prefecture(site, by_zone, duties),
        history_years=history_years, history=tuple(behind),
        punctual_zones=sum(1 for row in history if not row.total.behind and row.total.on_time),
        duties_public=site.settings.monitoring.public,
    )
