"""What one step over the site reports: the static site generator's run, or a pass over the built pages
(table labels, search index, link check)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PassResult:
    ok: bool
    output: str  # what the step printed, or why it failed, for the person running the build
