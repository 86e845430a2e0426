"""Checks across zones: one folder per unit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from generator import rulebook
from generator.loader import ZoneSource
from generator.problems import Problem


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
