"""Which reports the yearly 经验汇编 gathers, and in which order."""

from __future__ import annotations

from collections.abc import Iterable

from generator.contract.terms import EXPERIENCE_TYPE
from generator.model.site import Report, Site, Zone, typical_first


def compendium_years(site: Site) -> list[int]:
    """The years with at least one published experience report, newest first."""
    return sorted({report.front.date.year for report in site.reports if report.front.type == EXPERIENCE_TYPE}, reverse=True)


def chapter_order(site: Site, pairs: Iterable[tuple[Report, Zone]]) -> list[tuple[Report, Zone]]:
    """The order of the chapters: 典型案例 (typical cases) first, each part by prefecture in the divisions' order,
    then by date, zone and file."""
    prefectures = {prefecture.code: index for index, prefecture in enumerate(site.reference.divisions.prefectures)}
    return typical_first(sorted(pairs, key=lambda pair: (prefectures.get(pair[1].unit.prefecture.code, len(prefectures)),
                                           pair[0].front.date, pair[1].id, pair[0].stem)))


def experience_of_year(site: Site, year: int) -> list[tuple[Report, Zone]]:
    """The year's published experience reports with their zones, in the chapters' order."""
    return chapter_order(site, [(report, zone) for zone in site.zones for report in zone.reports
                                if report.front.type == EXPERIENCE_TYPE and report.front.date.year == year])
