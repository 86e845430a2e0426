"""Drafts and placeholders: what a scaffold left to fill in, and a draft, which is not published.

What is left to fill in warns while nothing of it is public (a draft report, a zone not yet confirmed)
and is an error once it would be published: no 待填写 and no template phone number reach the site.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from generator.explain import dotted
from generator.loader import PLACEHOLDER, ReportSource, ZoneSource
from generator.problems import Problem, Severity

_TEMPLATE_PHONE = re.compile(r"^[0-9０-９]{3,4}-0{7,8}$")


def _severity(published: bool) -> Severity:
    return Severity.ERROR if published else Severity.WARNING


def _placeholders(path: Path, lines: tuple[int, ...], field_on: Callable[[int], str], published: bool) -> list[Problem]:
    hint = "请填写后删去“待填写”字样" + ("；公开的内容不能留有“待填写”" if published else "")
    return [Problem(path, line, field_on(line), f"这一行还有“{PLACEHOLDER}”的内容", hint, _severity(published))
            for line in lines]


def zone_published(zone: ZoneSource) -> bool:
    return zone.data.milestones.approved is not None


def check_zone_placeholders(zone: ZoneSource) -> list[Problem]:
    published = zone_published(zone)
    problems = _placeholders(zone.zone_file, zone.placeholder_lines, lambda line: dotted(zone.lines.key_at(line)),
                             published)
    if _TEMPLATE_PHONE.match(zone.data.contact.phone):
        problems.append(Problem(zone.zone_file, zone.lines.line_of(("contact", "phone")), "contact.phone",
                                f"办公电话 {zone.data.contact.phone} 是模板里的示例号码",
                                "请改成本单位带区号的办公座机号码", _severity(published)))
    return problems


def check_report_draft(report: ReportSource, zone: ZoneSource) -> list[Problem]:
    problems = _placeholders(report.path, report.placeholder_lines,
                             lambda line: "正文" if line >= report.body_line else dotted(report.lines.key_at(line)),
                             zone_published(zone) and not report.front.draft)
    if report.front.draft:
        problems.append(Problem(report.path, report.lines.line_of(("draft",)), "draft", "这是草稿，不会在网站上公开",
                                "写完后删去 draft: true 这一行", Severity.WARNING))
    return problems
