"""Checks that need the reference data, the build date or several files; each returns every problem it finds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from generator.loader import ZoneSource
from generator.problems import Problem
from generator.reference import Reference
from generator.rules.cross_zone import check_unique_codes
from generator.rules.drafts import check_report_draft, check_zone_placeholders
from generator.rules.lifecycle import check_lifecycle
from generator.rules.media import check_media_files, check_report_links
from generator.rules.milestones import check_milestones
from generator.rules.names import check_file_names
from generator.rules.personal_data import check_report_personal_data, check_zone_phone
from generator.rules.plan import check_plan
from generator.rules.reports import check_report
from generator.rules.zone_identity import check_zone_identity


def check_zone(zone: ZoneSource, reference: Reference, today: date) -> list[Problem]:
    unit = reference.units().get(zone.data.code)
    prefecture_level = unit is not None and unit.code == unit.prefecture.code
    problems = (check_zone_identity(zone, reference) + check_milestones(zone) + check_zone_phone(zone)
                + check_zone_placeholders(zone) + check_media_files(zone) + check_file_names(zone)
                + check_lifecycle(zone, reference.settings, today, prefecture_level))
    for report in zone.reports:
        problems += (check_report(report, zone, today) + check_plan(report) + check_report_draft(report, zone)
                     + check_report_personal_data(report) + check_report_links(report, zone))
    return problems


def check_all(zones: Sequence[ZoneSource], reference: Reference, today: date) -> list[Problem]:
    problems = check_unique_codes(zones)
    for zone in zones:
        problems += check_zone(zone, reference, today)
    return problems
