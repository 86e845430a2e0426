"""Outcome indicators (实验成效) of a zone at the build date: its figures per indicator, and how they stand.

The API the pages read (all derived once, when the site is modelled):

- ``Site.indicators`` → ``tuple[IndicatorDefinition, ...]``: the province's set (content/reference/indicators.yml)
  in its order, retired ones included (``definition.retired``); ``Site.indicator_index()`` → ``dict[str, IndicatorDefinition]``.
- ``Site.reporting(indicator_id)`` → ``list[tuple[Zone, IndicatorFigures]]``: the zones that report an
  indicator, in the site's zone order.
- ``Zone.indicators`` → ``tuple[IndicatorFigures, ...]``: the zone's figures, the province's indicators first
  (in the set's order), then its own (in its file's order); empty when it has no indicators.yml.
  ``Zone.indicator(id)`` → ``IndicatorFigures | None``.
- ``IndicatorFigures``: ``definition`` (``IndicatorDefinition``: id, name, area, topics, unit, kind, direction,
  definition, method, usual_source, required, survey, reference, retired; an own indicator's is made from its
  zone's file), ``own: bool``, ``id``/``name``/``unit`` (shortcuts), ``baseline: Point | None`` and
  ``target: Point | None`` (``.year: int``, ``.value: float``), ``values: tuple[Measurement, ...]`` (oldest
  first; ``.year``, ``.value``, ``.source: str | None``, ``.survey: Survey | None`` with by/method/sample,
  ``.note: str | None``), ``latest: Measurement | None``, ``change: float | None`` (latest − baseline),
  ``improved: bool | None`` (the change goes the indicator's better way), ``progress: Progress | None``.
- ``Progress``: ``REACHED`` / ``ON_TRACK`` / ``BEHIND``, each with ``.key`` ("reached", "on-track", "behind")
  and ``.label`` (已达到目标 / 按计划推进 / 落后于计划). None when there is no target or nothing to compare.
- ``site.tables.indicators`` (model/tables.py): one row per figure, columns ``INDICATOR_COLUMNS``.

``contract/indicators.py`` holds the labels: ``INDICATOR_KINDS``, ``DIRECTIONS``, ``VALUE_KINDS``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from generator.contract.indicators import IndicatorDefinition, Measurement, Point, ZoneIndicator
from generator.load.zone_folders import IndicatorsSource


class Progress(Enum):
    REACHED = ("reached", "已达到目标")
    ON_TRACK = ("on-track", "按计划推进")
    BEHIND = ("behind", "落后于计划")

    @property
    def key(self) -> str:
        return self.value[0]

    @property
    def label(self) -> str:
        return self.value[1]


def at_least_as_good(value: float, than: float, direction: str) -> bool:
    return value >= than if direction == "higher" else value <= than


@dataclass(frozen=True)
class IndicatorFigures:
    definition: IndicatorDefinition
    own: bool
    baseline: Point | None
    target: Point | None
    values: tuple[Measurement, ...]  # oldest first

    @property
    def id(self) -> str:
        return self.definition.id

    @property
    def name(self) -> str:
        return self.definition.name

    @property
    def unit(self) -> str:
        return self.definition.unit

    @property
    def latest(self) -> Measurement | None:
        return self.values[-1] if self.values else None

    @property
    def change(self) -> float | None:
        """The latest value less the baseline."""
        if self.latest is None or self.baseline is None:
            return None
        return self.latest.value - self.baseline.value

    @property
    def improved(self) -> bool | None:
        change = self.change
        if change is None or change == 0:
            return None
        return (change > 0) == (self.definition.direction == "higher")

    @property
    def progress(self) -> Progress | None:
        """Against the target: reached; else on track when at least on the straight line from baseline to target."""
        latest, target, baseline = self.latest, self.target, self.baseline
        if latest is None or target is None:
            return None
        direction = self.definition.direction
        if at_least_as_good(latest.value, target.value, direction):
            return Progress.REACHED
        if latest.year >= target.year:
            return Progress.BEHIND
        if baseline is None or target.year <= baseline.year:
            return None
        share = min(max((latest.year - baseline.year) / (target.year - baseline.year), 0.0), 1.0)
        expected = baseline.value + (target.value - baseline.value) * share
        return Progress.ON_TRACK if at_least_as_good(latest.value, expected, direction) else Progress.BEHIND


def own_definition(item: ZoneIndicator) -> IndicatorDefinition:
    """A zone's own indicator as a definition (its checks make sure name, unit, direction and definition are there)."""
    return IndicatorDefinition(id=item.id, name=item.name or item.id, unit=item.unit or "", kind=item.kind or "number",
                               direction=item.direction or "higher", definition=item.definition or "（未说明）")


def zone_figures(source: IndicatorsSource | None,
                 definitions: Mapping[str, IndicatorDefinition]) -> tuple[IndicatorFigures, ...]:
    if source is None:
        return ()
    figures = []
    for item in source.data.indicators:
        known = definitions.get(item.id)
        figures.append(IndicatorFigures(known or own_definition(item), known is None, item.baseline, item.target,
                                        tuple(sorted(item.values, key=lambda value: value.year))))
    order = {key: index for index, key in enumerate(definitions)}
    return tuple(sorted(figures, key=lambda figure: (figure.own, order.get(figure.id, 0))))

