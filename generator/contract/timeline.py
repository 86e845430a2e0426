"""Calendar arithmetic of the experiment period (notice 四(二): 实验周期为2年)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

PERIOD_YEARS = 2


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def default_end(start: date) -> date:
    return add_years(start, PERIOD_YEARS) - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_day(year: int, written: str) -> date:
    """`written` is "MM-DD" from the settings (checked there); 02-29 falls back to 02-28 in common years."""
    month, day = (int(part) for part in written.split("-"))
    if (month, day) == (2, 29) and not calendar.isleap(year):
        day = 28
    return date(year, month, day)
