"""Charts in generated Markdown: a figure with its text summary, its JSON, and the one bundle it needs."""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.render.charts import Chart
from generator.render.views import urls
from generator.render.views.markdown import attribute


def chart_block(chart: Chart) -> str:
    element = f"chart-{chart.key}"
    figure = json.dumps(chart.figure, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return (
        f'<figure class="chart chart--{chart.key}">\n'
        f'<div class="plotly-chart" id="{element}" data-figure="{element}-data" role="img" '
        f'aria-label="{attribute(chart.title)}" aria-describedby="{element}-summary"></div>\n'
        f'<figcaption id="{element}-summary"><strong>{attribute(chart.title)}</strong>：{attribute(chart.summary)}</figcaption>\n'
        f"</figure>\n\n"
        f'<script type="application/json" id="{element}-data">{figure}</script>\n'
    )


def scripts_block(charts: Sequence[Chart], root: str) -> str:
    """Load plotly.js once, from the smallest bundle that draws every chart of the page."""
    if not charts:
        return ""
    bundle = charts[0].bundle
    # plotly.js adds its stylesheet as an inline <style> unless it finds this one (CSP: styles from files only).
    return (f'<link id="plotly.js-style-global" class="no-inline-styles" rel="stylesheet" '
            f'href="{root}{urls.asset("vendor/plotly.css")}">\n'
            f'<script src="{root}{urls.asset(f"vendor/plotly-{bundle}.min.js")}" defer></script>\n'
            f'<script src="{root}{urls.asset("charts.js")}" defer></script>\n')
