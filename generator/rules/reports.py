"""One report: the year of annual reports, its topics, attachments and a file name that makes a stable URL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.contract import ANNUAL_TYPES, REPORT_TYPES
from generator.loader import ReportSource, ZoneSource
from generator.problems import Problem
from generator.rules.media import missing_media_hint
from generator.rules.topics import check_topic_ids

RESERVED_STEMS = frozenset({"index", "media"})


def _check_attachment(index: int, written: str, report: ReportSource, zone: ZoneSource) -> Problem | None:
    line = report.lines.line_of(("attachments", index))
    field = f"attachments[{index}]"
    folder = zone.folder.resolve()
    target = (zone.folder / written).resolve()
    if Path(written).is_absolute() or not target.is_relative_to(folder):
        return Problem(report.path, line, field, f"附件“{written}”不在本实验区文件夹内",
                       "附件请放在本实验区的 media 文件夹，写成 media/文件名.pdf，不要用 ../ 或绝对路径")
    if not target.is_file():
        return Problem(report.path, line, field, f"找不到附件“{written}”", missing_media_hint(written, zone))
    return None


def check_report(report: ReportSource, zone: ZoneSource, today: date) -> list[Problem]:
    front, path = report.front, report.path
    problems = check_topic_ids(front.topics, report.lines, path)
    if front.date > today:
        problems.append(Problem(path, report.lines.line_of(("date",)), "date",
                                f"日期 {front.date.isoformat()} 晚于今天（{today.isoformat()}）",
                                "请写报告成文或发布的日期；还没有发生的事，等发生以后再报"))
    if not report.body.strip():
        problems.append(Problem(path, report.body_line - 1, "正文", "报告没有正文",
                                "请在第二个 --- 下面写正文；只有附件的，也请用一两段话介绍附件的内容"))
    if front.type in ANNUAL_TYPES and front.year is None:
        problems.append(Problem(path, report.lines.line_of(("type",)), "year",
                                f"{REPORT_TYPES[front.type]}缺少所属年度 year",
                                f"请加一行 year: {front.date.year}（这份报告所针对的年度）"))
    if report.stem in RESERVED_STEMS:
        problems.append(Problem(path, None, "", f"报告文件不能叫“{report.path.name}”（与网站页面地址冲突）",
                                f"请改名，如 {front.date.isoformat()}-{front.type}.md"))
    for index, written in enumerate(front.attachments):
        problem = _check_attachment(index, written, report, zone)
        if problem is not None:
            problems.append(problem)
    return problems
