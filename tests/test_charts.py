"""Every figure on the sample site is a valid plotly figure for the plotly.js the site serves."""

from __future__ import annotations

import json
import re
from pathlib import Path

import plotly
import plotly.graph_objects as go

from tests.conftest import ROOT

VENDOR = ROOT / "generator" / "site" / "theme" / "assets" / "vendor"
FIGURE = re.compile(r'<script(?=[^>]*type="application/json")[^>]*id="(chart-[\w-]+)-data"[^>]*>(.*?)</script>', re.S)


def test_every_figure_validates_against_plotlys_schema(bundled_site: Path) -> None:
    checked = 0
    for page in bundled_site.rglob("*.html"):
        for chart, text in FIGURE.findall(page.read_text(encoding="utf-8")):
            figure = json.loads(text)
            go.Figure(figure)  # raises ValueError naming any property plotly.js does not know
            assert figure["data"], f"{page}: {chart} has no data"
            checked += 1
    assert checked >= 3  # the progress page's status chart and province timeline, and the themes' topic chart


def test_the_served_plotly_js_is_the_version_the_figures_are_written_for() -> None:
    version = plotly.offline.get_plotlyjs_version()
    for bundle in ("plotly-basic.min.js",):
        header = (VENDOR / bundle).read_text(encoding="utf-8")[:200]
        assert re.search(rf"plotly\.js \([a-z]+ - minified\) v{re.escape(version)}\n", header), header


def _luminance(color: str) -> float:
    channels = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_statuses_whose_colours_look_alike_in_greyscale_differ_by_a_symbol_on_every_bar(bundled_site: Path) -> None:
    from generator.model.status import Status
    from generator.render.charts import STATUS_COLORS, STATUS_SYMBOLS

    def contrast(a: Status, b: Status) -> float:
        light, dark = sorted((_luminance(STATUS_COLORS[a]), _luminance(STATUS_COLORS[b])), reverse=True)
        return (light + 0.05) / (dark + 0.05)

    alike = [(a, b) for i, a in enumerate(Status) for b in list(Status)[i + 1:] if contrast(a, b) < 3]
    assert (Status.ACCEPTED, Status.TITLE_GRANTED) in alike  # the two blues: greyscale cannot tell them apart
    assert all(STATUS_SYMBOLS[a] != STATUS_SYMBOLS[b] for a, b in alike)
    page = (bundled_site / "progress" / "index.html").read_text(encoding="utf-8")
    timeline = json.loads(dict(FIGURE.findall(page))["chart-province-timeline"])
    for trace in timeline["data"]:
        status = next(s for s in Status if trace["name"].endswith(s.label))
        assert trace["name"] == f"{STATUS_SYMBOLS[status]} {status.label}"  # the legend shows the symbol
        assert trace["text"] == [status.label] * len(trace["text"])  # each bar names its status
        assert trace["meta"]["symbol"] == STATUS_SYMBOLS[status]  # or, too short for that, shows the symbol
