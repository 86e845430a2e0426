"""Zones per status as plain HTML bars: readable at once, on any link, and without plotly.js."""

from __future__ import annotations

from collections.abc import Sequence

from generator.model.status import Status
from generator.render.charts import STATUS_COLORS


def status_bars(counts: Sequence[tuple[Status, int]], title: str = "各状态实验区数量") -> str:
    shown = [(status, count) for status, count in counts if count]
    if not shown:
        return '<p class="status-bars__empty">暂无已公开的实验区。</p>\n'
    top = max(count for _, count in shown)
    rows = [
        f'<li class="status-bars__row"><span class="status-bars__label">{status.label}</span>'
        f'<svg class="status-bars__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">'
        f'<rect width="{100 * count / top:.1f}" height="10" fill="{STATUS_COLORS[status]}"/></svg>'
        f'<span class="status-bars__count">{count} 个</span></li>'
        for status, count in shown]
    return (f'<figure class="status-bars"><figcaption class="status-bars__title">{title}</figcaption>\n'
            f'<ul class="status-bars__list">\n' + "\n".join(rows) + "\n</ul></figure>\n")
