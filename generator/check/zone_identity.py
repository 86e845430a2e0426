"""A zone's code, name, folder name and topics agree with the reference data."""

from __future__ import annotations

import re
import unicodedata
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


_AREA_CODE = re.compile(r"^[(（]?(0\d{3})[)）\- ]")
_UNIT_SUFFIX = re.compile(r"(朝鲜族自治州|满族自治县|蒙古族自治县|朝鲜族自治县|自治州|自治县|经济管理区|管委会|市|区|县|州)$")


def area_code(phone: str) -> str | None:
    """A landline's long-distance prefix as written, with full-width digits read as digits."""
    match = _AREA_CODE.match(unicodedata.normalize("NFKC", phone.strip()))
    return match.group(1) if match else None


def _stem(name: str) -> str:
    """南关区 → 南关, 前郭尔罗斯蒙古族自治县 → 前郭尔罗斯: what a unit's own name keeps in its short forms."""
    stem = _UNIT_SUFFIX.sub("", name)
    return stem if len(stem) >= 2 else name


def check_contact(zone: ZoneSource, reference: Reference) -> list[Problem]:
    """A zone.yml copied from another zone keeps that zone's contact: its unit's name and its area code."""
    unit = reference.units().get(zone.data.code)
    if unit is None:
        return []
    contact, path, lines = zone.data.contact, zone.zone_file, zone.lines
    problems = []
    written = area_code(contact.phone)
    expected = unit.prefecture.phone_area_codes
    if written is not None and expected and written not in expected:
        problems.append(rulebook.PHONE_AREA_CODE.at(path, lines.line_of(("contact", "phone")), "contact.phone",
                                                    written=written, prefecture=unit.prefecture.name,
                                                    expected=" 或 ".join(expected)))
    own = (_stem(unit.name), _stem(unit.prefecture.name))
    others = [other.name for other in reference.units().values()
              if other.code not in (unit.code, unit.prefecture.code) and len(other.name) >= 3
              and other.name in contact.unit and not any(other.name in name for name in (unit.name, unit.prefecture.name))]
    names_own = _stem(unit.name) in contact.unit or (unit.code == unit.prefecture.code and own[1] in contact.unit)
    if others and not names_own:
        problems.append(rulebook.CONTACT_UNIT_ELSEWHERE.at(path, lines.line_of(("contact", "unit")), "contact.unit",
                                                           unit=contact.unit, name=unit.full_name,
                                                           example=f"{unit.full_name}民政局"))
    return problems
