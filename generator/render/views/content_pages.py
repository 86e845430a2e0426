"""Hand-written pages from content/pages/, published as they are, under their breadcrumbs."""

from __future__ import annotations

import re

from generator.load.content_pages import ContentPages
from generator.render.docs_tree import DocsTree
from generator.render.views.breadcrumbs import trail, under_front_matter
from generator.render.views.markdown import inline

_TITLE_HEADING = re.compile(r"^# ", re.M)
_FENCED_CODE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)  # a "# comment" in a code block is no heading


def _with_title(text: str, title: str) -> str:
    """A page without a heading of its own gets its title as one, so the breadcrumb stands above the title
    (the theme would otherwise write the title above the whole page, breadcrumb included)."""
    if not title or _TITLE_HEADING.search(_FENCED_CODE.sub("", text)) or not text.startswith("---\n"):
        return text
    end = text.index("\n---\n", 4) + len("\n---\n")
    return f"{text[:end]}\n# {inline(title)}\n{text[end:]}"


def add(tree: DocsTree, pages: ContentPages) -> None:
    for page in pages.pages:
        text = _with_title(page.text, page.title)
        tree.add(page.name, under_front_matter(text, page.name, trail(page.name, page.title)))
    for name, image in pages.images:  # as they are: written by the maintainers, not by zone offices
        tree.add_copy(name, image)
