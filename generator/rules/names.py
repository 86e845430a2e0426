"""File names that make stable, safe addresses and portable checkouts.

A report is `YYYY-MM-DD-<type>[-<suffix>].md`, its date and type those of its front matter; a media
name has no space, quote, bracket or other character that a link, a shell or Windows treats specially;
no two names in one zone differ only in case (they would collide on Windows and macOS).
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.contract import REPORT_TYPES
from generator.loader import ReportSource, ZoneSource
from generator.problems import Problem

_TYPES = "|".join(sorted(REPORT_TYPES, key=len, reverse=True))
REPORT_NAME = re.compile(rf"^(\d{{4}}-\d{{2}}-\d{{2}})-({_TYPES})((?:-[a-z0-9]+)*)\.md$")
_SUFFIX_WORD = re.compile(r"[a-z0-9]+")
_TYPE_WORDS = frozenset(word for kind in REPORT_TYPES for word in kind.split("-"))
# Spaces, quotes, brackets, the characters Windows refuses and those a URL gives a meaning to.
_MEDIA_FORBIDDEN = re.compile(r"[\s\"'`()\[\]{}<>\\/:*?|#%&;,\u3000“”‘’（）【】《》]")
REPORT_RULE = "报告文件名应为“日期-类型.md”或“日期-类型-后缀.md”，后缀只用小写英文字母、数字和短横线"
MEDIA_RULE = "文件名不能有空格、引号、括号和 # % & ? 等符号；可用汉字、字母、数字、短横线和下划线"


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
    cleaned = re.sub(r"-{2,}", "-", _MEDIA_FORBIDDEN.sub("-", stem if dot else name)).strip("-") or "file"
    return f"{cleaned}.{extension.lower()}" if dot else cleaned


def _report_name_problem(report: ReportSource) -> Problem | None:
    match = REPORT_NAME.match(report.path.name)
    front = report.front
    if match is None:
        message = f"报告文件名“{report.path.name}”不符合命名规则"
    elif match.group(1) != front.date.isoformat():
        message = f"文件名中的日期 {match.group(1)} 与 date: {front.date.isoformat()} 不一致"
    elif match.group(2) != front.type:
        message = f"文件名中的类型 {match.group(2)} 与 type: {front.type} 不一致"
    else:
        return None
    return Problem(report.path, None, "", message, f"{REPORT_RULE}。请改名为 {suggested_report_name(report)}")


def _media_name_problem(path: Path, zone: ZoneSource) -> Problem | None:
    relative = path.relative_to(zone.folder / "media")
    bad = [part for part in relative.parts if _MEDIA_FORBIDDEN.search(part) or part != part.strip()]
    if not bad:
        return None
    return Problem(path, None, "", f"文件名“{bad[0]}”含有不能用在网址里的字符",
                   f"{MEDIA_RULE}。请改名为 {suggested_media_name(bad[0])}，并同时修改报告中引用它的地方")


def _case_collisions(paths: list[Path], folder: Path) -> list[Problem]:
    seen: dict[str, Path] = {}
    problems = []
    for path in paths:
        key = path.relative_to(folder).as_posix().casefold()
        if key in seen:
            problems.append(Problem(path, None, "", f"与“{seen[key].relative_to(folder).as_posix()}”只有大小写不同",
                                    "在 Windows 和 macOS 上这是同一个文件；请给其中一个改名"))
        else:
            seen[key] = path
    return problems


def check_file_names(zone: ZoneSource) -> list[Problem]:
    problems = [problem for report in zone.reports if (problem := _report_name_problem(report)) is not None]
    problems += [problem for path in zone.media if (problem := _media_name_problem(path, zone)) is not None]
    problems += _case_collisions([report.path for report in zone.reports], zone.folder)
    problems += _case_collisions(list(zone.media), zone.folder)
    return problems
