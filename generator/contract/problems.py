"""Problems found in the input, and how they are printed for officials and for GitHub."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from generator.contract.sinks import for_annotation, for_annotation_property, for_markdown, for_terminal


class Severity(Enum):
    ERROR = "错误"
    WARNING = "警告"


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int | None
    field: str
    message: str
    hint: str
    severity: Severity
    rule: str  # its id in generator/contract/rulebook.py, shown so that the official finds it in the guide

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def location(self, root: Path | None = None) -> str:
        shown = _relative(self.path, root)
        return f"{shown}:{self.line}" if self.line else shown

    def as_text(self, root: Path | None = None) -> str:
        """One line for a terminal or a log; what the official typed is shown, never executed."""
        field = f"{self.field}: " if self.field else ""
        return for_terminal(f"{self.location(root)}: {self.label}: {field}{_sentence(self.message)}{self.hint}")

    @property
    def label(self) -> str:
        return f"{self.severity.value}[{self.rule}]"


def _sentence(text: str) -> str:
    return text if text.endswith(("。", "！", "？")) else text + "。"


def _relative(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            # absolute(), not resolve(): a symlink must be named where it is, not where it points
            return path.absolute().relative_to(root.absolute()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def sort_key(problem: Problem) -> tuple[str, int, str]:
    return (problem.path.as_posix(), problem.line or 0, problem.field)


def format_text(problems: Iterable[Problem], root: Path | None = None) -> str:
    ordered = sorted(problems, key=sort_key)
    lines = [p.as_text(root) for p in ordered]
    errors = sum(p.is_error for p in ordered)
    warnings = len(ordered) - errors
    if not ordered:
        lines.append("检查通过：没有发现问题。")
    else:
        lines.append(f"共发现 {errors} 个错误，{warnings} 个警告。")
    return "\n".join(lines) + "\n"


TEXT_SUFFIXES = (".md", ".yml", ".yaml")


def _annotated_at(problem: Problem, root: Path | None) -> tuple[Path, int, str]:
    """Where a problem shows in a pull request's diff: GitHub shows an annotation only on a line of a text file.

    A problem without a line goes on line 1 of its file, or, for a folder or an image, on line 1 of
    the zone's zone.yml, naming what it is about.
    """
    if problem.line:
        return problem.path, problem.line, ""
    if problem.path.suffix.lower() in TEXT_SUFFIXES and not problem.path.is_dir():
        return problem.path, 1, ""
    for folder in (problem.path, *problem.path.parents):
        if (folder / "zone.yml").is_file():
            return folder / "zone.yml", 1, f"{_relative(problem.path, root)}："
    return problem.path, 0, ""


def format_github(problems: Iterable[Problem], root: Path | None = None) -> str:
    """GitHub Actions workflow commands: each problem shows on its line in the pull request's diff."""
    lines = []
    for problem in sorted(problems, key=sort_key):
        command = "error" if problem.is_error else "warning"
        path, line, about = _annotated_at(problem, root)
        properties = [f"file={for_annotation_property(_relative(path, root))}"]
        if line:
            properties.append(f"line={line}")
        properties.append(f"title={for_annotation_property(f'{problem.rule} {problem.field}'.strip())}")
        message = f"{about}{_sentence(problem.message)}{problem.hint}"
        lines.append(f"::{command} {','.join(properties)}::{for_annotation(message)}")
    lines.append(format_text(problems, root).splitlines()[-1])
    return "\n".join(lines) + "\n"


def format_summary(problems: Iterable[Problem], root: Path | None = None) -> str:
    """A Markdown summary in Chinese for the pull request's checks page ($GITHUB_STEP_SUMMARY)."""
    ordered = sorted(problems, key=sort_key)
    errors = sum(p.is_error for p in ordered)
    lines = ["## 数据检查结果", ""]
    if not ordered:
        lines.append("检查通过：没有发现问题。")
    else:
        verdict = "有错误，合并前需要改正。" if errors else "没有错误，只有提醒。"
        lines += [f"共发现 {errors} 个错误，{len(ordered) - errors} 个警告。{verdict}", "",
                  "| 位置 | 级别 | 字段 | 问题 | 怎么改 |", "| --- | --- | --- | --- | --- |"]
        lines += [f"| {for_markdown(p.location(root))} | {p.label} | {for_markdown(p.field) or '—'} | "
                  f"{for_markdown(_sentence(p.message))} | {for_markdown(p.hint) or '—'} |" for p in ordered]
    return "\n".join(lines) + "\n"
