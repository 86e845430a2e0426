"""Passes over the pages of a built site, run after the static site generator (so it can be replaced)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def rewrite_pages(site: Path, transform: Callable[[str], str]) -> int:
    """Apply `transform` to every HTML page under `site`, writing only the pages it changes; their number."""
    changed = 0
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        result = transform(text)
        if result != text:
            page.write_text(result, encoding="utf-8")
            changed += 1
    return changed
