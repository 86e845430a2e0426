"""A zone's outcome figures (indicators.yml) against the province's set, its period, its reports and the build date."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from generator.contract import rulebook
from generator.contract.indicators import (
    DIRECTIONS,
    INDICATOR_ID,
    IndicatorDefinition,
    Point,
    ZoneIndicator,
)
from generator.contract.problems import Problem, Severity
from generator.load.reference import Reference
from generator.load.yaml_source import KeyPath
from generator.load.zone_folders import IndicatorsSource, ZoneSource
from generator.model.duties import Duty, DutyKind, effective_end_of
from generator.model.indicators import own_definition

BASELINE_YEARS_BEFORE_START = 2
_OWN_FIELDS = {"name": "name（名称）", "unit": "unit（单位）", "direction": "direction（方向）",
               "definition": "definition（口径）"}
_WHAT = {"baseline": "基期值", "target": "目标值", "values": "实际值"}


@dataclass(frozen=True)
class _Place:
    """Where an indicator's entry is: its file, its key path and its lines."""

    source: IndicatorsSource
    path: KeyPath

    def line(self, *key: str | int) -> int | None:
        return self.source.lines.line_of((*self.path, *key))

    def field(self, *key: str | int) -> str:
        text = f"indicators[{self.path[1]}]"
        for part in key:
            text += f"[{part}]" if isinstance(part, int) else f".{part}"
        return text

    def problem(self, rule: rulebook.Rule, *key: str | int, severity: Severity | None = None,
                **details: object) -> Problem:
        return rule.at(self.source.path, self.line(*key), self.field(*key), severity=severity, **details)


def _guess(written: str, definitions: Mapping[str, IndicatorDefinition]) -> str:
    by_name = [key for key, known in definitions.items() if written and (written == known.name or written in known.name)]
    close = by_name[:1] or difflib.get_close_matches(written, list(definitions), n=1, cutoff=0.6)
    return f"是不是想写 {close[0]}（{definitions[close[0]].name}）？" if close else ""


def _definition(item: ZoneIndicator, place: _Place,
                definitions: Mapping[str, IndicatorDefinition]) -> tuple[IndicatorDefinition | None, list[Problem]]:
    """The definition the figures are checked against: the province's, or the zone's own when complete."""
    known = definitions.get(item.id)
    if known is not None:
        if item.unit is not None and item.unit != known.unit:
            return known, [place.problem(rulebook.INDICATOR_UNIT, "unit", written=item.unit, name=known.name,
                                         unit=known.unit)]
        return known, []
    written = {name: getattr(item, name) for name in _OWN_FIELDS}
    if not INDICATOR_ID.match(item.id) or all(value is None for value in written.values()):
        return None, [place.problem(rulebook.UNKNOWN_INDICATOR, "id", written=item.id,
                                    guess=_guess(item.id, definitions))]
    missing = [label for name, label in _OWN_FIELDS.items() if written[name] is None]
    if missing:
        return None, [place.problem(rulebook.OWN_INDICATOR_INCOMPLETE, "id", id=item.id, missing="、".join(missing))]
    return own_definition(item), []


# What a figure of each kind that cannot be below zero is called in a message.
_NEVER_NEGATIVE = {"count": "个数", "per_100_households": "每百户的数量", "money": "金额"}


def _range(definition: IndicatorDefinition, point: Point, place: _Place, *key: str | int) -> list[Problem]:
    value = f"{point.value:g}"
    if definition.kind == "percentage" and not 0 <= point.value <= 100:
        return [place.problem(rulebook.PERCENT_RANGE, *key, "value", name=definition.name, value=value)]
    if definition.kind in _NEVER_NEGATIVE and point.value < 0:
        return [place.problem(rulebook.NEGATIVE_COUNT, *key, "value", name=definition.name, value=value,
                              kind=_NEVER_NEGATIVE[definition.kind])]
    if definition.kind == "count" and not point.value.is_integer():
        return [place.problem(rulebook.FRACTIONAL_COUNT, *key, "value", name=definition.name, value=value)]
    return []


def _years(point: Point, what: str, span: tuple[int, int], today: date, place: _Place,
           *key: str | int) -> list[Problem]:
    if what != "target" and point.year > today.year:
        return [place.problem(rulebook.FUTURE_VALUE, *key, "year", year=point.year, what=_WHAT[what], today=today)]
    first, last = span
    if what == "baseline":
        first, last = first - BASELINE_YEARS_BEFORE_START, first
        how = f"基期值写实验开始当年或之前两年（{first} 到 {last} 年）的数值"
    else:
        how = f"{_WHAT[what]}写实验期内（{first} 到 {last} 年）的数值；实验期延长的，请先在 zone.yml 写 extended_to"
    if first <= point.year <= last:
        return []
    return [place.problem(rulebook.YEAR_OUTSIDE_PERIOD, *key, "year", what=_WHAT[what], year=point.year,
                          first=first, last=last, how=how)]


def _direction(definition: IndicatorDefinition, item: ZoneIndicator, place: _Place) -> list[Problem]:
    if item.baseline is None or item.target is None or item.target.value == item.baseline.value:
        return []
    higher = item.target.value > item.baseline.value
    if higher == (definition.direction == "higher"):
        return []
    return [place.problem(rulebook.TARGET_WRONG_WAY, "target", name=definition.name,
                          better=DIRECTIONS[definition.direction], target=f"{item.target.value:g}",
                          baseline=f"{item.baseline.value:g}", worse="高" if higher else "低")]


def _sources(zone: ZoneSource, item: ZoneIndicator, definition: IndicatorDefinition, place: _Place) -> list[Problem]:
    reports = {report.path.name for report in zone.reports if not report.front.draft}
    problems = []
    seen: dict[int, int | None] = {}
    for index, value in enumerate(item.values):
        if value.year in seen:
            problems.append(place.problem(rulebook.DUPLICATE_YEAR, "values", index, "year", year=value.year,
                                          first=seen[value.year]))
        seen.setdefault(value.year, place.line("values", index, "year"))
        if not value.source:
            problems.append(place.problem(rulebook.NO_SOURCE, "values", index, year=value.year))
        elif value.source.lower().endswith(".md") and value.source not in reports:
            close = difflib.get_close_matches(value.source, sorted(reports), n=1, cutoff=0.6)
            problems.append(place.problem(rulebook.SOURCE_REPORT_MISSING, "values", index, "source",
                                          source=value.source, guess=f"是不是想写 {close[0]}？" if close else ""))
        if definition.survey and value.survey is None:
            problems.append(place.problem(rulebook.SURVEY_MISSING, "values", index, name=definition.name,
                                          year=value.year))
    return problems


def _figures(zone: ZoneSource, item: ZoneIndicator, definition: IndicatorDefinition, place: _Place,
             span: tuple[int, int] | None, today: date) -> list[Problem]:
    points: list[tuple[str, Point, tuple[str | int, ...]]] = [
        (what, point, (what,)) for what, point in (("baseline", item.baseline), ("target", item.target))
        if point is not None]
    points += [("values", value, ("values", index)) for index, value in enumerate(item.values)]
    problems = []
    for what, point, key in points:
        problems += _range(definition, point, place, *key)
        if span is not None:
            problems += _years(point, what, span, today, place, *key)
    return problems + _direction(definition, item, place) + _sources(zone, item, definition, place)


def _period_years(zone: ZoneSource) -> tuple[int, int] | None:
    start = zone.data.milestones.start
    return None if start is None else (start.year, effective_end_of(start, zone.data.milestones).year)


def _required(zone: ZoneSource, reference: Reference, today: date, duties: Sequence[Duty]) -> list[Problem]:
    """Required indicators (satisfaction) from the first annual summary's due date on; an error once the final report is due."""
    summaries = [duty.due for duty in duties if duty.kind is DutyKind.ANNUAL_SUMMARY]
    if not summaries or min(summaries) >= today:
        return []
    final_due = any(duty.kind is DutyKind.FINAL_REPORT and duty.due < today for duty in duties)
    reported = ({item.id for item in zone.indicators.data.indicators if item.values}
                if zone.indicators is not None else set())
    since = f"第一份年度工作总结的期限是 {min(summaries)}"
    # with no indicators.yml yet, on zone.yml's start: a pull request shows a problem only on a file it has
    path, line = ((zone.indicators_file, None) if zone.indicators_file.is_file()
                  else (zone.zone_file, zone.lines.line_of(("milestones", "start"))))
    return [rulebook.REQUIRED_INDICATOR_MISSING.at(path, line, "indicators", id=indicator.id,
                                                   name=indicator.name, since=since,
                                                   severity=Severity.ERROR if final_due else None)
            for indicator in reference.indicators.indicators
            if indicator.required and not indicator.retired and indicator.id not in reported]


def check_indicators(zone: ZoneSource, reference: Reference, today: date, duties: Sequence[Duty]) -> list[Problem]:
    problems = _required(zone, reference, today, duties)
    source = zone.indicators
    if source is None:
        return problems
    definitions = reference.indicator_index()
    span = _period_years(zone)
    seen: dict[str, int | None] = {}
    for index, item in enumerate(source.data.indicators):
        place = _Place(source, ("indicators", index))
        if item.id in seen:
            problems.append(place.problem(rulebook.DUPLICATE_INDICATOR, "id", id=item.id, first=seen[item.id]))
            continue
        seen[item.id] = place.line("id")
        definition, found = _definition(item, place, definitions)
        problems += found
        if definition is not None:
            problems += _figures(zone, item, definition, place, span, today)
    return problems
