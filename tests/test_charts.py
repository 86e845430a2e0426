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
