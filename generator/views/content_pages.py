"""Hand-written pages from content/pages/, published as they are."""

from __future__ import annotations

from generator.pages import ContentPages
from generator.views import DocsTree


def add(tree: DocsTree, pages: ContentPages) -> None:
    for page in pages.pages:
        tree.add(page.name, page.text)
