"""Checks that need the reference data or span several files; each returns every problem it finds."""

from __future__ import annotations

from collections.abc import Sequence

from generator.loader import ZoneSource
from generator.problems import Problem
from generator.reference import Reference
from generator.rules.cross_zone import check_unique_codes
from generator.rules.milestones import check_milestones
from generator.rules.plan import check_plan
from generator.rules.reports import check_report
from generator.rules.zone_identity import check_zone_identity


def check_all(zones: Sequence[ZoneSource], reference: Reference) -> list[Problem]:
    problems = check_unique_codes(zones)
    for zone in zones:
        problems += check_zone_identity(zone, reference)
        problems += check_milestones(zone)
        for report in zone.reports:
            problems += check_report(report, zone)
            problems += check_plan(report)
    return problems
