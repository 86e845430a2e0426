"""Calendar arithmetic of the experiment period (notice 四(二): 实验周期为2年)."""

from __future__ import annotations

from datetime import date, timedelta

PERIOD_YEARS = 2


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def default_end(start: date) -> date:
    return add_years(start, PERIOD_YEARS) - timedelta(days=1)
