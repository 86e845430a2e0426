"""Drafts and placeholders: what a scaffold left to fill in, and a draft, which is not published.

What is left to fill in warns while nothing of it is public (a draft report, a zone not yet confirmed)
and is an error once it would be published: no 待填写 and no template phone number reach the site.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem, Severity
from generator.load.explain import dotted
from generator.load.zone_folders import PLACEHOLDER, ReportSource, ZoneSource

_TEMPLATE_PHONE = re.compile(r"^[0-9０-９]{3,4}-0{7,8}$")


def _severity(published: bool) -> Severity:
    return Severity.ERROR if published else Severity.WARNING


def _placeholders(path: Path, lines: tuple[int, ...], field_on: Callable[[int], str], published: bool) -> list[Problem]:
    published_note = "；公开的内容不能留有“待填写”" if published else ""
    return [rulebook.PLACEHOLDER_LEFT.at(path, line, field_on(line), severity=_severity(published),
                                         placeholder=PLACEHOLDER, published=published_note) for line in lines]


def zone_published(zone: ZoneSource) -> bool:
    return zone.data.milestones.approved is not None


def check_zone_placeholders(zone: ZoneSource) -> list[Problem]:
    published = zone_published(zone)
    problems = _placeholders(zone.zone_file, zone.placeholder_lines, lambda line: dotted(zone.lines.key_at(line)),
                             published)
    if _TEMPLATE_PHONE.match(zone.data.contact.phone):
        problems.append(rulebook.TEMPLATE_PHONE.at(zone.zone_file, zone.lines.line_of(("contact", "phone")),
                                                   "contact.phone", severity=_severity(published),
                                                   phone=zone.data.contact.phone))
    return problems


def check_report_draft(report: ReportSource, zone: ZoneSource) -> list[Problem]:
    problems = _placeholders(report.path, report.placeholder_lines,
                             lambda line: "正文" if line >= report.body_line else dotted(report.lines.key_at(line)),
                             zone_published(zone) and not report.front.draft)
    if report.front.draft:
        problems.append(rulebook.DRAFT.at(report.path, report.lines.line_of(("draft",)), "draft"))
    return problems
