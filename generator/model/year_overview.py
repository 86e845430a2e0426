"""年度概况: a year in figures (minimal version for the 经验汇编; wt-year's fuller one replaces it at merge).

`year_overview(site, year)` gives the zones by their status at the year's end (or at the build date, for the
current year) and the reports filed in the year by type.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from generator.contract.terms import REPORT_TYPES
from generator.model.duties import DutyKind
from generator.model.site import Site
from generator.model.status import Status, derive_status


@dataclass(frozen=True)
class YearOverview:
    year: int
    as_of: date  # the year's last day, or the build date while the year runs
    zones_by_status: tuple[tuple[str, int], ...]  # (status label, zones), in the notice's order, none left out
    reports_by_type: tuple[tuple[str, int], ...]  # (type label, reports dated in the year), in the contract's order

    @property
    def zones(self) -> int:
        return sum(count for _, count in self.zones_by_status)

    @property
    def reports(self) -> int:
        return sum(count for _, count in self.reports_by_type)


def year_overview(site: Site, year: int) -> YearOverview:
    as_of = min(date(year, 12, 31), site.today)
    statuses: Counter[Status] = Counter()
    for zone in site.zones:
        start = zone.data.milestones.start
        if start is None or zone.data.milestones.approved is None or zone.data.milestones.approved > as_of:
            continue
        has_final = any(report.front.type == "final-report" and report.front.date <= as_of for report in zone.reports)
        final = next((duty.due for duty in zone.duties if duty.kind is DutyKind.FINAL_REPORT), zone.effective_end)
        statuses[derive_status(zone.data, zone.end, has_final, final, as_of)] += 1
    types = Counter(report.front.type for report in site.reports if report.front.date.year == year)
    return YearOverview(
        year, as_of,
        tuple((status.label, statuses[status]) for status in Status if statuses[status]),
        tuple((label, types[key]) for key, label in REPORT_TYPES.items() if types[key]))
