"""No resident ID number or private mobile number is published unless the report says it may be."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.loader import ReportSource, ZoneSource
from generator.problems import Problem

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


HINT = ("请删去个人的身份证号和手机号，联系方式请写单位办公电话；确需公开的，"
        "经审核同意后在信息块中加一行 allow_personal_data: true")


def check_report_personal_data(report: ReportSource) -> list[Problem]:
    if report.front.allow_personal_data:
        return []
    problems = []
    for field in ("title", "summary"):
        for found in find_personal_data(getattr(report.front, field) or ""):
            problems.append(Problem(report.path, report.lines.line_of((field,)), field, f"含有{found}", HINT))
    for offset, line in enumerate(report.body.split("\n")):
        for found in find_personal_data(line):
            problems.append(Problem(report.path, report.body_line + offset, "正文", f"含有{found}", HINT))
    return problems


def check_zone_phone(zone: ZoneSource) -> list[Problem]:
    return [Problem(zone.zone_file, zone.lines.line_of(("contact", "phone")), "contact.phone",
                    f"联系电话是{found}，不是办公电话", "请填写带区号的单位办公座机，如 0431-88888888")
            for found in find_personal_data(zone.data.contact.phone)]
