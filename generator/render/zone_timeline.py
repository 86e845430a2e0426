"""A zone's timeline as inline SVG with an HTML legend: readable on a phone and in print, without plotly.js.

The SVG draws the experiment period (and its extension), the milestones, the reports and the build date
on one axis of years. Every milestone and report is numbered in date order; marks whose numbers would
touch go to rows of their own, and a number never crosses the build-date line. The legend under the
drawing names the kinds of mark, and a list names each number with its date in text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from generator.contract.dates import chinese_date
from generator.model.site import Zone
from generator.render.charts import STATUS_COLORS

WIDTH = 600.0
LEFT, RIGHT = 8.0, 592.0
PERIOD_Y, FIRST_ROW, ROW = 22.0, 68.0, 32.0  # the rows of numbered marks start under the period's bar
YEAR_FONT = 24.0  # 14 CSS pixels where the figure is 343 px wide (a 375 px phone)
MARK = 9.0  # half the width of a mark
NUMBER_FONT = 24.0  # the marks' numbers, as large as the years; a digit is about 0.6 of that wide
GAP = 6.0
PAD = timedelta(days=60)


def _text(value: object) -> str:
    return escape(str(value), quote=True)


def _time(day: date) -> str:
    return f'<time datetime="{day.isoformat()}">{chinese_date(day)}</time>'


def _key(shape: str) -> str:
    """The legend's sample of a mark, drawn as the chart draws it (SVG attributes: no style attribute)."""
    return (f'<svg class="zone-timeline__key" viewBox="0 0 20 20" aria-hidden="true" focusable="false">{shape}</svg>')


class _Axis:
    def __init__(self, first: date, last: date) -> None:
        self.first, self.last = first - PAD, last + PAD
        self.days = max((self.last - self.first).days, 1)

    def x(self, day: date) -> float:
        return LEFT + (RIGHT - LEFT) * (day - self.first).days / self.days


def _years(axis: _Axis, axis_y: float) -> str:
    years = list(range(axis.first.year + 1, axis.last.year + 1))
    every = 1
    while years and len(years[::every]) * YEAR_FONT * 2.6 > RIGHT - LEFT:  # "2020" and a gap
        every += 1
    marks = []
    for year in years:
        x = axis.x(date(year, 1, 1))
        marks.append(f'<line class="zone-timeline__tick" x1="{x:.1f}" y1="{PERIOD_Y - 6:.0f}" x2="{x:.1f}" y2="{axis_y:.0f}"/>')
        if (year - years[0]) % every == 0 and x + YEAR_FONT * 2.2 < RIGHT:
            marks.append(f'<text class="zone-timeline__year" x="{x + 4:.1f}" y="{axis_y + YEAR_FONT:.0f}">{year}</text>')
    return "".join(marks)


@dataclass(frozen=True)
class _Mark:
    day: date
    milestone: bool
    text: str  # what the number stands for, in the list and the tooltip


@dataclass(frozen=True)
class _Placed:
    number: int
    mark: _Mark
    x: float
    row: int
    label_x: float  # where the number's text starts (text-anchor start) or ends (end)
    anchor: str


def _marks(zone: Zone) -> list[_Mark]:
    milestones = [_Mark(day, True, f"{label}（工作节点）") for label, day, _ in zone.milestone_events()]
    reports = [_Mark(r.front.date, False, f"{r.type_label}：{r.front.title}") for r in zone.reports]
    return sorted(milestones + reports, key=lambda mark: (mark.day, not mark.milestone))


def _place(marks: list[_Mark], axis: _Axis, today_x: float) -> list[_Placed]:
    """Each mark with its number beside it, in the first row where neither touches what is already there.

    The number goes right of its mark, or left where it would cross the build-date line."""
    rows: list[list[tuple[float, float]]] = []
    placed = []
    for number, mark in enumerate(marks, start=1):
        x = axis.x(mark.day)
        width = NUMBER_FONT * 0.6 * len(str(number))
        anchor, label_x = "start", x + MARK + 3
        if label_x - 2 <= today_x <= label_x + width + 2 or label_x + width > RIGHT:
            anchor, label_x = "end", x - MARK - 3
        span = (x - MARK, label_x + width) if anchor == "start" else (label_x - width, x + MARK)
        row = next((index for index, taken in enumerate(rows)
                    if all(span[1] + GAP <= left or right + GAP <= span[0] for left, right in taken)), len(rows))
        if row == len(rows):
            rows.append([])
        rows[row].append(span)
        placed.append(_Placed(number, mark, x, row, label_x, anchor))
    return placed


def _drawn(mark: _Placed) -> str:
    y = FIRST_ROW + ROW * mark.row
    title = f"<title>{mark.number}. {_text(mark.mark.text)}（{chinese_date(mark.mark.day)}）</title>"
    if mark.mark.milestone:
        shape = f'<path class="zone-timeline__milestone" d="M{mark.x:.1f} {y - MARK:.0f}l9 9l-9 9l-9 -9z">{title}</path>'
    else:
        shape = f'<circle class="zone-timeline__report" cx="{mark.x:.1f}" cy="{y:.0f}" r="7">{title}</circle>'
    return (shape + f'<text class="zone-timeline__number" x="{mark.label_x:.1f}" y="{y + NUMBER_FONT * 0.35:.1f}" '
            f'text-anchor="{mark.anchor}">{mark.number}</text>')


def _numbers(placed: list[_Placed]) -> str:
    """What each number of the drawing stands for, folded: the page lists the same milestones and reports."""
    if not placed:
        return ""
    items = "".join(f'<li value="{mark.number}">{_text(mark.mark.text)}，{_time(mark.mark.day)}</li>' for mark in placed)
    return (f'<details class="zone-timeline__numbers"><summary>图中编号（{len(placed)} 项）</summary>'
            f"<ol>{items}</ol></details>\n")


def zone_timeline(zone: Zone, today: date) -> str:
    extended = zone.data.milestones.extended_to
    milestones = zone.milestone_events()
    reports = zone.reports
    dates = [zone.start, extended or zone.end, today, *(day for _, day, _ in milestones), *(r.front.date for r in reports)]
    axis = _Axis(min(dates), max(dates))
    color = STATUS_COLORS[zone.status]
    period_end = zone.end + timedelta(days=1)
    today_x = axis.x(today)
    placed = _place(_marks(zone), axis, today_x)
    axis_y = FIRST_ROW + ROW * max([mark.row for mark in placed], default=0) + ROW * 0.75
    shapes = [
        f'<rect class="zone-timeline__period" x="{axis.x(zone.start):.1f}" y="{PERIOD_Y:.0f}" '
        f'width="{axis.x(period_end) - axis.x(zone.start):.1f}" height="28" fill="{color}">'
        f"<title>实验周期：{chinese_date(zone.start)} 至 {chinese_date(zone.end)}</title></rect>"]
    if extended:
        shapes.append(
            f'<rect class="zone-timeline__extension" x="{axis.x(period_end):.1f}" y="{PERIOD_Y:.0f}" '
            f'width="{axis.x(extended) - axis.x(period_end):.1f}" height="28" fill="{color}" fill-opacity="0.4" '
            f'stroke="{color}" stroke-dasharray="4 3"><title>延期至 {chinese_date(extended)}</title></rect>')
    shapes.append(f'<line class="zone-timeline__today" x1="{today_x:.1f}" y1="4" x2="{today_x:.1f}" y2="{axis_y:.0f}">'
                  f"<title>构建日期（今天）：{chinese_date(today)}</title></line>")
    shapes += [_drawn(mark) for mark in placed]
    summary = (f"实验周期 {chinese_date(zone.start)} 至 {chinese_date(zone.end)}"
               + (f"，延期至 {chinese_date(extended)}" if extended else "")
               + f"；工作节点 {len(milestones)} 个，报告 {len(reports)} 篇；当前状态：{zone.status.label}。")
    svg = (f'<svg class="zone-timeline__chart" viewBox="0 0 {WIDTH:.0f} {axis_y + YEAR_FONT + 8:.0f}" role="img" '
           f'aria-label="{_text(zone.unit.full_name)}实验时间线：{_text(summary)}" xmlns="http://www.w3.org/2000/svg">'
           + _years(axis, axis_y) + "".join(shapes) + "</svg>")
    period_key = _key(f'<rect y="4" width="20" height="12" fill="{color}"/>')
    extension_key = _key(f'<rect y="4" width="20" height="12" fill="{color}" fill-opacity="0.4"/>')
    milestone_key = _key('<path class="zone-timeline__milestone" d="M10 1l9 9l-9 9l-9 -9z"/>')
    report_key = _key('<circle class="zone-timeline__report" cx="10" cy="10" r="7"/>')
    today_key = _key('<line class="zone-timeline__today" x1="10" y1="0" x2="10" y2="20"/>')
    legend = [f"<li>{period_key}实验周期 {_time(zone.start)} 至 {_time(zone.end)}</li>"]
    if extended:
        legend.append(f"<li>{extension_key}延期至 {_time(extended)}</li>")
    legend += [f"<li>{milestone_key}工作节点 {len(milestones)} 个</li>",
               f"<li>{report_key}报告 {len(reports)} 篇</li>",
               f"<li>{today_key}构建日期 {_time(today)}（状态按此日计算）</li>"]
    return (f'<figure class="zone-timeline">\n<figcaption class="zone-timeline__title"><strong>'
            f"{_text(zone.unit.full_name)}实验时间线</strong>：当前状态{_text(zone.status.label)}</figcaption>\n"
            f"{svg}\n" + '<ul class="zone-timeline__legend">' + "".join(legend) + "</ul>\n"
            + _numbers(placed) + "</figure>\n")
