"""The page-kind registry: every kind of generated page, declared once, in `PAGE_KINDS` beside its view.

A kind names its template, the section it sits in (the section's label, its page and its slot in the
navigation bar) and the function that builds the context of each of its pages; a context carries the page's
address (from urls.py), its title and the crumbs between its section and itself. `registry()` collects the
kinds of every module of this package, so a new kind of page is its view module and its template: docs.py
renders every kind, navigation.py and breadcrumbs.py read the sections, the golden test the kinds' names.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.load.content_pages import ContentPages
from generator.model.site import Site
from generator.render.views import urls

Crumb = tuple[str, str | None]  # label, and the page it links to (None: this page)


@dataclass(frozen=True)
class Section:
    label: str  # in the navigation bar and in the breadcrumbs of its pages
    page: str  # the section's own page, a docs-tree path
    nav_slot: int | None = None  # its place in the navigation bar, left to right; None: not in the bar


HOME = Section("首页", urls.HOME, nav_slot=0)


@dataclass(frozen=True)
class Page:
    """What a page's template receives: the page's address and title, then the fields of its kind."""

    path: str  # docs-tree path, from urls.py
    title: str  # the front matter's title and the last crumb

    def parents(self) -> list[Crumb]:
        """The crumbs between the page's section and the page itself (a report's zone, a topic's area)."""
        return []


@dataclass(frozen=True)
class PageKind:
    name: str  # as the golden test and tests/golden/tree.txt name it
    template: str  # in generator/render/templates/
    section: Section | None  # None: the page sits right under the home page
    pages: Callable[[Site, ContentPages], Iterable[Page]]  # the context of each page of the kind


def registry() -> tuple[PageKind, ...]:
    """The kinds declared by the modules of the views package, in the order of the modules' names."""
    package = importlib.import_module("generator.render.views")
    kinds: list[PageKind] = []
    for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda found: found.name):
        kinds += getattr(importlib.import_module(f"{package.__name__}.{module.name}"), "PAGE_KINDS", ())
    return tuple(kinds)


def sections(kinds: Iterable[PageKind]) -> list[Section]:
    """The sections of the navigation bar, in their slots' order; two sections never share a slot."""
    found = {kind.section for kind in kinds if kind.section is not None and kind.section.nav_slot is not None}
    slots = [section.nav_slot for section in found]
    if len(slots) != len(set(slots)):
        raise ValueError(f"two sections share a navigation slot: {sorted(found, key=lambda s: s.nav_slot or 0)}")
    return sorted(found, key=lambda section: section.nav_slot or 0)
