"""What a body's source says that the page would show wrongly: a second front-matter block, shown as raw YAML;
a table pasted from Excel as tab-separated lines, run together into one paragraph; a heading without the space
after its `#`, shown with the marks as plain text; and `#` headings, each a second title of the page."""

from __future__ import annotations

import re

from generator.contract import rulebook
from generator.contract.problems import Problem, Severity
from generator.load.zone_folders import ReportSource

_FENCE = re.compile(r"^\s*(```|~~~)")
_TAB_ROW = re.compile(r"^[ ]{0,3}\S[^\t]*\t+\S")  # a cell, a tab, a cell: not a tab that indents
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\s*[:：]")
MIN_TABLE_ROWS = 2
_FENCED_BLOCK = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
# `##一、实验背景`: Markdown needs a space after the marks. A line such as `#南关区在行动#` is a topic tag as
# Weibo writes them, shown as written, so a line with another `#` is left alone.
_UNSPACED_HEADING = re.compile(r"^(#{1,6})([^#\s][^#\n]*?)[ \t]*$", re.MULTILINE)
_TITLE = re.compile(r"^#[ \t]+\S", re.MULTILINE)  # a level-one heading, as Markdown reads it


def _second_front_matter(report: ReportSource, lines: list[str]) -> list[Problem]:
    filled = [(offset, line.strip()) for offset, line in enumerate(lines) if line.strip()]
    if len(filled) < 2 or filled[0][1] != "---" or not _FIELD.match(filled[1][1]):
        return []
    return [rulebook.SECOND_FRONT_MATTER.at(report.path, report.body_line + filled[0][0], "正文")]


def _tab_tables(report: ReportSource, lines: list[str]) -> list[Problem]:
    problems = []
    run: list[int] = []
    fenced = False
    for offset, line in enumerate([*lines, ""]):
        if _FENCE.match(line):
            fenced = not fenced
        if not fenced and _TAB_ROW.match(line):
            run.append(offset)
            continue
        if len(run) >= MIN_TABLE_ROWS:
            first, last = report.body_line + run[0], report.body_line + run[-1]
            problems.append(rulebook.TAB_TABLE.at(report.path, first, "正文", first=first, last=last))
        run = []
    return problems


def outside_fences(body: str) -> str:
    """The body with fenced code blanked out, line for line: headings there are code, not headings."""
    return _FENCED_BLOCK.sub(lambda fence: "\n" * fence.group(0).count("\n"), body)


def unspaced_headings(body: str) -> list[tuple[int, str]]:
    """(line offset, line) of the lines meant as headings that Markdown shows as text."""
    text = outside_fences(body)
    return [(text.count("\n", 0, match.start()), match.group(1) + match.group(2))
            for match in _UNSPACED_HEADING.finditer(text)]


def _heading_problems(report: ReportSource) -> list[Problem]:
    severity = Severity.WARNING if report.front.draft else Severity.ERROR
    problems = []
    for offset, written in unspaced_headings(report.body):
        marks = written[:len(written) - len(written.lstrip("#"))]
        problems.append(rulebook.HEADING_WITHOUT_SPACE.at(report.path, report.body_line + offset, "正文",
                                                          severity=severity, written=written, marks=marks))
    body = outside_fences(report.body)
    titles = [body.count("\n", 0, match.start()) for match in _TITLE.finditer(body)]
    if len(titles) >= 2:  # the page's title is the report's `title`; more `#` headings make more titles
        problems.append(rulebook.SEVERAL_TITLES.at(report.path, report.body_line + titles[1], "正文",
                                                   severity=severity, count=len(titles)))
    return problems


def check_body_layout(report: ReportSource) -> list[Problem]:
    lines = report.body.split("\n")
    return _second_front_matter(report, lines) + _tab_tables(report, lines) + _heading_problems(report)
