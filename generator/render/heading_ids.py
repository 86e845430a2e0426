"""The ids of headings, which the table of contents makes from their text: never an id of the theme.

A heading's text comes from officials (a report's title, its body's headings, zone data); its id lands on the
same page as the theme's own elements, and `document.getElementById` finds the first of two equal ids. A
report titled `__config` once came before Material's `<script id="__config">`, and Material's script died on
that page. So a heading whose id would be one the theme uses gets `h-` in front instead: Material's ids all
start with `__` (`__config`, `__search`, `__drawer`, `__toc`, `__palette_0`, `__nav_1`, `__code_0`, …), and
our own theme and page templates use the ones below. `tests/test_heading_ids.py` collects the ids the
installed theme, our overrides and our templates use and fails when one is missing here.
"""

from __future__ import annotations

from pymdownx.slugs import slugify as pymdownx_slugify  # type: ignore[import-untyped]

THEME_PREFIX = "_"  # Material's ids start with "__"; one underscore also keeps toc's "_1" of empty headings apart
# Ids of our theme overrides (generator/site/theme/), page templates (generator/render/templates/) and charts.
OWN_IDS = frozenset({
    "by-batch", "home-about", "home-find", "home-map", "home-status",
    "indicator-table", "missing", "newest", "plotly.js-style-global", "prefectures",
    "search-filter-box", "search-filter-count", "search-form", "search-input", "search-kind", "search-more",
    "search-prefecture", "search-results", "search-sort", "search-status", "search-topic", "search-year", "search-zone",
    "site-search-input", "zone-filter", "zone-filter-count", "zone-table", "zones",
})
# Families of ids our templates number or name: `batch-2019`, `a11y-tools-header`, `chart-zones-data`, `compendium-1`.
OWN_ID_PREFIXES = ("a11y-tools-", "batch-", "chart-", "compendium-")
SAFE_PREFIX = "h"

_slug = pymdownx_slugify(case="lower")


def is_theme_id(slug: str) -> bool:
    return slug.startswith(THEME_PREFIX) or slug in OWN_IDS or slug.startswith(OWN_ID_PREFIXES)


def slugify(text: str, separator: str) -> str:
    """The toc extension's slug of a heading (pymdownx's, lower case), moved out of the theme's ids.

    Ordinary headings, Chinese ones included, keep the slug they always had, so links to them stay valid."""
    slug: str = _slug(text, separator)
    return f"{SAFE_PREFIX}{separator}{slug.lstrip('_')}" if is_theme_id(slug) else slug
