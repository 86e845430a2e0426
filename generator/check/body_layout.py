"""What a body's source says that the page would show wrongly: a second front-matter block, shown as raw YAML,
and a table pasted from Excel as tab-separated lines, run together into one paragraph."""

from __future__ import annotations

import re

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.zone_folders import ReportSource

_FENCE = re.compile(r"^\s*(```|~~~)")
_TAB_ROW = re.compile(r"^[ ]{0,3}\S[^\t]*\t+\S")  # a cell, a tab, a cell: not a tab that indents
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\s*[:：]")
MIN_TABLE_ROWS = 2


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


def check_body_layout(report: ReportSource) -> list[Problem]:
    lines = report.body.split("\n")
    return _second_front_matter(report, lines) + _tab_tables(report, lines)
