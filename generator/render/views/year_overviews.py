"""年度概况: one page per year under 进度, from the first year a zone applied to the build date's year."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.load.content_pages import ContentPages
from generator.model.site import Site
from generator.model.year_overview import YearOverview, overview_years, year_overview
from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind
from generator.render.views.progress import PROGRESS


@dataclass(frozen=True)
class YearOverviewPage(Page):
    overview: YearOverview
    years: list[tuple[int, str | None]]  # every year's page, newest first, with its link (None: this page)


def title_of(year: int) -> str:
    return f"{year} 年度概况"


def pages(site: Site, content: ContentPages) -> Iterator[YearOverviewPage]:
    years = overview_years(site)
    for year in years:
        path = urls.year_overview_page(year)
        yield YearOverviewPage(
            path=path, title=title_of(year), overview=year_overview(site, year),
            years=[(other, None if other == year else urls.url_of(urls.year_overview_page(other), path))
                   for other in years],
        )


PAGE_KINDS = (PageKind("year overview", "year_overview.md.j2", PROGRESS, pages),)
