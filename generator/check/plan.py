"""Report types whose sections are required: the experiment plan (notice 四(二)), with its length."""

from __future__ import annotations

import re

from generator.contract import rulebook
from generator.contract.problems import Problem, Severity
from generator.contract.terms import PLAN_MIN_CHARACTERS, REPORT_TYPE_BY_KEY
from generator.load.zone_folders import ReportSource

_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_MARKUP = (
    re.compile(r"<[^>]*>"),  # HTML tags
    re.compile(r"\]\([^)]*\)"),  # link and image targets
    re.compile(r"^\s*\[[^\]]+\]:.*$", re.MULTILINE),  # reference link definitions
)
_COUNTED = re.compile(r"[^\W_]")


def counted_characters(markdown: str) -> int:
    """Chinese characters, letters and digits; markup, punctuation and spaces do not count."""
    for pattern in _MARKUP:
        markdown = pattern.sub(" ", markdown)
    return len(_COUNTED.findall(markdown))


def check_plan(report: ReportSource) -> list[Problem]:
    report_type = REPORT_TYPE_BY_KEY[report.front.type]
    if not report_type.sections_required:
        return []
    problems = []
    severity = Severity.WARNING if report.front.draft else Severity.ERROR
    line = report.lines.line_of(("type",))
    length = counted_characters(report.body)
    if report_type.key == "plan" and length < PLAN_MIN_CHARACTERS:
        problems.append(rulebook.PLAN_TOO_SHORT.at(report.path, line, "正文", severity=severity, length=length,
                                                   minimum=PLAN_MIN_CHARACTERS))
    headings = _HEADING.findall(report.body)
    missing = [section.name for section in report_type.sections
               if not any(section.name in heading for heading in headings)]
    if missing:
        problems.append(rulebook.PLAN_SECTIONS.at(report.path, report.body_line, "正文", severity=severity,
                                                  missing="、".join(missing)))
    return problems
