"""网站地图: every section, every prefecture with its zones, and every theme, on one page of links."""

from __future__ import annotations

from generator.load.content_pages import ContentPages
from generator.model.site import Site
from generator.render.docs_tree import DocsTree
from generator.render.page_contexts import AreaLinks, NavSection, PrefectureLinks, SiteMapPage, TopicLink, ZoneLink, render_page
from generator.render.views import urls
from generator.render.views.breadcrumbs import page_title
from generator.render.views.navigation import nav

PATH = urls.SITE_MAP


def add(tree: DocsTree, site: Site, pages: ContentPages) -> None:
    titles = {page.name: page_title(page.text) or page.name for page in pages.pages}
    sections = []
    for entry in nav(pages):
        label, target = next(iter(entry.items())) if isinstance(entry, dict) else (titles[str(entry)], str(entry))
        sections.append(NavSection(label, urls.relative(target, PATH)))
    prefectures = [PrefectureLinks(prefecture, urls.relative(urls.prefecture_page(prefecture.slug), PATH),
                    [ZoneLink(zone, urls.relative(urls.zone_page(zone), PATH)) for zone in site.zones
                     if zone.unit.prefecture is prefecture])
                   for prefecture in site.reference.divisions.prefectures]
    areas = [AreaLinks(area, urls.relative(urls.area_page(area.id), PATH),
                       [TopicLink(topic, urls.relative(urls.topic_page(topic.id), PATH)) for topic in area.topics])
             for area in site.reference.topics.areas]
    root = urls.root_of(PATH)
    tree.add(PATH, render_page(SiteMapPage(sections=sections, prefectures=prefectures, areas=areas,
                                           site_feed=root + urls.SITE_FEED, experience_feed=root + urls.EXPERIENCE_FEED)))
