"""Dates as officials write them: ISO dates are accepted, common local forms get a corrected suggestion."""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_LOCAL_FORMS = (
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$"),
    re.compile(r"^(\d{4})\s*[./。．、]\s*(\d{1,2})\s*[./。．、]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


class DateFormatError(ValueError):
    """A date in a form we do not accept; `suggestion` is the ISO form when it can be derived."""

    def __init__(self, written: str, suggestion: str | None, kind: str) -> None:
        super().__init__(f"{kind}: {written}")
        self.written = written
        self.suggestion = suggestion
        self.kind = kind  # local_form, no_such_day or not_a_date: which rule of generator/contract/rulebook.py explains it


def _build(written: str, year: str, month: str, day: str) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise DateFormatError(written, None, "no_such_day") from None


def parse_date(value: object) -> date:
    """Return the date, or raise DateFormatError explaining how to write it."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    written = str(value).strip()
    iso = _ISO.match(written)
    if iso:
        return _build(written, *iso.groups())
    for form in _LOCAL_FORMS:
        match = form.match(written)
        if match:
            corrected = _build(written, *match.groups())
            raise DateFormatError(written, corrected.isoformat(), "local_form")
    raise DateFormatError(written, None, "not_a_date")


def chinese_date(day: date | None) -> str:
    """2026年11月27日, as Chinese government pages write dates."""
    return f"{day.year}年{day.month}月{day.day}日" if day else ""
