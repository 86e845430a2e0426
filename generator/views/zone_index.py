"""The zone index: one table of all published zones."""

from __future__ import annotations

from generator.model import Site
from generator.views import DocsTree, urls
from generator.views.markdown import render

PATH = "zones/index.md"


def add(tree: DocsTree, site: Site) -> None:
    rows = [(zone, urls.relative(urls.zone_page(zone), PATH)) for zone in site.zones]
    tree.add(PATH, render("zone_index.md.j2", site=site, rows=rows))
