"""Names that no zone folder may hold: hidden names and the files operating systems leave behind.

A name starting with "." is hidden on macOS and Linux, and some are settings of git itself: a
`.gitattributes` with `* -diff` makes `git diff` and GitHub's review show an edited report as "Binary
files differ", so a reviewer approves what they cannot read. Nothing hidden is published or skipped
quietly: every such name under zones/, at any depth, is an error that says where it is.

Windows, macOS and Office leave files beside the ones an official copies (thumbnail caches, folder settings,
the __MACOSX folder of an unpacked archive, lock files that carry the computer's user name); they get an
error that says what they are, instead of the generic "wrong type" or "wrong place" messages.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem

# What leaves each file behind, by the name's exact (case-folded) spelling or its start.
_THUMBNAILS = "由 Windows 资源管理器自动生成的缩略图缓存"
_SYSTEM_NAMES = {"thumbs.db": _THUMBNAILS, "ehthumbs.db": _THUMBNAILS, "desktop.ini": "由 Windows 自动生成的文件夹显示设置",
                 "__macosx": "由 macOS 压缩文件解压后留下的附加信息文件夹"}
_SYSTEM_PREFIXES = {"~$": "由 Word、Excel 或 WPS 打开文件时生成的临时文件（含电脑的用户名）"}
_DELETE = "删除该{kind}即可，不影响其他文件"
_DELETE_LOCK = "关闭那个文件后，删除该文件即可，不影响其他文件"
_MACOS = "这是 macOS 自动生成的文件，与内容无关"
_GIT = "这类文件会改变 git 和 GitHub 显示改动的方式，审核人可能看不到真实的改动"


def is_hidden(name: str) -> bool:
    return name.startswith(".")


def system_file_kind(name: str) -> str | None:
    """What made a file an operating system or office program leaves behind, or None for any other name."""
    folded = name.casefold()
    if folded in _SYSTEM_NAMES:
        return _SYSTEM_NAMES[folded]
    return next((kind for prefix, kind in _SYSTEM_PREFIXES.items() if name.startswith(prefix)), None)


def is_unwanted(name: str) -> bool:
    """Reported by `unwanted_entries`, so the other checks of a zone folder pass over it."""
    return is_hidden(name) or system_file_kind(name) is not None


def _why_hidden(name: str) -> str:
    if name == ".DS_Store" or name.startswith("._") or name in (".Spotlight-V100", ".Trashes", ".fseventsd"):
        return f"（{_MACOS}）"
    if name.casefold().startswith(".git"):
        return f"（{_GIT}）"
    return ""


def _problem(path: Path, zones_dir: Path) -> Problem | None:
    name = path.name
    kind = "文件夹" if path.is_dir() and not path.is_symlink() else "文件"
    if is_hidden(name):
        where = "zones 文件夹和实验区文件夹" if path.parent == zones_dir else "实验区文件夹"
        return rulebook.HIDDEN_ENTRY.at(path, kind=kind, name=name, where=where, why=_why_hidden(name))
    system = system_file_kind(name)
    if system is not None:
        how = _DELETE_LOCK if name.startswith(tuple(_SYSTEM_PREFIXES)) else _DELETE.format(kind=kind)
        return rulebook.SYSTEM_FILE.at(path, name=name, kind=system, how=how)
    return None


def unwanted_entries(zones_dir: Path) -> list[Problem]:
    """Every hidden name and system file under `zones_dir`, at any depth; such a folder is named, not entered."""
    problems = []
    for top, folders, files in os.walk(zones_dir, followlinks=False):
        for name in sorted(folders + files):
            if (problem := _problem(Path(top, name), zones_dir)) is not None:
                problems.append(problem)
        folders[:] = sorted(name for name in folders if not is_unwanted(name))
    return problems
