"""Outcome indicators drawn at build time: SVG shapes inside HTML rows, readable without plotly.js.

Every label is HTML text beside the drawing, never SVG text inside it, so labels wrap on a phone, grow with
the site's 字号 control and cannot collide; the drawings carry only marks, on one scale per chart, and
each has its text alternative in words (role="img" with a label, and the same figures in the row's text).
Colours come from classes of the stylesheet (high contrast turns them black); the state of a value is also
a word and a symbol, so colour is never the only signal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape, unescape

from generator.render.figures import number

WIDTH, HEIGHT = 200.0, 24.0
PAD = 8.0  # room for a mark's radius at either end of the scale
TREND_WIDTH, TREND_HEIGHT = 160.0, 48.0


def _text(value: object) -> str:
    return escape(str(value), quote=True)


@dataclass(frozen=True)
class Scale:
    low: float
    high: float
    left: float = PAD
    right: float = WIDTH - PAD

    @classmethod
    def around(cls, values: Sequence[float], left: float = PAD, right: float = WIDTH - PAD) -> Scale:
        low, high = min(values, default=0.0), max(values, default=1.0)
        if low == high:
            low, high = low - 1, high + 1
        margin = (high - low) * 0.05
        return cls(low - margin, high + margin, left, right)

    def x(self, value: float) -> float:
        return self.left + (self.right - self.left) * (value - self.low) / (self.high - self.low)


@dataclass(frozen=True)
class DumbbellRow:
    label: str  # HTML already escaped (it may be a link)
    start: float | None  # the baseline
    end: float | None  # the latest value
    target: float | None
    words: str  # the row's figures in words, escaped HTML (the text alternative of its marks)
    state: str = ""  # a state key for the row's class (reached, on-track, behind …)
    prefecture: str = ""  # the zone's prefecture code and id, for the prefecture filter of the page
    zone: str = ""


def _dumbbell_marks(row: DumbbellRow, scale: Scale, reference: float | None) -> str:
    marks = []
    if reference is not None:
        x = scale.x(reference)
        marks.append(f'<line class="dumbbell__reference" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{HEIGHT:.0f}"/>')
    middle = HEIGHT / 2
    if row.start is not None and row.end is not None:
        marks.append(f'<line class="dumbbell__change" x1="{scale.x(row.start):.1f}" y1="{middle:.0f}" '
                     f'x2="{scale.x(row.end):.1f}" y2="{middle:.0f}"/>')
    if row.target is not None:
        x = scale.x(row.target)
        marks.append(f'<path class="dumbbell__target" d="M{x:.1f} {middle - 7:.0f}l7 7l-7 7l-7 -7z"/>')
    if row.start is not None:
        marks.append(f'<circle class="dumbbell__start" cx="{scale.x(row.start):.1f}" cy="{middle:.0f}" r="5"/>')
    if row.end is not None:
        marks.append(f'<circle class="dumbbell__end" cx="{scale.x(row.end):.1f}" cy="{middle:.0f}" r="6"/>')
    return "".join(marks)


def key(shape: str) -> str:
    """A legend's sample of a mark, drawn as the chart draws it."""
    return f'<svg class="dumbbell__key" viewBox="0 0 20 20" aria-hidden="true" focusable="false">{shape}</svg>'


LEGEND = {
    "start": key('<circle class="dumbbell__start" cx="10" cy="10" r="5"/>') + "基期值",
    "end": key('<circle class="dumbbell__end" cx="10" cy="10" r="6"/>') + "最新实际值",
    "target": key('<path class="dumbbell__target" d="M10 3l7 7l-7 7l-7 -7z"/>') + "目标值",
    "reference": key('<line class="dumbbell__reference" x1="10" y1="0" x2="10" y2="20"/>') + "参考线",
}


def dumbbell(title: str, rows: Sequence[DumbbellRow], unit: str, reference: tuple[float, str] | None = None,
             span: Sequence[float] = ()) -> str:
    """Rows of baseline → latest against the target, on one scale that also covers `span` (so that two charts can
    share it); each row's label and figures are HTML text."""
    if not rows:
        return ""
    values = [v for row in rows for v in (row.start, row.end, row.target) if v is not None] + list(span)
    if reference is not None:
        values.append(reference[0])
    scale = Scale.around(values)
    line = reference[0] if reference else None
    items = []
    for row in rows:
        state = f" dumbbell__row--{row.state}" if row.state else ""
        filter_keys = (f' data-prefecture="{_text(row.prefecture)}" data-zone="{_text(row.zone)}"'
                       if row.prefecture else "")
        items.append(
            f'<li class="dumbbell__row{state}"{filter_keys}><span class="dumbbell__label">{row.label}</span>'
            f'<svg class="dumbbell__chart" viewBox="0 0 {WIDTH:.0f} {HEIGHT:.0f}" role="img" '
            f'aria-label="{_text(_strip_tags(row.words))}" focusable="false">{_dumbbell_marks(row, scale, line)}</svg>'
            f'<span class="dumbbell__words">{row.words}</span></li>')
    legend = [LEGEND["start"], LEGEND["end"]]
    if any(row.target is not None for row in rows):
        legend.append(LEGEND["target"])
    if reference is not None:
        legend.append(f"{LEGEND['reference']}：{_text(reference[1])}")
    scale_words = f"横轴从 {number(scale.low)} 到 {number(scale.high)}{_text(unit)}"
    return (f'<figure class="dumbbell"><figcaption class="dumbbell__title"><strong>{_text(title)}</strong>'
            f"（{scale_words}）</figcaption>\n"
            '<ul class="dumbbell__legend">' + "".join(f"<li>{item}</li>" for item in legend) + "</ul>\n"
            '<ol class="dumbbell__rows">\n' + "\n".join(items) + "\n</ol></figure>\n")


def _strip_tags(html_text: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html_text))


@dataclass(frozen=True)
class YearPoint:
    year: int
    value: float


def trend(points: Sequence[YearPoint], target: YearPoint | None, words: str, baseline_first: bool = False) -> str:
    """Yearly values as a small line (the first hollow when it is the baseline), the target as a diamond."""
    if not points:
        return ""
    years = [p.year for p in points] + ([target.year] if target else [])
    values = [p.value for p in points] + ([target.value] if target else [])
    first, last = min(years), max(years)
    x = Scale(first - 0.3 if first != last else first - 1, last + 0.3 if first != last else last + 1, 6, TREND_WIDTH - 6)
    y = Scale.around(values, TREND_HEIGHT - 6, 6)  # upward: higher values nearer the top
    marks = []
    if target is not None:
        ty = y.x(target.value)
        marks.append(f'<line class="trend__target-line" x1="6" y1="{ty:.1f}" x2="{TREND_WIDTH - 6:.0f}" y2="{ty:.1f}"/>')
        marks.append(f'<path class="trend__target" d="M{x.x(target.year):.1f} {ty - 6:.1f}l6 6l-6 6l-6 -6z"/>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{x.x(p.year):.1f} {y.x(p.value):.1f}" for i, p in enumerate(points))
    marks.append(f'<path class="trend__line" d="{path}"/>')
    for index, point in enumerate(points):
        kind = "trend__start" if index == 0 and baseline_first else "trend__point"
        marks.append(f'<circle class="{kind}" cx="{x.x(point.year):.1f}" cy="{y.x(point.value):.1f}" r="4"/>')
    return (f'<svg class="trend" viewBox="0 0 {TREND_WIDTH:.0f} {TREND_HEIGHT:.0f}" role="img" '
            f'aria-label="{_text(words)}" focusable="false">{"".join(marks)}</svg>')
