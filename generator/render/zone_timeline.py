"""A zone's timeline as inline SVG with an HTML legend: readable on a phone and in print, without plotly.js.

The SVG draws the experiment period (and its extension), the milestones, the reports and the build date
on one axis of years; the legend under it names each of them with its dates in text, which wraps on a
narrow screen where labels inside the drawing would collide.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from generator.contract.dates import chinese_date
from generator.model.site import Zone
from generator.render.charts import STATUS_COLORS

WIDTH, HEIGHT = 600.0, 132.0
LEFT, RIGHT = 8.0, 592.0
PERIOD_Y, MILESTONE_Y, REPORT_Y, AXIS_Y = 22.0, 66.0, 92.0, 110.0
YEAR_FONT = 24.0  # 14 CSS pixels where the figure is 343 px wide (a 375 px phone)
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


def _years(axis: _Axis) -> str:
    years = list(range(axis.first.year + 1, axis.last.year + 1))
    every = 1
    while years and len(years[::every]) * YEAR_FONT * 2.6 > RIGHT - LEFT:  # "2020" and a gap
        every += 1
    marks = []
    for year in years:
        x = axis.x(date(year, 1, 1))
        marks.append(f'<line class="zone-timeline__tick" x1="{x:.1f}" y1="{PERIOD_Y - 6:.0f}" x2="{x:.1f}" y2="{AXIS_Y:.0f}"/>')
        if (year - years[0]) % every == 0 and x + YEAR_FONT * 2.2 < RIGHT:
            marks.append(f'<text class="zone-timeline__year" x="{x + 4:.1f}" y="{AXIS_Y + YEAR_FONT:.0f}">{year}</text>')
    return "".join(marks)


def zone_timeline(zone: Zone, today: date) -> str:
    extended = zone.data.milestones.extended_to
    milestones = zone.milestone_events()
    reports = zone.reports
    dates = [zone.start, extended or zone.end, today, *(day for _, day, _ in milestones), *(r.front.date for r in reports)]
    axis = _Axis(min(dates), max(dates))
    color = STATUS_COLORS[zone.status]
    period_end = zone.end + timedelta(days=1)
    shapes = [
        f'<rect class="zone-timeline__period" x="{axis.x(zone.start):.1f}" y="{PERIOD_Y:.0f}" '
        f'width="{axis.x(period_end) - axis.x(zone.start):.1f}" height="28" fill="{color}">'
        f"<title>实验周期：{chinese_date(zone.start)} 至 {chinese_date(zone.end)}</title></rect>"]
    if extended:
        shapes.append(
            f'<rect class="zone-timeline__extension" x="{axis.x(period_end):.1f}" y="{PERIOD_Y:.0f}" '
            f'width="{axis.x(extended) - axis.x(period_end):.1f}" height="28" fill="{color}" fill-opacity="0.4" '
            f'stroke="{color}" stroke-dasharray="4 3"><title>延期至 {chinese_date(extended)}</title></rect>')
    for label, day, _ in milestones:
        x = axis.x(day)
        shapes.append(f'<path class="zone-timeline__milestone" d="M{x:.1f} {MILESTONE_Y - 9:.0f}l9 9l-9 9l-9 -9z">'
                      f"<title>{_text(label)}：{chinese_date(day)}</title></path>")
    for report in reports:
        shapes.append(f'<circle class="zone-timeline__report" cx="{axis.x(report.front.date):.1f}" cy="{REPORT_Y:.0f}" r="7">'
                      f"<title>{_text(report.type_label)}：{_text(report.front.title)}（{chinese_date(report.front.date)}）"
                      "</title></circle>")
    x = axis.x(today)
    shapes.append(f'<line class="zone-timeline__today" x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{AXIS_Y:.0f}">'
                  f"<title>构建日期（今天）：{chinese_date(today)}</title></line>")
    summary = (f"实验周期 {chinese_date(zone.start)} 至 {chinese_date(zone.end)}"
               + (f"，延期至 {chinese_date(extended)}" if extended else "")
               + f"；工作节点 {len(milestones)} 个，报告 {len(reports)} 篇；当前状态：{zone.status.label}。")
    svg = (f'<svg class="zone-timeline__chart" viewBox="0 0 {WIDTH:.0f} {HEIGHT + YEAR_FONT:.0f}" role="img" '
           f'aria-label="{_text(zone.unit.full_name)}实验时间线：{_text(summary)}" xmlns="http://www.w3.org/2000/svg">'
           + _years(axis) + "".join(shapes) + "</svg>")
    period_key = _key(f'<rect y="4" width="20" height="12" fill="{color}"/>')
    extension_key = _key(f'<rect y="4" width="20" height="12" fill="{color}" fill-opacity="0.4"/>')
    milestone_key = _key('<path class="zone-timeline__milestone" d="M10 1l9 9l-9 9l-9 -9z"/>')
    report_key = _key('<circle class="zone-timeline__report" cx="10" cy="10" r="7"/>')
    today_key = _key('<line class="zone-timeline__today" x1="10" y1="0" x2="10" y2="20"/>')
    legend = [f"<li>{period_key}实验周期 {_time(zone.start)} 至 {_time(zone.end)}</li>"]
    if extended:
        legend.append(f"<li>{extension_key}延期至 {_time(extended)}</li>")
    legend += [f"<li>{milestone_key}工作节点 {len(milestones)} 个（见下方“工作节点”）</li>",
               f"<li>{report_key}报告 {len(reports)} 篇（见下方“工作报告”）</li>",
               f"<li>{today_key}构建日期 {_time(today)}（状态按此日计算）</li>"]
    return (f'<figure class="zone-timeline">\n<figcaption class="zone-timeline__title"><strong>'
            f"{_text(zone.unit.full_name)}实验时间线</strong>：当前状态{_text(zone.status.label)}</figcaption>\n"
            f"{svg}\n" + '<ul class="zone-timeline__legend">' + "".join(legend) + "</ul>\n</figure>\n")
