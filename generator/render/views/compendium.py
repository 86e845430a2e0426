"""经验汇编: a year's experience reports gathered on one page, which the build also prints to a PDF beside it
(generator/site/compendium/); the page and the PDF are one source."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.load.content_pages import ContentPages
from generator.model.compendium import compendium_years, experience_of_year
from generator.model.site import Report, Site, Zone
from generator.model.year_overview import YearOverview, year_overview
from generator.render.outcomes import Outcome, zone_outcomes
from generator.render.views import urls
from generator.render.views.experience import EXPERIENCE
from generator.render.views.kinds import Page, PageKind
from generator.site.compendium.tool import pdf_made

CHAPTER_ID = "compendium-"  # the chapters' anchors: compendium-preface, compendium-overview, compendium-1 …


@dataclass(frozen=True)
class Chapter:
    report: Report
    zone: Zone
    anchor: str
    body: str  # the report's body, its headings one level down and its addresses made from this page
    report_link: str
    zone_link: str
    outcomes: list[Outcome]  # the zone's 实验成效 headline figures


@dataclass(frozen=True)
class CompendiumPage(Page):
    site: Site
    year: int
    preface: str
    preface_sample: bool
    sample: bool  # a chapter comes from a sample zone
    overview: YearOverview
    chapters: list[Chapter]
    pdf: str  # the PDF's link; "" when this machine cannot make it
    pdf_name: str  # the name a download gets


_HEADING = re.compile(r"^(#{1,5}) (?=\S)")
_ADDRESS = re.compile(r'\b(src|href|srcset)="([^"]*)"')


def demote_headings(body: str) -> str:
    """One level down: a report's `##` sections become `###` under its chapter's title.

    A rendered body is headings and raw HTML blocks, each a paragraph of its own; only a heading paragraph
    (a blank line before and after) moves, never a line inside a block."""
    lines = body.split("\n")
    for index, line in enumerate(lines):
        alone = (index == 0 or not lines[index - 1].strip()) and (index + 1 == len(lines) or not lines[index + 1].strip())
        if alone and _HEADING.match(line):
            lines[index] = "#" + line
    return "\n".join(lines)


def _moved(address: str, origin: str, target: str) -> str:
    if not address or address.startswith(("#", "/")) or ":" in address.split("/")[0]:
        return address
    path, _, rest = address.partition("#")
    joined = posixpath.normpath(urls.address(origin) + path) + ("/" if path.endswith("/") else "")
    return urls.root_of(target) + joined + (f"#{rest}" if rest else "")


def rebase_addresses(body: str, origin: str, target: str) -> str:
    """The body's relative links and images, written for the page at `origin`, made from the page at `target`."""
    def replace(match: re.Match[str]) -> str:
        name, value = match.groups()
        if name == "srcset":
            value = ", ".join(" ".join([_moved(parts[0], origin, target), *parts[1:]])
                              for parts in (item.split() for item in value.split(",")) if parts)
        else:
            value = _moved(value, origin, target)
        return f'{name}="{value}"'
    return _ADDRESS.sub(replace, body)


def pages(site: Site, content: ContentPages) -> Iterator[CompendiumPage]:
    preface = content.preface
    for year in compendium_years(site):
        path = urls.experience_year(year)
        pairs = experience_of_year(site, year)
        chapters = [Chapter(report, zone, f"{CHAPTER_ID}{number}",
                            rebase_addresses(demote_headings(report.body), urls.report_page(report), path),
                            urls.url_of(urls.report_page(report), path), urls.url_of(urls.zone_page(zone), path),
                            zone_outcomes(site, zone, path))
                    for number, (report, zone) in enumerate(pairs, start=1)]
        yield CompendiumPage(
            path=path, title=f"{year}年经验汇编", site=site, year=year,
            preface=preface.for_year(year) if preface else "", preface_sample=bool(preface and preface.sample),
            sample=any(zone.data.sample for _, zone in pairs),
            overview=year_overview(site, year), chapters=chapters,
            pdf=urls.root_of(path) + urls.compendium_pdf(year) if pdf_made() else "",
            pdf_name=f"{year}年经验汇编.pdf")


PAGE_KINDS = (PageKind("experience year", "compendium.md.j2", EXPERIENCE, pages),)
