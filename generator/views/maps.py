"""The map by prefecture: a choropleth from the configured boundary file, or a schematic tile map."""

from __future__ import annotations

from dataclasses import dataclass

from generator.charts import COUNT_COLORS, Chart, prefecture_map
from generator.frames import count_by, zones_frame
from generator.model import Site
from generator.reference import Prefecture
from generator.views import DocsTree, urls
from generator.views.embed import chart_block, scripts_block
from generator.views.markdown import attribute, render, url

PATH = "map/index.md"
BOUNDARY_FOLDER = "assets/maps"
TILE_STYLESHEET = "assets/tile-map.css"


@dataclass(frozen=True)
class MapBlock:
    html: str
    charts: tuple[Chart, ...]


def boundary_docs_path(site: Site) -> str | None:
    return f"{BOUNDARY_FOLDER}/{site.boundary.path.name}" if site.boundary else None


def prefecture_counts(site: Site) -> dict[str, int]:
    return count_by(zones_frame(site), "prefecture")


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
        level = count if highlight is None else (max(count, 1) if prefecture is highlight else 0)
        row, column = prefecture.tile
        current = ' aria-current="page"' if prefecture is highlight else ""
        tiles.append(
            f'<a class="tile tile--row-{row + 1} tile--column-{column + 1} tile--level-{min(level, len(COUNT_COLORS) - 1)}" '
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


def map_block(site: Site, page: str, highlight: Prefecture | None = None) -> MapBlock:
    counts = prefecture_counts(site)
    boundary = boundary_docs_path(site)
    if boundary is None:
        return MapBlock(_tile_map(site, counts, page, highlight) + caption(site), ())
    chart = prefecture_map(site, counts, urls.root_of(page) + boundary, urls.root_of(page), highlight)
    return MapBlock(chart_block(chart) + caption(site), (chart,))


def add(tree: DocsTree, site: Site) -> None:
    if site.boundary is not None:
        tree.add_copy(f"{BOUNDARY_FOLDER}/{site.boundary.path.name}", site.boundary.path)
    else:
        tree.add(TILE_STYLESHEET, tile_stylesheet(site))
    block = map_block(site, PATH)
    counts = prefecture_counts(site)
    rows = [(prefecture, counts.get(prefecture.code, 0),
             [(zone, urls.url_of(urls.zone_page(zone), PATH)) for zone in site.zones if zone.unit.prefecture is prefecture],
             urls.relative(urls.prefecture_page(prefecture.slug), PATH))
            for prefecture in site.reference.divisions.prefectures]
    tree.add(PATH, render("map.md.j2", site=site, block=block, rows=rows,
                          scripts=scripts_block(block.charts, urls.root_of(PATH))))
