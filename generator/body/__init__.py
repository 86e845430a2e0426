"""Report bodies: rendered once by our own Markdown engine under limits, explained to the official, then
sanitised by an allowlist and embedded as HTML that MkDocs and Zensical pass through unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.body import embed, engine, explain, sanitize
from generator.hidden_characters import first_hidden
from generator.loader import BodySource, ReportSource, ZoneSource
from generator.problems import Problem

TOO_COMPLEX_HINT = "请简化这段正文：删去误粘贴的大量符号，减少嵌套；长篇材料可作为附件放到 media 文件夹"


@dataclass
class Bodies:
    """Each report's body as generated Markdown (by report path), and what stood in the way."""

    pages: dict[Path, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _render(report: ReportSource | BodySource) -> tuple[str | None, list[Problem]]:
    def problem(offset: int, message: str, hint: str) -> Problem:
        return Problem(report.path, report.body_line + offset, "正文", message, hint)

    hidden = [problem(offset, f"这一行{found.describe()}",
                      "请删去这个字符：把光标移到那里，按删除键；从网页或微信复制的文字常带有这类字符")
              for offset, line in enumerate(report.body.split("\n")) if (found := first_hidden(line)) is not None]
    exceeded = engine.limits(report.body)
    if exceeded:
        return None, hidden + [problem(limit.offset, limit.message, limit.hint) for limit in exceeded]
    try:
        raw = engine.to_html(report.body)
    except engine.TooComplex:
        return None, [*hidden, problem(0, "正文结构过于复杂，无法在限定时间内排版", TOO_COMPLEX_HINT)]
    scanned = explain.scan(raw)
    if scanned.too_deep:
        return None, [*hidden, problem(0, f"正文的 HTML 嵌套超过 {explain.MAX_DEPTH} 层", TOO_COMPLEX_HINT)]
    problems = [problem(explain.line_of(report.body, finding.needle), finding.message, finding.hint)
                for finding in scanned.findings]
    return embed.as_markdown(sanitize.clean(raw)), hidden + problems


def render_bodies(zones: Sequence[ZoneSource]) -> Bodies:
    bodies = Bodies()
    for zone in zones:
        for report in zone.reports:
            page, problems = _render(report)
            bodies.problems += problems
            if page is not None:
                bodies.pages[report.path] = page
        for unread in zone.unread_fronts:  # checked in the same run, never published
            bodies.problems += _render(unread)[1]
    return bodies
