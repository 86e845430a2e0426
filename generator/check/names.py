"""File names that make stable, safe addresses and portable checkouts.

A report is `YYYY-MM-DD-<type>[-<suffix>].md`, its date and type those of its front matter; a media
name has no space, quote, bracket or other character that a link, a shell or Windows treats specially;
no two names in one zone differ only in case (they would collide on Windows and macOS).
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.contract.terms import REPORT_TYPES
from generator.load.zone_folders import ReportSource, ZoneSource

_TYPES = "|".join(sorted(REPORT_TYPES, key=len, reverse=True))
REPORT_NAME = re.compile(rf"^(\d{{4}}-\d{{2}}-\d{{2}})-({_TYPES})((?:-[a-z0-9]+)*)\.md$")
_SUFFIX_WORD = re.compile(r"[a-z0-9]+")
_TYPE_WORDS = frozenset(word for kind in REPORT_TYPES for word in kind.split("-"))
# Spaces, quotes, brackets, the characters Windows refuses and those a URL gives a meaning to; and emoji
# (pictographs, dingbats and the selectors and joiners that build them), which the guide does not allow either:
# old Windows tools, zip programs and some mail systems mangle them.
_FORBIDDEN_BMP = r"\s\"'`()\[\]{}<>\\/:*?|#%&;,\u3000“”‘’（）【】《》\u2600-\u27bf\u2b00-\u2bff\ufe0e\ufe0f\u200d"
MEDIA_FORBIDDEN = re.compile(f"[{_FORBIDDEN_BMP}]|[\U0001f000-\U0001faff]")
# The same rule for the web form's script (a JavaScript RegExp without the u flag, which sees UTF-16 code units):
# the emoji planes as surrogate pairs.
MEDIA_FORBIDDEN_JS = f"[{_FORBIDDEN_BMP}]|\\ud83c[\\udc00-\\udfff]|\\ud83d[\\udc00-\\udfff]|\\ud83e[\\udc00-\\udeff]"
REPORT_RULE = "报告文件名应为“日期-类型.md”或“日期-类型-后缀.md”，后缀只用小写英文字母、数字和短横线"
MEDIA_RULE = "文件名不能有空格、引号、括号、表情符号和 # % & ? 等符号；可用汉字、字母、数字、短横线和下划线"


def suggested_report_name(report: ReportSource) -> str:
    """A valid name with the front matter's date and type, keeping what can be kept of the suffix."""
    match = REPORT_NAME.match(report.path.name)
    if match:
        suffix = match.group(3)
    else:
        words = [word for word in _SUFFIX_WORD.findall(report.path.stem.lower())
                 if not word.isdigit() and word not in _TYPE_WORDS]
        suffix = "".join(f"-{word}" for word in words[:3])
    return f"{report.front.date.isoformat()}-{report.front.type}{suffix}.md"


def suggested_media_name(name: str) -> str:
    stem, dot, extension = name.rpartition(".")
    cleaned = re.sub(r"-{2,}", "-", MEDIA_FORBIDDEN.sub("-", stem if dot else name)).strip("-") or "file"
    return f"{cleaned}.{extension.lower()}" if dot else cleaned


def _report_name_problem(report: ReportSource) -> Problem | None:
    match = REPORT_NAME.match(report.path.name)
    front = report.front
    suggested = suggested_report_name(report)
    if match is None:
        return rulebook.REPORT_NAME.at(report.path, name=report.path.name, rule=REPORT_RULE, suggested=suggested)
    if match.group(1) != front.date.isoformat():
        return rulebook.REPORT_NAME_DATE.at(report.path, named=match.group(1), written=front.date.isoformat(),
                                            rule=REPORT_RULE, suggested=suggested)
    if match.group(2) != front.type:
        return rulebook.REPORT_NAME_TYPE.at(report.path, named=match.group(2), written=front.type, rule=REPORT_RULE,
                                            suggested=suggested)
    return None


def _media_name_problem(path: Path, zone: ZoneSource) -> Problem | None:
    relative = path.relative_to(zone.folder / "media")
    bad = [part for part in relative.parts if MEDIA_FORBIDDEN.search(part) or part != part.strip()]
    if not bad:
        return None
    return rulebook.MEDIA_NAME.at(path, name=bad[0], rule=MEDIA_RULE, suggested=suggested_media_name(bad[0]))


def _case_collisions(paths: list[Path], folder: Path) -> list[Problem]:
    seen: dict[str, Path] = {}
    problems = []
    for path in paths:
        key = path.relative_to(folder).as_posix().casefold()
        if key in seen:
            problems.append(rulebook.CASE_COLLISION.at(path, other=seen[key].relative_to(folder).as_posix()))
        else:
            seen[key] = path
    return problems


def check_file_names(zone: ZoneSource) -> list[Problem]:
    problems = [problem for report in zone.reports if (problem := _report_name_problem(report)) is not None]
    problems += [problem for path in zone.media if (problem := _media_name_problem(path, zone)) is not None]
    problems += _case_collisions([report.path for report in zone.reports], zone.folder)
    problems += _case_collisions(list(zone.media), zone.folder)
    return problems
