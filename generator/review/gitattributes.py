"""`.gitattributes` lines that would let a pull request hide, from its reviewers, what it does to zones/.

`* -diff linguist-generated=true` makes `git diff` print "Binary files differ" and GitHub collapse the
file; `filter=`, `ident` and `working-tree-encoding=` make the checked-out file (what the build reads)
differ from the blob the reviewers approved; a `merge=` driver decides merges silently. The harmful set
is open-ended (custom drivers, macros, attributes GitHub may honour tomorrow), so this is an allowlist:
a line that can apply under zones/ may only normalise line endings (`text`, `-text`, `text=auto`,
`eol=lf|crlf`, which the loaders accept either way), force a textual diff (`diff`), say
`linguist-generated=false`, or unset an attribute (`!name`, back to git's default). Anything else is refused.

Run by the base branch's 逐级审批 check on the `.gitattributes` files a pull request adds or changes, and
by CI on every `.gitattributes` in the work tree (`python -m generator.review.gitattributes`).
"""

from __future__ import annotations

import subprocess
import sys
from fnmatch import fnmatchcase
from pathlib import PurePosixPath

ZONES = "zones"
_ALLOWED = frozenset({"text", "-text", "text=auto", "eol=lf", "eol=crlf", "diff", "linguist-generated=false",
                      "-linguist-generated"})
_ALLOWED_NAMES = frozenset(item.lstrip("-").split("=")[0] for item in _ALLOWED)


def _allowed(attribute: str) -> bool:
    return attribute in _ALLOWED or (attribute.startswith("!") and len(attribute) > 1)


def _pattern_can_reach_zones(folder: PurePosixPath, pattern: str) -> bool:
    """Whether a pattern of the .gitattributes in `folder` can match a path under zones/ (erring on yes)."""
    if folder.parts[:1] == (ZONES,):
        return True  # every pattern there matches only paths under zones/
    if folder.parts:
        return False  # patterns match only below their own folder
    if pattern.startswith('"') or "\\" in pattern:
        return True  # quoted or escaped: not worth decoding to refuse less
    anchored = pattern.rstrip("/")
    if "/" not in anchored:
        return True  # a bare name matches at any depth
    first = anchored.lstrip("/").split("/")[0]
    # core.ignorecase (Windows, macOS) matches case-insensitively
    return "**" in first or fnmatchcase(ZONES, first.lower())


def hiding_lines(path: str, text: str) -> list[str]:
    """A Chinese reason for each line of the .gitattributes at `path` that may hide a change under zones/."""
    folder = PurePosixPath(path).parent
    folder = PurePosixPath() if str(folder) == "." else folder
    reasons: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[attr]"):
            name = (line.removeprefix("[attr]").split() or [""])[0]
            if name in _ALLOWED_NAMES or name == "binary":
                reasons.append(f"{path} 第 {number} 行“{line}”：重新定义了属性 {name}，"
                               "会改变实验区文件在审核中的显示方式。请删除这一行。")
            continue
        pattern, *attributes = line.split()
        refused = [attribute for attribute in attributes if not _allowed(attribute)]
        if refused and _pattern_can_reach_zones(folder, pattern):
            reasons.append(
                f"{path} 第 {number} 行“{line}”：{'、'.join(refused)} 会作用于 zones/ 下的文件，"
                "可能让审核人看不到改动（显示为二进制、折叠为生成文件）或让检出的内容与审核的不同。"
                "实验区文件夹里的改动必须原样显示：请删除这一行，或把模式限定在 zones/ 之外。")
    return reasons


def _tracked_attribute_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z", "--", ".gitattributes", "*/.gitattributes"],
                            capture_output=True, check=True)
    return [name for name in listed.stdout.decode("utf-8", "surrogateescape").split("\0") if name]


def main() -> int:
    reasons: list[str] = []
    for name in _tracked_attribute_files():
        with open(name, encoding="utf-8", errors="replace") as handle:
            reasons += hiding_lines(name, handle.read())
    for reason in reasons:
        print(f"::error file={reason.split(' ', 1)[0]}::{reason}")
    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main())
