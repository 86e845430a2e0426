"""典型案例: the experience reports the province chose, by the year it chose them, each with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from generator.load.content_pages import ContentPages
from generator.model.site import Site
from generator.render.page_contexts import ReportCard
from generator.render.views import urls
from generator.render.views.experience import EXPERIENCE
from generator.render.views.kinds import Page, PageKind


@dataclass(frozen=True)
class TypicalCasesPage(Page):
    years: list[tuple[int, list[ReportCard]]]  # the year of choice, newest first, and its cases (Markdown links)
    count: int
    experience_link: str


def pages(site: Site, content: ContentPages) -> Iterator[TypicalCasesPage]:
    path = urls.TYPICAL_CASES
    cards = [ReportCard(report, zone, urls.relative(urls.report_page(report), path)) for report, zone in site.typical_cases]
    years = [(year, list(group)) for year, group in
             groupby(cards, key=lambda card: card.report.typical_case.year if card.report.typical_case else 0)]
    yield TypicalCasesPage(path=path, title="典型案例", years=years, count=len(cards),
                           experience_link=urls.relative(urls.EXPERIENCE, path))


PAGE_KINDS = (PageKind("typical cases page", "typical_cases.md.j2", EXPERIENCE, pages),)
