"""A copy of the built site that opens from disk, for reviewers who download the pull request's artifact.

The site links folders (`../zones/220102-nanguan/`), which a web server answers with their index.html
and a browser opening files does not. The copy links the index.html itself; nothing else changes.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from generator.site.built_pages import rewrite_pages

_LINK = re.compile(r"""(\s(?:href|src)=)(["'])([^"']*)\2""")
_OUTSIDE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/|#)")  # a scheme, the site root or this page


def _on_disk(target: str) -> str:
    if not target or _OUTSIDE.match(target):
        return target
    cut = min((index for index in (target.find("?"), target.find("#")) if index >= 0), default=len(target))
    path, rest = target[:cut], target[cut:]
    if path.rsplit("/", 1)[-1] in (".", ".."):
        path += "/"
    if path.endswith("/"):
        path += "index.html"
    return path + rest


def disk_links(html: str) -> str:
    return _LINK.sub(lambda found: f"{found[1]}{found[2]}{_on_disk(found[3])}{found[2]}", html)


TWIN_PATTERNS = ("*.gz", "*.br")


def make_preview(site: Path, out: Path) -> int:
    """Copy `site` to `out` with every folder link made a file link; the number of pages rewritten."""
    if out.exists():
        shutil.rmtree(out)
    # without the compressed twins: a browser opening files from disk never asks for them, and the pages they
    # were made from are rewritten here
    shutil.copytree(site, out, ignore=shutil.ignore_patterns(*TWIN_PATTERNS))
    return rewrite_pages(out, disk_links)
