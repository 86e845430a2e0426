"""Drafts and placeholders: what a scaffold left to fill in is a warning, and a draft is not published."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.explain import dotted
from generator.loader import PLACEHOLDER, ReportSource, ZoneSource
from generator.problems import Problem, Severity


def _placeholders(path: Path, lines: tuple[int, ...], field_on: Callable[[int], str]) -> list[Problem]:
    return [Problem(path, line, field_on(line), f"这一行还有“{PLACEHOLDER}”的内容", "请填写后删去“待填写”字样",
                    Severity.WARNING) for line in lines]


def check_zone_placeholders(zone: ZoneSource) -> list[Problem]:
    return _placeholders(zone.zone_file, zone.placeholder_lines, lambda line: dotted(zone.lines.key_at(line)))


def check_report_draft(report: ReportSource) -> list[Problem]:
    problems = _placeholders(report.path, report.placeholder_lines,
                             lambda line: "正文" if line >= report.body_line else dotted(report.lines.key_at(line)))
    if report.front.draft:
        problems.append(Problem(report.path, report.lines.line_of(("draft",)), "draft", "这是草稿，不会在网站上公开",
                                "写完后删去 draft: true 这一行", Severity.WARNING))
    return problems
