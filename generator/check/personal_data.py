"""No resident ID number or private mobile number is published unless the report says it may be."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.zone_folders import ReportSource, ZoneSource

_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![\d-])(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def is_resident_id(text: str) -> bool:
    """GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character."""
    total = sum(int(digit) * weight for digit, weight in zip(text[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == text[17].upper()


def _mask(text: str) -> str:
    return text[:3] + "*" * (len(text) - 7) + text[-4:]


def find_personal_data(text: str) -> Iterator[str]:
    """What kind of personal data the text holds, masked, for the message."""
    for match in _ID_NUMBER.finditer(text):
        if is_resident_id(match.group(1)):
            yield f"身份证号 {_mask(match.group(1))}"
    for match in _MOBILE.finditer(text):
        yield f"手机号 {_mask(''.join(match.groups()))}"




def check_report_personal_data(report: ReportSource) -> list[Problem]:
    if report.front.allow_personal_data:
        return []
    problems = []
    for field in ("title", "summary"):
        for found in find_personal_data(getattr(report.front, field) or ""):
            problems.append(rulebook.PERSONAL_DATA.at(report.path, report.lines.line_of((field,)), field, found=found))
    for offset, line in enumerate(report.body.split("\n")):
        for found in find_personal_data(line):
            problems.append(rulebook.PERSONAL_DATA.at(report.path, report.body_line + offset, "正文", found=found))
    return problems


def check_zone_phone(zone: ZoneSource) -> list[Problem]:
    return [rulebook.MOBILE_AS_OFFICE_PHONE.at(zone.zone_file, zone.lines.line_of(("contact", "phone")), "contact.phone",
                                               found=found)
            for found in find_personal_data(zone.data.contact.phone)]
