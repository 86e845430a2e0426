"""The reporting duties of notice 四(三): an annual plan and summary each experiment year, a final report.

A calendar year counts as an experiment year when the period covers it from its start, or reaches
1 July of it; in the last year the final report stands in for the summary when the period ends before
the summary is due. Years after a suspension carry no duty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from generator.contract.files import Milestones, ZoneFile
from generator.contract.settings import Lifecycle
from generator.contract.terms import REPORT_TYPES
from generator.contract.timeline import add_months, default_end, month_day
from generator.load.zone_folders import ReportSource, ZoneSource


class DutyState(Enum):
    """Where a duty stands at the build date: the one definition of on time, late and overdue."""

    ON_TIME = "按时提交"  # its report is dated on or before the due date
    LATE = "逾期提交"  # its report is dated after the due date
    OVERDUE = "逾期未交"  # no report, and the due date has passed
    NOT_DUE = "尚未到期"  # no report yet, and the due date is today or later

    @property
    def label(self) -> str:
        return str(self.value)


class DutyKind(Enum):
    """A duty is met by a report of its type: the type's key and label are the contract's (REPORT_TYPES)."""

    ANNUAL_PLAN = "annual-plan"
    ANNUAL_SUMMARY = "annual-summary"
    FINAL_REPORT = "final-report"

    @property
    def report_type(self) -> str:
        return str(self.value)

    @property
    def label(self) -> str:
        return REPORT_TYPES[self.report_type]


@dataclass(frozen=True)
class Duty:
    kind: DutyKind
    year: int | None
    due: date
    submitted: date | None

    @property
    def title(self) -> str:
        return f"{self.year} 年度{self.kind.label.removeprefix('年度')}" if self.year else self.kind.label

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def is_overdue(self, today: date) -> bool:
        """Not submitted, and its due date has passed: the one definition the rules, pages and badges use."""
        return self.submitted is None and self.due < today

    @property
    def submitted_late(self) -> bool:
        return self.submitted is not None and self.submitted > self.due

    def state(self, today: date) -> DutyState:
        if self.submitted is not None:
            return DutyState.LATE if self.submitted_late else DutyState.ON_TIME
        return DutyState.OVERDUE if self.is_overdue(today) else DutyState.NOT_DUE

    def days_late(self, today: date) -> int:
        """Days between the due date and the report's date, or today while it is overdue; 0 otherwise."""
        state = self.state(today)
        if state is DutyState.LATE:
            assert self.submitted is not None
            return (self.submitted - self.due).days
        return (today - self.due).days if state is DutyState.OVERDUE else 0


def experiment_years(start: date, effective_end: date, suspended: date | None) -> list[int]:
    last = effective_end.year
    if last > start.year and effective_end < date(last, 7, 1):
        last -= 1
    if suspended is not None:
        last = min(last, suspended.year)
    return list(range(start.year, last + 1))


def _submitted(reports: tuple[ReportSource, ...], kind: DutyKind, year: int | None) -> date | None:
    dates = [r.front.date for r in reports
             if r.front.type == kind.report_type and not r.front.draft and (year is None or r.front.year == year)]
    return min(dates) if dates else None


def zone_duties(data: ZoneFile, reports: tuple[ReportSource, ...], start: date, effective_end: date,
                lifecycle: Lifecycle) -> list[Duty]:
    suspended = data.milestones.suspended
    duties = []
    for year in experiment_years(start, effective_end, suspended):
        plan_due = (add_months(start, lifecycle.first_year_plan_months) if year == start.year
                    else month_day(year, lifecycle.annual_plan_due))
        if suspended is None or plan_due < suspended:
            duties.append(Duty(DutyKind.ANNUAL_PLAN, year, plan_due, _submitted(reports, DutyKind.ANNUAL_PLAN, year)))
        summary_due = month_day(year, lifecycle.annual_summary_due)
        if (suspended is None or summary_due < suspended) and summary_due <= effective_end:
            duties.append(Duty(DutyKind.ANNUAL_SUMMARY, year, summary_due,
                               _submitted(reports, DutyKind.ANNUAL_SUMMARY, year)))
    if suspended is None:
        due = effective_end + timedelta(days=lifecycle.final_report_due_days)
        duties.append(Duty(DutyKind.FINAL_REPORT, None, due, _submitted(reports, DutyKind.FINAL_REPORT, None)))
    return duties


def planned_end_of(start: date, milestones: Milestones) -> date:
    """The last day of the period as confirmed: the written end, or the notice's default period from the start."""
    return milestones.end or default_end(start)


def effective_end_of(start: date, milestones: Milestones) -> date:
    """The last day of the period once an extension is counted (a suspension is not: see Zone.period_end)."""
    return milestones.extended_to or planned_end_of(start, milestones)


def source_duties(source: ZoneSource, lifecycle: Lifecycle) -> tuple[Duty, ...]:
    """The duties of a zone folder; none before the experiment has a start."""
    milestones = source.data.milestones
    if milestones.approved is None or milestones.start is None:
        return ()
    return tuple(zone_duties(source.data, source.reports, milestones.start,
                             effective_end_of(milestones.start, milestones), lifecycle))


def reporting_duties(sources: Sequence[ZoneSource], lifecycle: Lifecycle) -> dict[str, tuple[Duty, ...]]:
    """Every zone's duties by zone id, computed once per build: the lifecycle rule and the model both read them."""
    return {source.id: source_duties(source, lifecycle) for source in sources}
