"""Reports that publish personal data with allow_personal_data: true, listed for the province's consent."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem, sort_key
from generator.contract.sinks import for_markdown


def needing_consent(problems: Iterable[Problem]) -> list[Problem]:
    return sorted((problem for problem in problems if problem.rule == rulebook.PERSONAL_DATA_ALLOWED.id), key=sort_key)


def format_consents(problems: Iterable[Problem], root: Path | None = None) -> str:
    """The reviewers' summary's section on them; empty when no checked report allows personal data."""
    listed = needing_consent(problems)
    if not listed:
        return ""
    lines = ["### 需要省民政厅同意", "",
             "以下报告写了 allow_personal_data: true，会公开个人信息；合并前须取得省民政厅同意：", ""]
    lines += [f"- {for_markdown(problem.location(root))}：{for_markdown(problem.message)}" for problem in listed]
    return "\n".join(lines) + "\n"
