"""The map by prefecture: a choropleth from the configured boundary file, or a schematic tile map."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.load.boundaries import BoundaryFile
from generator.load.content_pages import ContentPages
from generator.load.reference import Prefecture
from generator.model.site import Site
from generator.model.tables import count_by
from generator.render import svg_map
from generator.render.charts import COUNT_COLORS
from generator.render.docs_tree import DocsTree
from generator.render.page_contexts import PrefectureRow, ZoneLink
from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind, Section
from generator.render.views.markdown import attribute, url

PATH = urls.MAP
MAP = Section("地图", PATH, nav_slot=3)
TILE_STYLESHEET = urls.asset("tile-map.css")


@dataclass(frozen=True)
class MapPage(Page):
    site: Site
    block: str
    rows: list[PrefectureRow]


def prefecture_counts(site: Site) -> dict[str, int]:
    return count_by(site.tables.zones, "prefecture")


def caption(site: Site) -> str:
    settings = site.settings.map
    label = f"审图号：{settings.approval_number}" if settings.approval_number else "示意图"
    if site.boundary is None:
        label = "示意图（方块表示市州的大致方位，不表示边界）"
    note = f"　{settings.source_note}" if settings.source_note and site.boundary else ""
    return f'<p class="map-caption">{attribute(label)}{attribute(note)}</p>\n'


def _tile_map(site: Site, counts: dict[str, int], page: str, highlight: Prefecture | None) -> str:
    tiles = []
    for prefecture in site.reference.divisions.prefectures:
        if prefecture.tile is None:
            continue
        count = counts.get(prefecture.code, 0)
        row, column = prefecture.tile
        current = ' aria-current="page"' if prefecture is highlight else ""
        tiles.append(
            f'<a class="tile tile--row-{row + 1} tile--column-{column + 1} tile--level-{_level(count, prefecture, highlight)}" '
            f'href="{url(urls.url_of(urls.prefecture_page(prefecture.slug), page))}"{current}>'
            f'<span class="tile__name">{attribute(prefecture.name)}</span>'
            f'<span class="tile__count">{count} 个</span></a>')
    stylesheet = f'<link rel="stylesheet" href="{urls.root_of(page)}{TILE_STYLESHEET}">\n'
    return stylesheet + '<nav class="tile-map" aria-label="按市州浏览实验区（方块示意图）">\n' + "\n".join(tiles) + "\n</nav>\n"


def tile_stylesheet(site: Site) -> str:
    """Tile positions and colours as classes: the CSP allows no style attribute."""
    tiles = [prefecture.tile for prefecture in site.reference.divisions.prefectures if prefecture.tile is not None]
    rules = [f".tile--row-{n} {{ grid-row: {n}; }}" for n in range(1, max((r for r, _ in tiles), default=0) + 2)]
    rules += [f".tile--column-{n} {{ grid-column: {n}; }}" for n in range(1, max((c for _, c in tiles), default=0) + 2)]
    rules += [f".tile--level-{level} {{ background: {color}; }}" for level, color in enumerate(COUNT_COLORS)]
    return "\n".join(rules) + "\n"


def _level(count: int, prefecture: Prefecture, highlight: Prefecture | None) -> int:
    """The colour level: the zone count, or on a prefecture's own page, that prefecture alone."""
    if highlight is not None:
        count = max(count, 1) if prefecture is highlight else 0
    return min(count, len(COUNT_COLORS) - 1)


def _svg_map(site: Site, boundary: BoundaryFile, counts: dict[str, int], page: str, highlight: Prefecture | None,
             list_anchor: str) -> str:
    areas = [svg_map.Area(
        code=prefecture.code, name=prefecture.name, label=prefecture.name.replace("朝鲜族自治州", "州").removesuffix("管委会"),
        count=counts.get(prefecture.code, 0), href=urls.url_of(urls.prefecture_page(prefecture.slug), page),
        fill=COUNT_COLORS[_level(counts.get(prefecture.code, 0), prefecture, highlight)],
        rings=boundary.shapes.get(prefecture.code, ()),
        point=boundary.labels.get(prefecture.code)
        or ((prefecture.lon, prefecture.lat) if prefecture.lon is not None and prefecture.lat is not None else None),
        current=prefecture is highlight) for prefecture in site.reference.divisions.prefectures]
    markers = [svg_map.Marker(zone.unit.full_name, zone.status.label, urls.url_of(urls.zone_page(zone), page), *zone.location)
               for zone in site.zones if zone.location and (highlight is None or zone.unit.prefecture is highlight)]
    title = f"{highlight.name}实验区分布图" if highlight else "吉林省实验区分布图（按市州）"
    focus = next((area for area in areas if area.current), None)
    return svg_map.draw(title, areas, markers, list_anchor, frozenset(COUNT_COLORS[3:]), focus)


def map_block(site: Site, page: str, highlight: Prefecture | None = None, list_anchor: str = "#zones") -> str:
    """The map's HTML: the SVG map from the boundary file, or the tile map without one; neither needs a script."""
    counts = prefecture_counts(site)
    if site.boundary is None:
        return _tile_map(site, counts, page, highlight) + caption(site)
    return ('<figure class="svg-map-figure">\n' + _svg_map(site, site.boundary, counts, page, highlight, list_anchor)
            + "</figure>\n" + caption(site))


def add_files(tree: DocsTree, site: Site) -> None:
    """The tile map's stylesheet, when there is no boundary file."""
    if site.boundary is None:
        tree.add(TILE_STYLESHEET, tile_stylesheet(site))


def pages(site: Site, content: ContentPages) -> Iterator[MapPage]:
    block = map_block(site, PATH)
    counts = prefecture_counts(site)
    rows = [PrefectureRow(prefecture, counts.get(prefecture.code, 0),
             [ZoneLink(zone, urls.url_of(urls.zone_page(zone), PATH))
              for zone in site.zones if zone.unit.prefecture is prefecture],
             urls.relative(urls.prefecture_page(prefecture.slug), PATH))
            for prefecture in site.reference.divisions.prefectures]
    yield MapPage(path=PATH, title="实验区地图", site=site, block=block, rows=rows)


PAGE_KINDS = (PageKind("map", "map.md.j2", MAP, pages),)
