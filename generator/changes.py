"""Validating only what a pull request touches: the zone folders its files are in, plus cross-zone checks."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from generator.problems import Problem


class GitError(Exception):
    """git could not list the changed files."""


def changed_files(base: str) -> list[Path]:
    """Files changed against `base` in commits and in the work tree, and new files git does not ignore."""
    commands = (["git", "diff", "--name-only", base], ["git", "ls-files", "--others", "--exclude-standard"])
    files: list[Path] = []
    for command in commands:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GitError(result.stderr.strip() or "git 出错")
        files += [Path(line) for line in result.stdout.splitlines() if line]
    return files


def _zone_folder_of(path: Path, zones_dir: Path) -> Path | None:
    try:
        relative = path.resolve().relative_to(zones_dir.resolve())
    except ValueError:
        return None
    return zones_dir.resolve() / relative.parts[0] if relative.parts else None


def only_touched(problems: Sequence[Problem], touched: Sequence[Path], zones_dir: Path,
                 content_dir: Path) -> list[Problem]:
    """Problems in the touched zone folders; everything when reference data or settings changed."""
    content = content_dir.resolve()
    if any(path.resolve().is_relative_to(content) for path in touched):
        return list(problems)
    folders = {folder for path in touched if (folder := _zone_folder_of(path, zones_dir)) is not None}
    return [problem for problem in problems
            if (folder := _zone_folder_of(problem.path, zones_dir)) is not None and folder in folders]
