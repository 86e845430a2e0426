"""Hand-written pages from content/pages/, published as they are, under their breadcrumbs."""

from __future__ import annotations

from generator.load.content_pages import ContentPages
from generator.render.docs_tree import DocsTree
from generator.render.views.breadcrumbs import trail, under_front_matter


def add(tree: DocsTree, pages: ContentPages) -> None:
    for page in pages.pages:
        tree.add(page.name, under_front_matter(page.text, page.name, trail(page.name, page.title)))
    for name, image in pages.images:  # as they are: written by the maintainers, not by zone offices
        tree.add_copy(name, image)
