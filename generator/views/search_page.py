"""The search page: assets/search.js over the index of generator/search, fed by the header search box."""

from __future__ import annotations

from generator.views import DocsTree, urls
from generator.views.markdown import render

PATH = "search/index.md"


def add(tree: DocsTree) -> None:
    root = urls.root_of(PATH)
    tree.add(PATH, render("search.md.j2", root=root))
