"""Links to each year's 经验汇编 (its page, and its PDF when this build makes one), for the pages that list them."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.compendium import compendium_years
from generator.model.site import Site
from generator.render.views import urls
from generator.site.compendium.tool import pdf_made


@dataclass(frozen=True)
class CompendiumLink:
    year: int
    page: str
    pdf: str  # "" when this build makes no PDF


def compendium_links(site: Site, origin: str) -> list[CompendiumLink]:
    """Each year's compendium, newest first, as the page at `origin` links to it."""
    made = pdf_made()
    return [CompendiumLink(year, urls.url_of(urls.experience_year(year), origin),
                           urls.root_of(origin) + urls.compendium_pdf(year) if made else "")
            for year in compendium_years(site)]
