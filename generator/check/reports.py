"""One report: the year of annual reports, its topics, attachments and a file name that makes a stable URL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.check.media import missing_media_hint
from generator.check.topics import check_topic_ids
from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.contract.terms import ANNUAL_TYPES, REPORT_TYPES
from generator.load.zone_folders import ReportSource, ZoneSource

RESERVED_STEMS = frozenset({"index", "media"})


def _check_attachment(index: int, written: str, report: ReportSource, zone: ZoneSource) -> Problem | None:
    line = report.lines.line_of(("attachments", index))
    field = f"attachments[{index}]"
    folder = zone.folder.resolve()
    target = (zone.folder / written).resolve()
    if Path(written).is_absolute() or not target.is_relative_to(folder):
        return rulebook.ATTACHMENT_OUTSIDE.at(report.path, line, field, written=written)
    if not target.is_file():
        return rulebook.ATTACHMENT_NOT_FOUND.at(report.path, line, field, written=written,
                                                how=missing_media_hint(written, zone))
    return None


def check_report(report: ReportSource, zone: ZoneSource, today: date) -> list[Problem]:
    front, path = report.front, report.path
    problems = check_topic_ids(front.topics, report.lines, path)
    if front.date > today:
        problems.append(rulebook.FUTURE_DATE.at(path, report.lines.line_of(("date",)), "date",
                                                written=front.date.isoformat(), today=today.isoformat()))
    if not report.body.strip():
        problems.append(rulebook.NO_BODY.at(path, report.body_line - 1, "正文"))
    if front.type in ANNUAL_TYPES and front.year is None:
        problems.append(rulebook.NO_YEAR.at(path, report.lines.line_of(("type",)), "year",
                                            type_label=REPORT_TYPES[front.type], year=front.date.year))
    if report.stem in RESERVED_STEMS:
        problems.append(rulebook.RESERVED_NAME.at(path, name=report.path.name,
                                                  suggested=f"{front.date.isoformat()}-{front.type}.md"))
    for index, written in enumerate(front.attachments):
        problem = _check_attachment(index, written, report, zone)
        if problem is not None:
            problems.append(problem)
    return problems
