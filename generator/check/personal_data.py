"""No resident ID number or private mobile number is published unless the report says it may be, and then
the province is asked.

Bodies are checked on both what the official typed (each line, for an exact line number) and what a reader
sees (the sanitised page text), so that entities, tags, emphasis, escapes or full-width digits cannot hide a
number the page shows whole.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.check.folding import fold
from generator.check.residents import Resident, find_residents, source_offset
from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.zone_folders import ReportSource, ZoneSource

_SEPARATOR = "[ -]?"  # one space or hyphen between any two digits, as people group numbers
_ID_NUMBER = re.compile(rf"(?<![0-9A-Za-z])(?<![0-9][ -])([0-9](?:{_SEPARATOR}[0-9]){{16}}{_SEPARATOR}[0-9Xx])"
                        r"(?![0-9A-Za-z])(?![ -][0-9])")
_MOBILE = re.compile(rf"(?<![0-9-])(?<![0-9] )(1{_SEPARATOR}[3-9](?:{_SEPARATOR}[0-9]){{9}})(?![0-9])(?![ -][0-9])")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_TAG = re.compile(r"<[^>]*>")
_NOT_NUMBER = re.compile(r"[^0-9X]")


def is_resident_id(text: str) -> bool:
    """GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character."""
    total = sum(int(digit) * weight for digit, weight in zip(text[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == text[17].upper()


@dataclass(frozen=True)
class Finding:
    kind: str  # 身份证号 or 手机号
    number: str  # its digits, without separators

    def __str__(self) -> str:
        masked = self.number[:3] + "*" * (len(self.number) - 7) + self.number[-4:]
        return f"{self.kind} {masked}"


def _findings(text: str) -> Iterator[Finding]:
    folded = fold(text)
    for match in _ID_NUMBER.finditer(folded):
        number = _NOT_NUMBER.sub("", match.group(1).upper())
        if is_resident_id(number):
            yield Finding("身份证号", number)
    for match in _MOBILE.finditer(folded):
        yield Finding("手机号", _NOT_NUMBER.sub("", match.group(1)))


def find_personal_data(text: str) -> Iterator[str]:
    """What kind of personal data the text holds, masked, for the message."""
    return (str(finding) for finding in _findings(text))


def _numbers_of(source: str) -> str:
    return _NOT_NUMBER.sub("", fold(_TAG.sub("", html.unescape(source))).upper())


def _source_offset(body: str, number: str) -> int:
    """The body line (offset) where a number the page shows was typed: the line holding all its digits, else the
    first line of the paragraph that does (a number split over lines by tags), else the body's first line."""
    lines = body.split("\n")
    for offset, line in enumerate(lines):
        if number in _numbers_of(line):
            return offset
    start = 0
    for offset, line in enumerate([*lines, ""]):
        if not line.strip():
            if number in _numbers_of("\n".join(lines[start:offset])):
                return start
            start = offset + 1
    return 0


def _report_findings(report: ReportSource, shown_text: str | None) -> list[tuple[int | None, str, Finding]]:
    """(line, field, finding) for each number in the title, the summary and the body, typed or shown."""
    found: list[tuple[int | None, str, Finding]] = []
    for field in ("title", "summary"):
        found += [(report.lines.line_of((field,)), field, finding)
                  for finding in _findings(html.unescape(getattr(report.front, field) or ""))]
    typed: set[str] = set()
    for offset, line in enumerate(report.body.split("\n")):
        for finding in _findings(line):
            typed.add(finding.number)
            found.append((report.body_line + offset, "正文", finding))
    for finding in _findings(shown_text or ""):
        if finding.number not in typed:
            typed.add(finding.number)
            found.append((report.body_line + _source_offset(report.body, finding.number), "正文", finding))
    return found


def _report_residents(report: ReportSource, shown_text: str | None) -> list[tuple[int | None, str, Resident]]:
    """(line, field, resident) for each identifiable resident in the title, the summary and the body as shown."""
    found: list[tuple[int | None, str, Resident]] = []
    for field in ("title", "summary"):
        found += [(report.lines.line_of((field,)), field, resident)
                  for resident in find_residents(html.unescape(getattr(report.front, field) or ""))]
    seen: set[str] = set()
    for resident in find_residents(shown_text or ""):
        if resident.described not in seen:
            seen.add(resident.described)
            found.append((report.body_line + source_offset(report.body, resident), "正文", resident))
    return found


def check_report_personal_data(report: ReportSource, shown_text: str | None = None) -> list[Problem]:
    """Personal data in a report; `shown_text` is its body as the page shows it (see render/body/reader_text.py).

    A report that allows personal data gets one warning that names what it publishes, so that the reviewers'
    summary asks the province for consent.
    """
    found = _report_findings(report, shown_text)
    residents = _report_residents(report, shown_text)
    if report.front.allow_personal_data:
        named = "、".join(dict.fromkeys([*(str(finding) for _, _, finding in found),
                                         *(str(resident) for _, _, resident in residents)])) or "没有发现身份证号或手机号"
        return [rulebook.PERSONAL_DATA_ALLOWED.at(report.path, report.lines.line_of(("allow_personal_data",)),
                                                  "allow_personal_data", found=named)]
    return ([rulebook.PERSONAL_DATA.at(report.path, line, field, found=str(finding)) for line, field, finding in found]
            + [rulebook.RESIDENT_PRIVACY.at(report.path, line, field, found=str(resident))
               for line, field, resident in residents])


def check_reports_personal_data(reports: Iterable[ReportSource], shown_texts: Mapping[Path, str]) -> list[Problem]:
    """Every report's personal data, its body read as the page shows it where it could be rendered."""
    return [problem for report in reports for problem in check_report_personal_data(report, shown_texts.get(report.path))]


_QQ_NUMBER = re.compile(r"^[0-9]{5,11}$")


def check_zone_phone(zone: ZoneSource) -> list[Problem]:
    """The zone's phones are offices' (its contact and its 新闻联系人), and so is the press mailbox."""
    phones = [(("contact", "phone"), zone.data.contact.phone)]
    press = zone.data.press
    if press is not None:
        phones.append((("press", "phone"), press.phone))
    problems = [rulebook.MOBILE_AS_OFFICE_PHONE.at(zone.zone_file, zone.lines.line_of(key), ".".join(key), found=found)
                for key, phone in phones for found in find_personal_data(phone)]
    if press is not None:
        user = press.email.split("@", 1)[0]
        what = "手机号" if any(find_personal_data(user)) else "QQ 号" if _QQ_NUMBER.match(user) else ""
        if what:
            problems.append(rulebook.PERSONAL_EMAIL.at(zone.zone_file, zone.lines.line_of(("press", "email")),
                                                       "press.email", written=press.email, what=what))
    return problems
