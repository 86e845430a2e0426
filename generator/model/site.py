"""Derived facts at a build date: which zones are published, their periods and their status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property
from pathlib import Path

from generator.contract.files import REPORT_TYPES, ReportFront, ZoneFile
from generator.load.boundaries import BoundaryFile
from generator.load.images import Picture
from generator.load.reference import Reference, SiteSettings, Unit
from generator.load.zone_folders import ReportSource, ZoneSource
from generator.model.duties import Duty, DutyKind, effective_end_of, planned_end_of


class Status(Enum):
    """Never typed by hand: derived from milestones, reports and the build date."""

    PENDING = ("pending", "待启动")
    ACTIVE = ("active", "实验中")
    EXTENDED = ("extended", "已延期")
    AWAITING_ACCEPTANCE = ("awaiting", "待验收")
    FINAL_REPORT_OVERDUE = ("overdue", "逾期未交终期报告")
    SUSPENDED = ("suspended", "已中止")
    ACCEPTED = ("accepted", "已验收")
    TITLE_GRANTED = ("titled", "已授牌")
    NATIONAL_RECOMMENDED = ("national", "推荐国家级")

    @property
    def key(self) -> str:
        return self.value[0]

    @property
    def label(self) -> str:
        return self.value[1]

    @property
    def monitored(self) -> bool:
        """Still to report: its reporting duties are watched on the progress page."""
        return self in OPEN_STATUSES

    @property
    def under_way(self) -> bool:
        return self in (Status.ACTIVE, Status.EXTENDED)

    @property
    def concluded(self) -> bool:
        """Ended with a result: accepted, and perhaps titled or recommended to the national level."""
        return self in (Status.ACCEPTED, Status.TITLE_GRANTED, Status.NATIONAL_RECOMMENDED)


OPEN_STATUSES = frozenset({Status.PENDING, Status.ACTIVE, Status.EXTENDED, Status.AWAITING_ACCEPTANCE,
                           Status.FINAL_REPORT_OVERDUE})

MILESTONES = (
    ("applied", "提出申请", None), ("approved", "省民政厅确认", "approval_doc"), ("start", "实验开始", None),
    ("end", "实验期满", None), ("extended_to", "延期至", None), ("suspended", "中止实验", None),
    ("accepted", "通过验收", "accepted_doc"), ("title_granted", "授予称号", None),
    ("national_recommended", "推荐申报国家级实验区", None),
)


@dataclass(frozen=True)
class Report:
    source: ReportSource
    zone_id: str
    body: str  # generated Markdown of the sanitised body (generator.render.body)

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

    @property
    def id(self) -> str:
        return self.source.id

    @property
    def data(self) -> ZoneFile:
        return self.source.data

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
        for name, label, document in MILESTONES:
            day = self.end if name == "end" else getattr(milestones, name)
            if day is not None:
                events.append((label, day, (getattr(milestones, document) or "") if document else ""))
        return events

    @property
    def open(self) -> bool:
        """Still under way: its reporting duties are monitored."""
        return self.status.monitored


SHARED_TYPES = frozenset({"experience", "news"})  # 经验做法 and 工作动态: the pieces written for the public


@dataclass(frozen=True)
class Site:
    zones: tuple[Zone, ...]
    reference: Reference
    today: date
    boundary: BoundaryFile | None = None
    pictures: Mapping[Path, Picture] = field(default_factory=dict)  # media images by source path

    @property
    def settings(self) -> SiteSettings:
        return self.reference.settings

    @property
    def reports(self) -> tuple[Report, ...]:
        return tuple(report for zone in self.zones for report in zone.reports)

    @cached_property
    def _newest_first(self) -> tuple[tuple[Report, Zone], ...]:
        # Sorted once: the home page, feeds, experience and 30 theme pages all list from it.
        pairs = [(report, zone) for zone in self.zones for report in zone.reports]
        return tuple(sorted(pairs, key=lambda pair: (pair[0].front.date, pair[1].id, pair[0].stem), reverse=True))

    def newest_reports(self, shared_only: bool = False) -> list[tuple[Report, Zone]]:
        """Every zone's reports with their zone, newest first; `shared_only` keeps experience and news."""
        return [pair for pair in self._newest_first if not shared_only or pair[0].front.type in SHARED_TYPES]


def derive_status(data: ZoneFile, end: date, has_final_report: bool, final_report_due: date,
                  today: date) -> Status:
    milestones = data.milestones
    reached = [
        (milestones.national_recommended, Status.NATIONAL_RECOMMENDED),
        (milestones.title_granted, Status.TITLE_GRANTED),
        (milestones.accepted, Status.ACCEPTED),
        (milestones.suspended, Status.SUSPENDED),
    ]
    for day, status in reached:
        if day is not None and day <= today:
            return status
    assert milestones.start is not None  # published zones have a start (rule milestones)
    if today < milestones.start:
        return Status.PENDING
    if today <= end:
        return Status.ACTIVE
    if milestones.extended_to is not None and today <= milestones.extended_to:
        return Status.EXTENDED
    if has_final_report or today <= final_report_due:
        return Status.AWAITING_ACCEPTANCE
    return Status.FINAL_REPORT_OVERDUE


def _newest_first(reports: Sequence[ReportSource], zone_id: str, bodies: Mapping[Path, str]) -> tuple[Report, ...]:
    ordered = sorted(reports, key=lambda r: (r.front.date, r.stem), reverse=True)
    return tuple(Report(source, zone_id, bodies[source.path]) for source in ordered)


def derive_zone(source: ZoneSource, unit: Unit, today: date, bodies: Mapping[Path, str],
                duties: tuple[Duty, ...]) -> Zone | None:
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
    return Zone(source, unit, milestones.start, end, status, _newest_first(published, source.id, bodies), duties)


def derive_site(sources: Sequence[ZoneSource], reference: Reference, today: date, bodies: Mapping[Path, str],
                duties: Mapping[str, tuple[Duty, ...]], boundary: BoundaryFile | None = None,
                pictures: Mapping[Path, Picture] | None = None) -> Site:
    """Published zones (confirmed ones) in division-code order, each with its derived facts."""
    units = reference.units()
    zones = []
    for source in sources:
        zone = derive_zone(source, units[source.data.code], today, bodies, duties[source.id])
        if zone is not None:
            zones.append(zone)
    zones.sort(key=lambda zone: (zone.data.code, zone.id))
    return Site(tuple(zones), reference, today, boundary, pictures or {})
