"""What the pages say of a zone's outcome indicators: each indicator's baseline → latest value against its target,
in words, with a symbol and a drawing, as the zone page, the indicator pages and the home page show them."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.indicators import IndicatorFigures, Progress
from generator.model.site import Site, Zone
from generator.render.figures import with_unit
from generator.render.indicator_charts import YearPoint, trend
from generator.render.views import urls

# The symbol beside each state's word (colour is never the only signal), and why there is no state.
SYMBOLS = {Progress.REACHED: "✓", Progress.ON_TRACK: "↗", Progress.BEHIND: "✗"}
NO_VALUE = ("no-data", "…", "尚无实际值")
NO_TARGET = ("no-target", "—", "未设目标")
NO_BASELINE = ("no-baseline", "?", "无基期值，暂不能判断进度")


def _state(figures: IndicatorFigures) -> tuple[str, str, str]:
    progress = figures.progress
    if progress is not None:
        return progress.key, SYMBOLS[progress], progress.label
    return NO_VALUE if figures.latest is None else NO_TARGET if figures.target is None else NO_BASELINE


def state_badge(figures: IndicatorFigures) -> str:
    key, symbol, label = _state(figures)
    return (f'<span class="outcome-state outcome-state--{key}"><span aria-hidden="true">{symbol}</span> '
            f"{label}</span>")


def _point(year: int, value: float) -> YearPoint:
    return YearPoint(year, value)


@dataclass(frozen=True)
class Outcome:
    """One indicator of one zone, as a page at `origin` shows it."""

    figures: IndicatorFigures
    # Directory URLs relative to the page at `origin` (raw HTML links: MkDocs rewrites only Markdown's)
    link: str | None  # the indicator's page; None for the zone's own indicator, which has none
    source_link: str | None  # the report the latest value comes from, when it is one of the zone's reports
    source_title: str  # that report's title, or the named survey or statistic

    @property
    def id(self) -> str:
        return self.figures.id

    @property
    def name(self) -> str:
        return self.figures.name

    @property
    def unit(self) -> str:
        return self.figures.unit

    @property
    def state(self) -> str:
        return _state(self.figures)[0]

    @property
    def badge(self) -> str:
        return state_badge(self.figures)

    @property
    def state_label(self) -> str:
        return _state(self.figures)[2]

    @property
    def baseline(self) -> YearPoint | None:
        base = self.figures.baseline
        return _point(base.year, base.value) if base else None

    @property
    def target(self) -> YearPoint | None:
        target = self.figures.target
        return _point(target.year, target.value) if target else None

    @property
    def latest(self) -> YearPoint | None:
        latest = self.figures.latest
        return _point(latest.year, latest.value) if latest else None

    @property
    def points(self) -> list[YearPoint]:
        """The baseline, then the yearly values (a value of the baseline's year replaces it)."""
        values = [_point(value.year, value.value) for value in self.figures.values]
        base = self.baseline
        return ([base] if base and base.year not in {p.year for p in values} else []) + values

    @property
    def survey(self) -> str:
        latest = self.figures.latest
        if latest is None or latest.survey is None:
            return ""
        return f"{latest.survey.by}，{latest.survey.method}，样本 {latest.survey.sample}"

    @property
    def note(self) -> str:
        latest = self.figures.latest
        return (latest.note or "") if latest else ""

    @property
    def words(self) -> str:
        """The figures in one line: under the indicator's name, and in the drawing's text alternative."""
        parts = []
        if self.baseline:
            parts.append(f"基期 {self.baseline.year} 年 {with_unit(self.baseline.value, self.unit)}")
        if self.latest:
            parts.append(f"最新 {self.latest.year} 年 {with_unit(self.latest.value, self.unit)}")
        text = " → ".join(parts) or "尚无数值"
        if self.target:
            text += f"；目标 {self.target.year} 年 {with_unit(self.target.value, self.unit)}"
        return text

    @property
    def chart(self) -> str:
        points = self.points
        return trend(points, self.target, f"{self.name}逐年数值：{self.words}；{self.state_label}",
                     baseline_first=bool(points) and points[0] == self.baseline)


def zone_outcomes(site: Site, zone: Zone, origin: str) -> list[Outcome]:
    """The zone's indicators as the page at `origin` shows them, the province's first."""
    known = site.indicator_index()
    reports = {report.source.path.name: report for report in zone.reports}
    found = []
    for figures in zone.indicators:
        latest = figures.latest
        source = (latest.source or "") if latest else ""
        report = reports.get(source)
        found.append(Outcome(
            figures, None if figures.own or figures.id not in known else urls.url_of(urls.indicator_page(figures.id), origin),
            urls.url_of(urls.report_page(report), origin) if report else None,
            report.front.title if report else source))
    return found
