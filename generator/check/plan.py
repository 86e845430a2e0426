"""The experiment plan (notice 四(二)): at least 3000 characters, with its four required parts."""

from __future__ import annotations

import re

from generator.contract import rulebook
from generator.contract.problems import Problem, Severity
from generator.load.zone_folders import ReportSource

PLAN_MIN_CHARACTERS = 3000
PLAN_SECTIONS = ("实验背景", "实验主题", "实验内容", "实验保障")
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
    if report.front.type != "plan":
        return []
    problems = []
    severity = Severity.WARNING if report.front.draft else Severity.ERROR
    line = report.lines.line_of(("type",))
    length = counted_characters(report.body)
    if length < PLAN_MIN_CHARACTERS:
        problems.append(rulebook.PLAN_TOO_SHORT.at(report.path, line, "正文", severity=severity, length=length,
                                                   minimum=PLAN_MIN_CHARACTERS))
    headings = _HEADING.findall(report.body)
    missing = [name for name in PLAN_SECTIONS if not any(name in heading for heading in headings)]
    if missing:
        problems.append(rulebook.PLAN_SECTIONS.at(report.path, report.body_line, "正文", severity=severity,
                                                  missing="、".join(missing)))
    return problems
