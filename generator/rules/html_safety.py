"""Report bodies carry no HTML that runs script; a small allowlist of harmless tags remains usable."""

from __future__ import annotations

import re

from generator.loader import ReportSource
from generator.problems import Problem

ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption",
    "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q",
    "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "u", "ul",
})
SCRIPT_TAGS = frozenset({"script", "iframe", "object", "embed", "form"})
_FENCE = re.compile(r"^\s*(```|~~~)")
_INLINE_CODE = re.compile(r"`[^`]*`")
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)([^>]*)>?")
_EVENT_ATTRIBUTE = re.compile(r"\bon[a-z]+\s*=", re.IGNORECASE)
_SCRIPT_URL = re.compile(r"(javascript|vbscript)\s*:|data\s*:\s*text/html", re.IGNORECASE)
HINT = "正文只能用 Markdown 和少量无害的 HTML（如 <br>、<sup>、<table>）；请删去这段代码"


def _lines_outside_code(body: str) -> list[tuple[int, str]]:
    kept, fenced = [], False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            kept.append((offset, _INLINE_CODE.sub("", line)))
    return kept


def _line_problems(line: str) -> list[str]:
    found = []
    for closing, name, attributes in _TAG.findall(line):
        tag = name.lower()
        if closing:
            continue
        if tag in SCRIPT_TAGS:
            found.append(f"含有可执行脚本的 HTML 标签 <{tag}>")
        elif tag not in ALLOWED_TAGS:
            found.append(f"不允许的 HTML 标签 <{tag}>")
        if _EVENT_ATTRIBUTE.search(attributes):
            found.append(f"HTML 标签 <{tag}> 带有事件属性（on…=），会执行脚本")
    if _SCRIPT_URL.search(line):
        found.append("含有 javascript: 等会执行脚本的链接")
    return found


def check_report_html(report: ReportSource) -> list[Problem]:
    return [Problem(report.path, report.body_line + offset, "正文", message, HINT)
            for offset, line in _lines_outside_code(report.body) for message in _line_problems(line)]
