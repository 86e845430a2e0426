"""Plotly figures of the site. Each chart says which plotly.js bundle draws it and carries a text summary.

Figures are plain JSON: the page loads one vendored bundle and assets/charts.js draws them, so no page
runs inline script and no page loads plotly.js unless it has a chart. They are built as plain dicts:
plotly's Python objects validate every property on assignment, which cost seconds per hundred zones;
the tests validate every figure of the sample site with plotly instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from generator.contract.dates import chinese_date
from generator.model.site import Zone
from generator.model.status import Status
from generator.render.views import urls

Bundle = Literal["basic"]  # the maps are SVG drawn at build time: no page needs plotly-geo

STATUS_COLORS = {
    Status.PENDING: "#5b7b9a", Status.ACTIVE: "#2e7d32", Status.EXTENDED: "#b26a00",
    Status.AWAITING_ACCEPTANCE: "#6a4c93", Status.FINAL_REPORT_OVERDUE: "#c62828", Status.SUSPENDED: "#616161",
    Status.ACCEPTED: "#1565c0", Status.TITLE_GRANTED: "#0d47a1", Status.NATIONAL_RECOMMENDED: "#7a1517",
}
# A shape per status, written on the bars and in the legend, so that colour is never the only signal: the two
# blues and the two reds of the palette are close in greyscale and to colour-blind readers.
STATUS_SYMBOLS = {
    Status.PENDING: "○", Status.ACTIVE: "●", Status.EXTENDED: "△", Status.AWAITING_ACCEPTANCE: "◇",
    Status.FINAL_REPORT_OVERDUE: "×", Status.SUSPENDED: "■", Status.ACCEPTED: "◆", Status.TITLE_GRANTED: "★",
    Status.NATIONAL_RECOMMENDED: "▲",
}
COUNT_COLORS = ("#eeeeee", "#f6c9c4", "#e98b80", "#c9443a", "#9f1d20")  # 0, 1, 2, 3, 4 or more zones
FONT = dict(family="system-ui, -apple-system, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif", size=14)
DAY_MS = 86_400_000


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    summary: str
    bundle: Bundle
    figure: dict[str, Any]


def _layout(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = dict(font=FONT, margin=dict(l=10, r=10, t=10, b=10), paper_bgcolor="rgba(0,0,0,0)",
                                plot_bgcolor="rgba(0,0,0,0)", showlegend=False, hoverlabel=dict(font=FONT))
    base.update(overrides)
    return base


Trace = dict[str, Any]


def _figure(traces: Sequence[Trace], layout: dict[str, Any]) -> dict[str, Any]:
    return {"data": list(traces), "layout": layout}


def status_chart(counts: Sequence[tuple[Status, int]], bundle: Bundle = "basic") -> Chart:
    """Zones per status as a lollipop chart (scatter only, so both bundles can draw it)."""
    shown = [(status, count) for status, count in counts if count]
    labels = [status.label for status, _ in shown]
    traces = [dict(type="scatter", x=[0, count], y=[status.label, status.label], mode="lines", hoverinfo="skip",
                         line=dict(color=STATUS_COLORS[status], width=14)) for status, count in shown]
    traces.append(dict(type="scatter",
        x=[count for _, count in shown], y=labels, mode="text", text=[f" {count} 个" for _, count in shown],
        textposition="middle right", hovertemplate="%{y}：%{x} 个<extra></extra>"))
    top = max([count for _, count in shown], default=1)
    layout = _layout(height=60 + 34 * len(shown), margin=dict(l=10, r=40, t=10, b=30),
                     xaxis=dict(range=[0, top * 1.25 + 0.5], dtick=1 if top < 10 else None, tickformat="d",
                                fixedrange=True, gridcolor="#e0e0e0", zeroline=False),
                     yaxis=dict(autorange="reversed", fixedrange=True, automargin=True, categoryorder="array",
                                categoryarray=labels))
    summary = "；".join(f"{status.label} {count} 个" for status, count in shown) or "暂无已公开的实验区"
    return Chart("status", "各状态实验区数量", summary + "。", bundle, _figure(traces, layout))


def topic_chart(rows: Sequence[tuple[str, str, int]]) -> Chart:
    """Zones per topic as horizontal bars; rows are (topic id, topic name, count)."""
    labels = [f"{topic_id} {name}" for topic_id, name, _ in rows]
    counts = [count for _, _, count in rows]
    trace = dict(type="bar", x=counts, y=labels, orientation="h", marker=dict(color="#9f1d20"), text=counts,
                   textposition="outside", cliponaxis=False, hovertemplate="%{y}：%{x} 个实验区<extra></extra>")
    layout = _layout(height=40 + 26 * len(rows), margin=dict(l=10, r=30, t=10, b=30),
                     xaxis=dict(tickformat="d", dtick=1, fixedrange=True, gridcolor="#e0e0e0"),
                     yaxis=dict(autorange="reversed", fixedrange=True, automargin=True))
    summary = "；".join(f"{label} {count} 个" for label, count in zip(labels, counts, strict=True) if count)
    return Chart("topics", "各选题的实验区数量", summary + "。", "basic", _figure([trace], layout))


def _today_line(today: date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    # Under the bars: the text written on a bar is never crossed by the line.
    shape = dict(type="line", xref="x", yref="paper", x0=today.isoformat(), x1=today.isoformat(), y0=0, y1=1,
                 layer="below", line=dict(color="#212121", width=2, dash="dash"))
    # Right-aligned to the line: the build date is near the axis' end, where a centred label is cut off.
    note = dict(x=today.isoformat(), y=1, xref="x", yref="paper", yanchor="bottom", xanchor="right", showarrow=False,
                text=f"构建日期 {chinese_date(today)}", font=dict(size=12))
    return [shape], [note]


def _date_axis(first: date, last: date) -> dict[str, Any]:
    pad = timedelta(days=45)
    return dict(type="date", range=[(first - pad).isoformat(), (last + pad).isoformat()], tickformat="%Y年",
                hoverformat="%Y年%-m月%-d日", gridcolor="#e0e0e0", fixedrange=True)


def province_timeline(zones: Sequence[Zone], today: date, root: str) -> Chart:
    """All zones on one timeline, grouped by prefecture, coloured by status with the status written on the bar."""
    labels = [f"{zone.unit.prefecture.name} · {zone.unit.name}" for zone in zones]
    traces = []
    for status in Status:
        members = [(label, zone) for label, zone in zip(labels, zones, strict=True) if zone.status is status]
        if not members:
            continue
        traces.append(dict(type="bar",
            name=f"{STATUS_SYMBOLS[status]} {status.label}", y=[label for label, _ in members], orientation="h",
            base=[zone.start.isoformat() for _, zone in members],
            x=[((zone.period_end - zone.start).days + 1) * DAY_MS for _, zone in members],
            marker=dict(color=STATUS_COLORS[status]), text=[status.label] * len(members),
            meta=dict(symbol=STATUS_SYMBOLS[status]), textposition="inside",
            insidetextanchor="middle", textfont=dict(color="#ffffff"),
            customdata=[[chinese_date(zone.start), chinese_date(zone.period_end), root + urls.zone_address(zone.id)]
                        for _, zone in members],
            hovertemplate="%{y}<br>%{customdata[0]} 至 %{customdata[1]}<br>" + status.label + "<extra></extra>"))
    first = min((zone.start for zone in zones), default=today)
    last = max((zone.period_end for zone in zones), default=today)
    shapes, notes = _today_line(today)
    layout = _layout(height=90 + 30 * len(zones), barmode="overlay", showlegend=True, shapes=shapes, annotations=notes,
                     legend=dict(orientation="h", xref="container", x=0, yref="container", y=0, yanchor="bottom"),
                     margin=dict(l=10, r=20, t=30, b=10),
                     xaxis=_date_axis(first, max(last, today)), bargap=0.25,
                     yaxis=dict(categoryorder="array", categoryarray=list(reversed(labels)), fixedrange=True,
                                automargin=True))
    summary = (f"全省 {len(zones)} 个实验区的实验周期，按市（州）排列，颜色和符号表示状态（图例列出各颜色和符号，"
               "条形内写状态，条形太短时写符号）；"
               "下表列出同样的信息。")
    return Chart("province-timeline", "全省实验区时间线", summary, "basic", _figure(traces, layout))
