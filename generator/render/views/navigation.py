"""The site's navigation bar: the sections of the page-kind registry in their slots, then the hand-written pages."""

from __future__ import annotations

from generator.load.content_pages import ContentPages
from generator.render.views.kinds import registry, sections


def nav(pages: ContentPages) -> list[object]:
    """Zone pages, reports and the other pages of a section are reached by links from the section's page;
    hand-written pages marked `nav: false` (the contributors' guide) from 关于本站 and the site map."""
    return [*({section.label: section.page} for section in sections(registry())),
            *(page.name for page in pages.pages if page.in_nav)]
