"""Validating only what a pull request touches: the zone folders its files are in, plus cross-zone checks."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from generator.contract.problems import Problem
from generator.contract.selections import SELECTIONS_FILE


class GitError(Exception):
    """git could not list the changed files."""


def _git(*arguments: str) -> str:
    # quotePath=false and -z: names such as 推进会现场.jpg come back as they are, not as "\346\216\250…".
    result = subprocess.run(["git", "-c", "core.quotePath=false", *arguments], capture_output=True, text=True,
                            encoding="utf-8", check=False)
    if result.returncode != 0:
        raise GitError(result.stderr.strip() or "git 出错")
    return result.stdout


def changed_files(base: str) -> list[Path]:
    """Files changed against `base` in commits and in the work tree, and new files git does not ignore."""
    top = Path(_git("rev-parse", "--show-toplevel").strip())
    listed = (_git("diff", "--name-only", "-z", base)
              + _git("ls-files", "--others", "--exclude-standard", "--full-name", "-z", ":/"))
    return [top / name for name in listed.split("\0") if name]


def zone_folder_of(path: Path, zones_dir: Path) -> Path | None:
    try:
        relative = path.resolve().relative_to(zones_dir.resolve())
    except ValueError:
        return None
    return zones_dir.resolve() / relative.parts[0] if relative.parts else None


def only_touched(problems: Sequence[Problem], touched: Sequence[Path], zones_dir: Path,
                 content_dir: Path) -> list[Problem]:
    """Problems in the touched zone folders and in the province's choices that name them; everything when
    reference data or settings changed."""
    content = content_dir.resolve()
    if any(path.resolve().is_relative_to(content) for path in touched):
        return list(problems)
    folders = {folder for path in touched if (folder := zone_folder_of(path, zones_dir)) is not None}
    if folders:  # the base branch passed: a problem of the province's choices now is one this change made
        folders.add(zones_dir.resolve() / SELECTIONS_FILE)
    return [problem for problem in problems
            if (folder := zone_folder_of(problem.path, zones_dir)) is not None and folder in folders]
