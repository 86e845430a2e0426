"""A zone's reports taken together, and each against the zone's dates: one report per annual duty and one of each
report the notice asks for once, no report filed twice, the `year` of an annual report that its date can belong
to, no progress after the experiment ended."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from generator.contract import rulebook
from generator.contract.problems import Problem, Severity
from generator.contract.terms import ANNUAL_TYPES, ONCE_TYPES, REPORT_TYPES
from generator.load.zone_folders import ReportSource, ZoneSource

_SPACE = re.compile(r"\s+")
_DURING_THE_EXPERIMENT = ("progress", "annual-plan")  # reports of an experiment still under way
_FIRST_QUARTER = 3


def _severity(report: ReportSource) -> Severity:
    """A draft is not published: what is wrong with it warns until it is."""
    return Severity.WARNING if report.front.draft else Severity.ERROR


def _name(report: ReportSource, zone: ZoneSource) -> str:
    return report.path.relative_to(zone.folder).as_posix()


def years_of(report_type: str, day: date) -> tuple[int, ...]:
    """The years an annual report dated `day` can be for: a plan in December of the year before or in the year,
    a summary in December of the year or in the first quarter of the next."""
    if report_type == "annual-plan":
        return (day.year + 1, day.year) if day.month == 12 else (day.year,)
    if day.month == 12:
        return (day.year,)
    return (day.year - 1,) if day.month <= _FIRST_QUARTER else ()


_WHEN = {"annual-plan": "年度实验计划的日期应在所属年度的上一年 12 月或所属年度内",
         "annual-summary": "年度工作总结的日期应在所属年度的 12 月或下一年第一季度"}


def _year_and_date(report: ReportSource) -> list[Problem]:
    front = report.front
    if front.type not in ANNUAL_TYPES or front.year is None:
        return []
    years = years_of(front.type, front.date)
    if front.year in years:
        return []
    expected = f"{_WHEN[front.type]}；日期 {front.date} 对应 year: {years[0]}。" if years else f"{_WHEN[front.type]}。"
    return [rulebook.YEAR_AND_DATE.at(report.path, report.lines.line_of(("year",)), "year", severity=_severity(report),
                                      type_label=REPORT_TYPES[front.type], year=front.year, date=front.date,
                                      expected=expected)]


def _duplicate_annual(zone: ZoneSource) -> list[Problem]:
    by_year: dict[tuple[str, int], list[ReportSource]] = defaultdict(list)
    for report in zone.reports:
        if report.front.type in ANNUAL_TYPES and report.front.year is not None and not report.front.draft:
            by_year[(report.front.type, report.front.year)].append(report)
    return [rulebook.DUPLICATE_ANNUAL.at(report.path, report.lines.line_of(("year",)), "year", year=year,
                                         type_label=REPORT_TYPES[kind],
                                         others="、".join(_name(other, zone) for other in reports))
            for (kind, year), reports in by_year.items() if len(reports) > 1 for report in reports[1:]]


def _duplicate_once(zone: ZoneSource) -> list[Problem]:
    by_type: dict[str, list[ReportSource]] = defaultdict(list)
    for report in zone.reports:
        if report.front.type in ONCE_TYPES and not report.front.draft:  # a draft revision is not published yet
            by_type[report.front.type].append(report)
    return [rulebook.DUPLICATE_ONCE.at(report.path, report.lines.line_of(("type",)), "type",
                                       type_label=REPORT_TYPES[kind],
                                       others="、".join(_name(other, zone) for other in reports))
            for kind, reports in by_type.items() if len(reports) > 1 for report in reports[1:]]


def _duplicate_bodies(zone: ZoneSource) -> list[Problem]:
    first: dict[str, ReportSource] = {}
    problems = []
    for report in zone.reports:
        text = _SPACE.sub("", report.body)
        if not text:
            continue
        if text in first:
            problems.append(rulebook.DUPLICATE_BODY.at(report.path, report.body_line, "正文",
                                                       other=_name(first[text], zone)))
        else:
            first[text] = report
    return problems


def _after_the_end(zone: ZoneSource) -> list[Problem]:
    milestones = zone.data.milestones
    end = milestones.suspended or milestones.extended_to or milestones.end
    if end is None:
        return []
    return [rulebook.AFTER_THE_END.at(report.path, report.lines.line_of(("date",)), "date", severity=_severity(report),
                                      type_label=REPORT_TYPES[report.front.type], date=report.front.date, end=end)
            for report in zone.reports
            if report.front.type in _DURING_THE_EXPERIMENT and report.front.date > end]


def check_report_set(zone: ZoneSource) -> list[Problem]:
    problems = [problem for report in zone.reports for problem in _year_and_date(report)]
    return (problems + _duplicate_annual(zone) + _duplicate_once(zone) + _duplicate_bodies(zone)
            + _after_the_end(zone))
