"""The published zones, their reports and their topics as pandas tables, built once per build.

Every count the pages show (by status, prefecture, batch, topic) and every open-data table is derived
from these. A zone's row holds every field of its zone.yml that is a value (milestones spread into
columns), so a new field of the contract reaches the tables, and the open data, without an edit here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd
from pydantic import BaseModel

from generator.contract.files import Milestones, ZoneFile
from generator.contract.indicators import VALUE_KINDS
from generator.model.status import Status

if TYPE_CHECKING:
    from generator.model.site import Zone

# Columns the model adds to the contract's own: who the zone is, what it has become, what it published.
DERIVED_ZONE_COLUMNS = ("id", "full_name", "prefecture", "prefecture_name", "status", "status_label",
                        "effective_end", "reports")
ZONE_FILE_VALUES = tuple(name for name, info in ZoneFile.model_fields.items()
                         if not (isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel)))
MILESTONE_COLUMNS = tuple(Milestones.model_fields)
REPORT_COLUMNS = ("zone_id", "zone_code", "zone", "prefecture", "type", "type_label", "title", "date", "year",
                  "topics", "summary", "typical_case_year", "typical_case_reason", "stem")

INDICATOR_COLUMNS = ("zone_id", "zone_code", "zone", "prefecture", "prefecture_name", "indicator", "indicator_name",
                     "unit", "own", "year", "value", "value_kind", "value_kind_label", "source", "survey_by",
                     "survey_method", "survey_sample", "note")


@dataclass(frozen=True)
class SiteTables:
    zones: pd.DataFrame  # one row per published zone, in the site's order
    reports: pd.DataFrame  # one row per published report: zone by zone in that order, each zone's newest first
    topics: pd.DataFrame  # one row per (zone, topic it chose)
    # one row per figure a zone reports: zone by zone, indicator by indicator (Zone.indicators' order), the
    # baseline, then the target, then each year's actual value; value_kind is a key of VALUE_KINDS
    indicators: pd.DataFrame


def _zone_row(zone: Zone) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(zone.data, name) for name in ZONE_FILE_VALUES}
    row.update({name: getattr(zone.data.milestones, name) for name in MILESTONE_COLUMNS})
    row.update(name=zone.unit.name, start=zone.start, end=zone.end,  # the period as derived: end has its default
               id=zone.id, full_name=zone.unit.full_name, prefecture=zone.unit.prefecture.code,
               prefecture_name=zone.unit.prefecture.name, status=zone.status.key, status_label=zone.status.label,
               effective_end=zone.effective_end, reports=len(zone.reports))
    return row


def _report_rows(zone: Zone) -> list[dict[str, Any]]:
    return [{"zone_id": zone.id, "zone_code": zone.data.code, "zone": zone.unit.full_name,
             "prefecture": zone.unit.prefecture.code, "type": report.front.type, "type_label": report.type_label,
             "title": report.front.title, "date": report.front.date, "year": report.front.year,
             "topics": report.front.topics, "summary": report.front.summary,
             "typical_case_year": report.typical_case.year if report.typical_case else None,
             "typical_case_reason": report.typical_case.reason if report.typical_case else "", "stem": report.stem}
            for report in zone.reports]


def _indicator_rows(zone: Zone) -> list[dict[str, Any]]:
    rows = []
    for figures in zone.indicators:
        common = {"zone_id": zone.id, "zone_code": zone.data.code, "zone": zone.unit.full_name,
                  "prefecture": zone.unit.prefecture.code, "prefecture_name": zone.unit.prefecture.name,
                  "indicator": figures.id, "indicator_name": figures.name, "unit": figures.unit, "own": figures.own}
        empty = {"source": "", "survey_by": "", "survey_method": "", "survey_sample": None, "note": ""}
        for kind, point in (("baseline", figures.baseline), ("target", figures.target)):
            if point is not None:
                rows.append({**common, "year": point.year, "value": point.value, "value_kind": kind,
                             "value_kind_label": VALUE_KINDS[kind], **empty})
        for value in figures.values:
            survey = value.survey
            rows.append({**common, "year": value.year, "value": value.value, "value_kind": "actual",
                         "value_kind_label": VALUE_KINDS["actual"], "source": value.source or "",
                         "survey_by": survey.by if survey else "", "survey_method": survey.method if survey else "",
                         "survey_sample": survey.sample if survey else None, "note": value.note or ""})
    return rows


def _frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    # object columns keep values as the model has them: no year becomes 2021.0, no missing date NaN
    return pd.DataFrame(rows, columns=list(columns), dtype=object)


def site_tables(zones: Sequence[Zone]) -> SiteTables:
    zone_columns = (*ZONE_FILE_VALUES, *MILESTONE_COLUMNS, *DERIVED_ZONE_COLUMNS)
    return SiteTables(
        zones=_frame([_zone_row(zone) for zone in zones], zone_columns),
        reports=_frame([row for zone in zones for row in _report_rows(zone)], REPORT_COLUMNS),
        topics=_frame([{"id": zone.id, "topic": topic} for zone in zones for topic in zone.data.topics], ("id", "topic")),
        indicators=_frame([row for zone in zones for row in _indicator_rows(zone)], INDICATOR_COLUMNS),
    )


def count_by(frame: pd.DataFrame, column: str) -> dict[str, int]:
    if frame.empty:
        return {}
    counts = frame.groupby(column).size()
    return {str(key): int(value) for key, value in counts.items()}


def status_counts(frame: pd.DataFrame) -> list[tuple[Status, int]]:
    """Every status in its fixed order, with its count (zero included, so tables keep their shape)."""
    counts = count_by(frame, "status")
    return [(status, counts.get(status.key, 0)) for status in Status]


def batch_counts(frame: pd.DataFrame) -> list[tuple[int, int]]:
    counts = count_by(frame, "batch")
    return sorted(((int(batch), count) for batch, count in counts.items()), reverse=True)
