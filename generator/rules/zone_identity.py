"""A zone's code, name, folder name and topics agree with the reference data."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.loader import ZoneSource
from generator.problems import Problem
from generator.reference import Reference
from generator.rules.topics import check_topic_ids

_PINYIN = re.compile(r"[a-z0-9]+")


def folder_matches(code: str, folder_name: str) -> bool:
    """A zone folder is named by its code, optionally followed by `-<pinyin>`."""
    # No pattern per code: with hundreds of units, re's cache of 512 compiled patterns thrashed on every zone.
    rest = folder_name.removeprefix(code)
    return rest != folder_name and (rest == "" or (rest[0] == "-" and _PINYIN.fullmatch(rest[1:]) is not None))


def folder_owner(folder_name: str, codes: Iterable[str]) -> str | None:
    """The code a zone folder belongs to: the longest that names it (changbaishan-chibei, not changbaishan)."""
    return max((code for code in codes if folder_matches(code, folder_name)), key=len, default=None)


def check_zone_identity(zone: ZoneSource, reference: Reference) -> list[Problem]:
    data, path, lines = zone.data, zone.zone_file, zone.lines
    units = reference.units()
    unit = units.get(data.code)
    problems = check_topic_ids(data.topics, lines, path)
    if unit is None:
        named = [u for u in units.values() if u.name == data.name]
        guess = f"“{data.name}”的代码是 \"{named[0].code}\"。" if named else ""
        problems.append(Problem(path, lines.line_of(("code",)), "code", f"未知的行政区划代码“{data.code}”",
                                f"{guess}代码请查 content/reference/divisions.yml，并加英文引号"))
        return problems
    if data.name != unit.name:
        problems.append(Problem(path, lines.line_of(("name",)), "name",
                                f"名称“{data.name}”与代码 {unit.code} 不符，该代码是“{unit.name}”",
                                f"请写 name: {unit.name}，或改正 code"))
    if folder_owner(zone.id, units) != data.code:
        problems.append(Problem(zone.folder, None, "code",
                                f"文件夹名“{zone.id}”与代码“{data.code}”不符：文件夹名必须以代码开头",
                                f"请把文件夹改名为 {unit.folder_name}"))
    elif zone.id != unit.folder_name:
        problems.append(Problem(zone.folder, None, "code",
                                f"文件夹名“{zone.id}”的拼音与{unit.name}不符",
                                f"请把文件夹改名为 {unit.folder_name}（代码-拼音，拼音见 content/reference/divisions.yml）"))
    return problems
