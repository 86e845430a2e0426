"""Check, after load and the reporting duties: rules that need the reference data, the build date or several files.

Each returns every problem it finds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from generator.check.cross_zone import check_unique_codes
from generator.check.drafts import check_report_draft, check_zone_placeholders
from generator.check.indicators import check_indicators
from generator.check.lifecycle import check_lifecycle
from generator.check.media import check_media_files, check_report_links
from generator.check.milestones import check_milestones
from generator.check.names import check_file_names
from generator.check.personal_data import check_zone_phone
from generator.check.plan import check_plan
from generator.check.reports import check_report
from generator.check.zone_identity import check_zone_identity
from generator.contract.problems import Problem
from generator.load.reference import Reference
from generator.load.zone_folders import ZoneSource

if TYPE_CHECKING:
    from generator.model.duties import Duty


def check_zone(zone: ZoneSource, reference: Reference, today: date, duties: Sequence[Duty]) -> list[Problem]:
    unit = reference.units().get(zone.data.code)
    prefecture_level = unit is not None and unit.code == unit.prefecture.code
    problems = (check_zone_identity(zone, reference) + check_milestones(zone) + check_zone_phone(zone)
                + check_zone_placeholders(zone) + check_media_files(zone) + check_file_names(zone)
                + check_lifecycle(zone, reference.settings, today, prefecture_level, duties)
                + check_indicators(zone, reference, today, duties))
    for report in zone.reports:
        problems += (check_report(report, zone, today) + check_plan(report) + check_report_draft(report, zone)
                     + check_report_links(report, zone))
    return problems


def check_all(zones: Sequence[ZoneSource], reference: Reference, today: date,
              duties: Mapping[str, Sequence[Duty]]) -> list[Problem]:
    problems = check_unique_codes(zones)
    for zone in zones:
        problems += check_zone(zone, reference, today, duties[zone.id])
    return problems
