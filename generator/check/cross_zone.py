"""Checks across zones: one folder per unit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from generator.check.zone_identity import folder_owner
from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.reference import Unit
from generator.load.zone_folders import ZoneSource

SAME_UNIT_HINT = "同一单位只能有一个实验区文件夹；请合并或删除重复的文件夹"


def copied_zones(zones: Sequence[ZoneSource], units: Mapping[str, Unit]) -> dict[str, Unit]:
    """Zones whose code is another folder's: a zone.yml copied with its code unchanged, by zone id, with the unit
    its own folder names. The folder named by the code is the original and is not to blame."""
    by_code: dict[str, list[ZoneSource]] = defaultdict(list)
    for zone in zones:
        by_code[zone.data.code].append(zone)
    copies = {}
    for code, holders in by_code.items():
        if not any(folder_owner(zone.id, units) == code for zone in holders):
            continue
        for zone in holders:
            owner = folder_owner(zone.id, units)
            if owner is not None and owner != code:
                copies[zone.id] = units[owner]
    return copies


def check_unique_codes(zones: Sequence[ZoneSource], units: Mapping[str, Unit]) -> list[Problem]:
    by_code: dict[str, list[ZoneSource]] = defaultdict(list)
    for zone in zones:
        by_code[zone.data.code].append(zone)
    copies = copied_zones(zones, units)
    problems = []
    for code, holders in by_code.items():
        if len(holders) < 2:
            continue
        blamed = [zone for zone in holders if zone.id in copies] or holders
        for zone in blamed:
            others = "、".join(other.id for other in holders if other is not zone)
            own = copies.get(zone.id)
            how = (f"文件夹 {zone.id} 是{own.full_name}的：请把 code 改为 \"{own.code}\"、name 改为 {own.name}"
                   "（复制其他实验区的 zone.yml 后，代码、名称和联系方式都要改成本单位的）") if own else SAME_UNIT_HINT
            problems.append(rulebook.DUPLICATE_CODE.at(zone.zone_file, zone.lines.line_of(("code",)), "code",
                                                       code=code, others=others, how=how))
    return problems
