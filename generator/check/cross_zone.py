"""Checks across zones: one folder per unit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.zone_folders import ZoneSource


def check_unique_codes(zones: Sequence[ZoneSource]) -> list[Problem]:
    by_code: dict[str, list[ZoneSource]] = defaultdict(list)
    for zone in zones:
        by_code[zone.data.code].append(zone)
    problems = []
    for code, holders in by_code.items():
        if len(holders) < 2:
            continue
        for zone in holders:
            others = "、".join(other.id for other in holders if other is not zone)
            problems.append(rulebook.DUPLICATE_CODE.at(zone.zone_file, zone.lines.line_of(("code",)), "code",
                                                       code=code, others=others))
    return problems
