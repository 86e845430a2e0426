"""A zone's code, name, folder name and topics agree with the reference data."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.check.topics import check_topic_ids
from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.reference import Reference
from generator.load.zone_folders import ZoneSource

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
        problems.append(rulebook.UNKNOWN_CODE.at(path, lines.line_of(("code",)), "code", code=data.code, guess=guess))
        return problems
    if data.name != unit.name:
        problems.append(rulebook.NAME_MISMATCH.at(path, lines.line_of(("name",)), "name", written=data.name,
                                                  code=unit.code, name=unit.name))
    if folder_owner(zone.id, units) != data.code:
        problems.append(rulebook.FOLDER_CODE.at(zone.folder, None, "code", folder=zone.id, code=data.code,
                                                suggested=unit.folder_name))
    elif zone.id != unit.folder_name:
        problems.append(rulebook.FOLDER_PINYIN.at(zone.folder, None, "code", folder=zone.id, name=unit.name,
                                                  suggested=unit.folder_name))
    return problems
