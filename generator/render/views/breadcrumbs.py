"""当前位置 on every page: where the page sits in the site, as links back up (政府网站发展指引).

A generated page's trail comes from its kind's section and its own context (title, parents), never from the
text its template wrote; a hand-written page's from its title. Docs.py puts it under every page's front matter.
"""

from __future__ import annotations

from generator.render.views import urls
from generator.render.views.kinds import HOME, Crumb, Section
from generator.render.views.markdown import attribute


def trail(path: str, title: str, section: Section | None = None, parents: list[Crumb] | None = None) -> list[Crumb]:
    if path == HOME.page:
        return [(HOME.label, None)]
    crumbs: list[Crumb] = [(HOME.label, HOME.page)]
    if section is not None and section.page not in (HOME.page, path):
        crumbs.append((section.label, section.page))
    return crumbs + (parents or []) + [(title, None)]


def breadcrumb(path: str, crumbs: list[Crumb]) -> str:
    items = [f'<li><a href="{attribute(urls.url_of(page, path))}">{attribute(label)}</a></li>' if page is not None
             else f'<li aria-current="page">{attribute(label)}</li>' for label, page in crumbs]
    return (f'<nav class="breadcrumb" aria-label="当前位置" data-search-ignore="all"><span class="breadcrumb__label">'
            f'当前位置：</span><ol class="breadcrumb__list">{"".join(items)}</ol></nav>\n\n')


def under_front_matter(text: str, path: str, crumbs: list[Crumb]) -> str:
    """The page with its breadcrumb after its front matter (a page without front matter is left as it is)."""
    if not text.startswith("---\n"):
        return text
    end = text.index("\n---\n", 4) + len("\n---\n")
    return text[:end] + "\n" + breadcrumb(path, crumbs) + text[end:]
