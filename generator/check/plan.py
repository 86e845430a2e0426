"""Report types whose sections are required: the experiment plan (notice 四(二)), with its length."""

from __future__ import annotations

import re
import unicodedata

from generator.check.body_layout import unspaced_headings
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
_WORD = re.compile(r"[^\W_]")  # a letter or digit: what makes a run of other scripts a word
WORD_COUNT_METHOD = "按 Word、WPS 的“字数统计”计算：每个汉字和中文标点计 1 字，每个英文单词或数字计 1 字"


def _is_wide(character: str) -> bool:
    """Word and WPS count each East Asian character and full-width punctuation mark as one 字."""
    return unicodedata.east_asian_width(character) in "WF" and not character.isspace()


def counted_characters(markdown: str) -> int:
    """The 字数 that Word and WPS show for the text a reader sees: each Chinese character and full-width
    punctuation mark, plus each word of other scripts (a run of letters or digits); markup does not count."""
    for pattern in _MARKUP:
        markdown = pattern.sub(" ", markdown)
    wide = sum(1 for character in markdown if _is_wide(character))
    others = "".join(" " if _is_wide(character) else character for character in markdown).split()
    return wide + sum(1 for token in others if _WORD.search(token))


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
                                                   minimum=PLAN_MIN_CHARACTERS, method=WORD_COUNT_METHOD))
    headings = _HEADING.findall(report.body)
    missing = [section.name for section in report_type.sections
               if not any(section.name in heading for heading in headings)]
    unspaced = [text for _, text in unspaced_headings(report.body)]  # named by check_body_layout
    missing = [name for name in missing if not any(name in text for text in unspaced)]
    if missing:
        problems.append(rulebook.PLAN_SECTIONS.at(report.path, report.body_line, "正文", severity=severity,
                                                  missing="、".join(missing)))
    return problems
