"""Where each page lives in the docs tree; MkDocs turns `zones/<id>/<stem>.md` into `/zones/<id>/<stem>/`."""

from __future__ import annotations

from generator.model import Report, Zone


def zone_page(zone: Zone) -> str:
    return f"zones/{zone.id}/index.md"


def report_page(report: Report) -> str:
    return f"zones/{report.zone_id}/{report.stem}.md"


def relative(target: str, origin: str) -> str:
    """A link from the page at `origin` to the page at `target`, both docs-tree paths."""
    origin_parts = origin.split("/")[:-1]
    target_parts = target.split("/")
    common = 0
    while common < min(len(origin_parts), len(target_parts) - 1) and \
            origin_parts[common] == target_parts[common]:
        common += 1
    return "/".join([".."] * (len(origin_parts) - common) + target_parts[common:])
