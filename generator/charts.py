"""Plotly figures of the site. Each chart says which plotly.js bundle draws it and carries a text summary.

Figures are plain JSON: the page loads one vendored bundle and assets/charts.js draws them, so no page
runs inline script and no page loads plotly.js unless it has a chart. They are built as plain dicts:
plotly's Python objects validate every property on assignment, which cost seconds per hundred zones;
the tests validate every figure of the sample site with plotly instead.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from generator.dates import chinese_date
from generator.model import Site, Status, Zone
from generator.reference import Prefecture

Bundle = Literal["basic", "geo"]

STATUS_COLORS = {
    Status.PENDING: "#5b7b9a", Status.ACTIVE: "#2e7d32", Status.EXTENDED: "#b26a00",
    Status.AWAITING_ACCEPTANCE: "#6a4c93", Status.FINAL_REPORT_OVERDUE: "#c62828", Status.SUSPENDED: "#616161",
    Status.ACCEPTED: "#1565c0", Status.TITLE_GRANTED: "#0d47a1", Status.NATIONAL_RECOMMENDED: "#7a1517",
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


def _safe(text: str) -> str:
    """Text from data files inside a figure: plotly renders a few HTML tags in labels, so escape them all."""
    return html.escape(text, quote=False)


def count_color(count: int) -> str:
    return COUNT_COLORS[min(count, len(COUNT_COLORS) - 1)]


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
    shape = dict(type="line", xref="x", yref="paper", x0=today.isoformat(), x1=today.isoformat(), y0=0, y1=1,
                 line=dict(color="#212121", width=2, dash="dash"))
    note = dict(x=today.isoformat(), y=1, xref="x", yref="paper", yanchor="bottom", showarrow=False,
                text=f"构建日期 {chinese_date(today)}", font=dict(size=12))
    return [shape], [note]


def _date_axis(first: date, last: date) -> dict[str, Any]:
    pad = timedelta(days=45)
    return dict(type="date", range=[(first - pad).isoformat(), (last + pad).isoformat()], tickformat="%Y年",
                hoverformat="%Y年%-m月%-d日", gridcolor="#e0e0e0", fixedrange=True)


def zone_timeline(zone: Zone, today: date) -> Chart:
    """The experiment period, its extension, milestones and reports of one zone, with the build date."""
    color = STATUS_COLORS[zone.status]
    period_end = zone.end + timedelta(days=1)
    period = f"实验周期：{chinese_date(zone.start)} 至 {chinese_date(zone.end)}"
    traces: list[Trace] = [dict(type="bar",
        y=["实验周期"], base=[zone.start.isoformat()], x=[(period_end - zone.start).days * DAY_MS], orientation="h",
        marker=dict(color=color), hovertemplate=period + "<extra></extra>")]
    extended = zone.data.milestones.extended_to
    if extended:
        traces.append(dict(type="bar",
            y=["实验周期"], base=[period_end.isoformat()], x=[(extended - zone.end).days * DAY_MS], orientation="h",
            marker=dict(color=color, opacity=0.45, pattern=dict(shape="/")),
            hovertemplate=f"延期至 {chinese_date(extended)}<extra></extra>"))
    milestones = zone.milestone_events()
    traces.append(dict(type="scatter",
        x=[day.isoformat() for _, day, _ in milestones], y=["工作节点"] * len(milestones), mode="markers",
        marker=dict(symbol="diamond", size=12, color="#212121"),
        text=[f"{label}：{chinese_date(day)}" for label, day, _ in milestones], hovertemplate="%{text}<extra></extra>"))
    reports = zone.reports
    traces.append(dict(type="scatter",
        x=[r.front.date.isoformat() for r in reports], y=["报告"] * len(reports), mode="markers",
        marker=dict(symbol="circle", size=10, color="#1565c0"),
        text=[f"{r.type_label}：{_safe(r.front.title)}（{chinese_date(r.front.date)}）" for r in reports],
        hovertemplate="%{text}<extra></extra>"))
    dates = [zone.start, extended or zone.end, today, *(day for _, day, _ in milestones), *(r.front.date for r in reports)]
    shapes, notes = _today_line(today)
    layout = _layout(height=230, barmode="overlay", margin=dict(l=10, r=20, t=30, b=30), shapes=shapes,
                     annotations=notes, xaxis=_date_axis(min(dates), max(dates)),
                     yaxis=dict(categoryorder="array", categoryarray=["报告", "工作节点", "实验周期"], fixedrange=True,
                                automargin=True))
    summary = (f"实验周期 {chinese_date(zone.start)} 至 {chinese_date(zone.end)}"
               + (f"，延期至 {chinese_date(extended)}" if extended else "")
               + f"；工作节点 {len(milestones)} 个，报告 {len(reports)} 篇；当前状态：{zone.status.label}。")
    return Chart("timeline", f"{zone.unit.full_name}实验时间线", summary, "basic", _figure(traces, layout))


def province_timeline(zones: Sequence[Zone], today: date) -> Chart:
    """All zones on one timeline, grouped by prefecture, coloured by status with the status written on the bar."""
    labels = [f"{zone.unit.prefecture.name} · {zone.unit.name}" for zone in zones]
    traces = []
    for status in Status:
        members = [(label, zone) for label, zone in zip(labels, zones, strict=True) if zone.status is status]
        if not members:
            continue
        traces.append(dict(type="bar",
            name=status.label, y=[label for label, _ in members], orientation="h",
            base=[zone.start.isoformat() for _, zone in members],
            x=[((zone.period_end - zone.start).days + 1) * DAY_MS for _, zone in members],
            marker=dict(color=STATUS_COLORS[status]), text=[status.label] * len(members), textposition="inside",
            insidetextanchor="middle", textfont=dict(color="#ffffff"),
            customdata=[[chinese_date(zone.start), chinese_date(zone.period_end), f"../zones/{zone.id}/"]
                        for _, zone in members],
            hovertemplate="%{y}<br>%{customdata[0]} 至 %{customdata[1]}<br>" + status.label + "<extra></extra>"))
    first = min((zone.start for zone in zones), default=today)
    last = max((zone.period_end for zone in zones), default=today)
    shapes, notes = _today_line(today)
    layout = _layout(height=90 + 30 * len(zones), barmode="overlay", showlegend=True, shapes=shapes, annotations=notes,
                     legend=dict(orientation="h", y=-0.02, yanchor="top", x=0), margin=dict(l=10, r=20, t=30, b=10),
                     xaxis=_date_axis(first, max(last, today)), bargap=0.25,
                     yaxis=dict(categoryorder="array", categoryarray=list(reversed(labels)), fixedrange=True,
                                automargin=True))
    summary = f"全省 {len(zones)} 个实验区的实验周期，按市（州）排列，颜色和条内文字表示状态；下表列出同样的信息。"
    return Chart("province-timeline", "全省实验区时间线", summary, "basic", _figure(traces, layout))


def prefecture_map(site: Site, counts: dict[str, int], boundary_url: str, page_root: str,
                   highlight: Prefecture | None = None) -> Chart:
    """Choropleth of published zones per prefecture, 长白山 as a marker, and each zone as a point.

    `page_root` is the relative path from the page to the site root; click targets are built on it.
    """
    prefectures = site.reference.divisions.prefectures
    shaped = [p for p in prefectures if p.code.isdigit()]
    names_by_prefecture = {p.code: [z.unit.name for z in site.zones if z.unit.prefecture.code == p.code]
                           for p in prefectures}

    def shown_count(prefecture: Prefecture) -> int:
        """The colour level: the zone count, or on a prefecture's own page, that prefecture alone."""
        if highlight is None:
            return counts.get(prefecture.code, 0)
        return max(counts.get(prefecture.code, 0), 1) if prefecture is highlight else 0

    def hover_names(prefecture: Prefecture) -> str:
        return _safe("、".join(names_by_prefecture[prefecture.code])) or "暂无"

    z_values = [shown_count(p) for p in shaped]
    colorscale = [[index / (len(COUNT_COLORS) - 1), color] for index, color in enumerate(COUNT_COLORS)]
    traces: list[Trace] = [dict(type="choropleth",
        geojson=boundary_url, featureidkey="properties.code", locations=[p.code for p in shaped], z=z_values,
        zmin=0, zmax=len(COUNT_COLORS) - 1, colorscale=colorscale, showscale=False,
        marker=dict(line=dict(color="#ffffff", width=1.5)),
        customdata=[[p.name, counts.get(p.code, 0), hover_names(p), f"{page_root}prefectures/{p.slug}/"] for p in shaped],
        hovertemplate="<b>%{customdata[0]}</b><br>已公开实验区 %{customdata[1]} 个<br>%{customdata[2]}<extra></extra>")]
    labels = site.boundary.labels if site.boundary else {}
    labelled = [p for p in shaped if p.code in labels]
    traces.append(dict(type="scattergeo",
        meta="labels", lon=[labels[p.code][0] for p in labelled], lat=[labels[p.code][1] for p in labelled], mode="text",
        hoverinfo="skip",
        text=[f"{p.name.removesuffix('朝鲜族自治州')}<br>{counts.get(p.code, 0)}" for p in labelled],
        textfont=dict(size=12, color="#212121")))
    unshaped = [p for p in prefectures if not p.code.isdigit() and p.lon is not None and p.lat is not None]
    traces.append(dict(type="scattergeo",
        lon=[p.lon for p in unshaped], lat=[p.lat for p in unshaped], mode="markers+text", textposition="middle right",
        text=[f"{p.name} {counts.get(p.code, 0)}" for p in unshaped], textfont=dict(size=12, color="#212121"),
        marker=dict(symbol="square", size=16, color=[count_color(shown_count(p)) for p in unshaped],
                    line=dict(color="#7a1517", width=1.5)),
        customdata=[[p.name, counts.get(p.code, 0), hover_names(p), f"{page_root}prefectures/{p.slug}/"] for p in unshaped],
        hovertemplate="<b>%{customdata[0]}</b><br>已公开实验区 %{customdata[1]} 个<br>%{customdata[2]}<extra></extra>"))
    # Zone points last, so none hides under the 长白山 marker (池北区 lies beside it).
    zones = [z for z in site.zones if z.location and (highlight is None or z.unit.prefecture is highlight)]
    traces.append(dict(type="scattergeo",
        lon=[z.location[0] for z in zones if z.location], lat=[z.location[1] for z in zones if z.location],
        mode="markers", marker=dict(size=9, color="#0b5394", line=dict(color="#ffffff", width=1.5)),
        customdata=[[_safe(z.unit.full_name), z.status.label, f"{page_root}zones/{z.id}/"] for z in zones],
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>"))
    layout = _layout(dragmode=False, geo=dict(  # height follows the element's aspect ratio (CSS)
        scope="asia", visible=False, fitbounds="geojson", projection=dict(type="mercator"), bgcolor="rgba(0,0,0,0)"))
    total = sum(counts.values())
    summary = (f"全省已公开实验区 {total} 个；" + "；".join(f"{p.name} {counts.get(p.code, 0)} 个" for p in prefectures)
               if highlight is None else f"{highlight.name}已公开实验区 {counts.get(highlight.code, 0)} 个")
    return Chart("map", "实验区分布图（按市州）", summary + "。", "geo", _figure(traces, layout))

