"""The map by prefecture as an SVG drawn at build time: links that work by touch, keyboard and without script.

Every prefecture is a link to its page, named with its zone count; zones are markers with tap areas of
at least 44 CSS pixels on a 375 px phone, and markers that would overlap there are drawn as one group on
the province's map, and spread round their place on a prefecture's page.
The SVG holds only attributes (no style attribute), so the site's Content-Security-Policy stands.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 600.0  # viewBox units
NARROWEST = 343.0  # CSS pixels of the map on a 375 px phone (the page's margins taken off)
WIDE = 576.0  # CSS pixels of the map from 45em up (its max-width)
TAP = 44.0 * WIDTH / NARROWEST  # a tap target of 44 CSS pixels on that phone, in viewBox units
WIDE_TAP = 44.0 * WIDTH / WIDE
LABEL_FONT = 26.0  # the labels' largest size (on phones), in viewBox units: see showcase.css
PADDING = 12.0

Ring = tuple[tuple[float, float], ...]  # (lon, lat) points


@dataclass(frozen=True)
class Area:
    """A prefecture: its shape (or none, for 长白山管委会: then a square at `point`), its label and link."""

    code: str
    name: str
    label: str  # the short name written on the map
    count: int
    href: str
    fill: str
    rings: tuple[Ring, ...] = ()
    point: tuple[float, float] | None = None  # where the label (or the square) goes
    current: bool = False


@dataclass(frozen=True)
class Marker:
    name: str
    detail: str
    href: str
    lon: float
    lat: float


@dataclass(frozen=True)
class _Projection:
    west: float
    north: float
    scale: float  # viewBox units per degree of longitude
    squash: float  # cos(latitude): a degree of longitude is shorter than one of latitude up here

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (PADDING + (lon - self.west) * self.scale, PADDING + (self.north - lat) * self.scale / self.squash)


def _projection(points: Sequence[tuple[float, float]]) -> tuple[_Projection, float]:
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    squash = math.cos(math.radians((north + south) / 2))
    scale = (WIDTH - 2 * PADDING) / max(east - west, 1e-6)
    height = (north - south) * scale / squash + 2 * PADDING
    return _Projection(west, north, scale, squash), height


def _path(rings: Sequence[Ring], projection: _Projection) -> str:
    parts = []
    for ring in rings:
        points = [projection.xy(lon, lat) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in points) + "Z")
    return "".join(parts)


def _groups(markers: Sequence[Marker], projection: _Projection, tap: float) -> list[list[Marker]]:
    """Markers closer than one tap target become one group, so that no tap area hides another."""
    groups: list[tuple[float, float, list[Marker]]] = []
    for marker in markers:
        x, y = projection.xy(marker.lon, marker.lat)
        for index, (gx, gy, members) in enumerate(groups):
            if math.hypot(gx - x, gy - y) < tap:
                members.append(marker)
                count = len(members)
                groups[index] = ((gx * (count - 1) + x) / count, (gy * (count - 1) + y) / count, members)
                break
        else:
            groups.append((x, y, [marker]))
    return [members for _, _, members in groups]


def _text(text: str) -> str:
    return escape(text, quote=True)


def _area(area: Area, projection: _Projection) -> str:
    name = f"{area.name}：已公开实验区 {area.count} 个"
    current = ' aria-current="page"' if area.current else ""
    if area.rings:
        shape = f'<path d="{_path(area.rings, projection)}" fill="{area.fill}"/>'
    elif area.point is not None:
        x, y = projection.xy(*area.point)
        shape = f'<rect x="{x - TAP / 2:.1f}" y="{y - TAP / 2:.1f}" width="{TAP:.1f}" height="{TAP:.1f}" fill="{area.fill}"/>'
    else:
        return ""
    return (f'<a class="svg-map__area" href="{_text(area.href)}" aria-label="{_text(name)}"{current}>'
            f"<title>{_text(name)}</title>{shape}</a>")


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _clear_of(box: Box, dots: Sequence[tuple[float, float]], radius: float, placed: Sequence[Box]) -> bool:
    left, top, right, bottom = box
    if any(left < other[2] and other[0] < right and top < other[3] and other[1] < bottom for other in placed):
        return False
    return all(math.hypot(max(left - x, 0, x - right), max(top - y, 0, y - bottom)) > radius for x, y in dots)


def _label_box(area: Area, x: float, y: float) -> Box:
    width = LABEL_FONT * len(area.label)
    left = x - width / 2 if area.rings else x
    return (left, y - LABEL_FONT * 0.9, left + width, y + LABEL_FONT * 0.25)


def _label_at(area: Area, x: float, y: float, dots: Sequence[tuple[float, float]], placed: list[Box]) -> tuple[float, float]:
    """Where the label goes: at its point, or the nearest place off the markers and the other labels."""
    step = LABEL_FONT * 0.6
    offsets = [(0.0, 0.0)] + [(dx * step * k, dy * step * k) for k in (1, 2, 3)
                              for dx, dy in ((0, -1), (0, 1), (-1, 0), (1, 0), (-1, -1), (1, -1), (-1, 1), (1, 1))]
    for dx, dy in offsets:
        box = _label_box(area, x + dx, y + dy)
        if _clear_of(box, dots, 22, placed):
            placed.append(box)
            return x + dx, y + dy
    placed.append(_label_box(area, x, y))
    return x, y


def _label(area: Area, projection: _Projection, dark: bool, dots: Sequence[tuple[float, float]],
           placed: list[Box]) -> str:
    """The name only: the count is in the link's name, the tooltip and the table below the map."""
    if area.point is None:
        return ""
    x, y = projection.xy(*area.point)
    if not area.rings:  # beside the square
        x += TAP / 2 + 6
    x, y = _label_at(area, x, y, dots, placed)
    anchor = "middle" if area.rings else "start"
    tone = " svg-map__label--light" if dark else ""
    return (f'<text class="svg-map__label{tone}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" aria-hidden="true">'
            f"{_text(area.label)}</text>")


def _centre(group: list[Marker], projection: _Projection) -> tuple[float, float]:
    points = [projection.xy(m.lon, m.lat) for m in group]
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _marker(group: list[Marker], projection: _Projection, group_href: str, tap: float) -> str:
    x, y = _centre(group, projection)
    if len(group) == 1:
        marker = group[0]
        name = f"{marker.name}（{marker.detail}）"
        href, dot = marker.href, f'<circle class="svg-map__dot" cx="{x:.1f}" cy="{y:.1f}" r="9"/>'
    else:
        name = f"{'、'.join(m.name for m in group)}：{len(group)} 个实验区，见地图下方的列表"
        href = group_href
        dot = (f'<circle class="svg-map__dot svg-map__dot--group" cx="{x:.1f}" cy="{y:.1f}" r="16"/>'
               f'<text class="svg-map__group-count" x="{x:.1f}" y="{y:.1f}" text-anchor="middle" '
               f'dominant-baseline="central" aria-hidden="true">{len(group)}</text>')
    return (f'<a class="svg-map__marker" href="{_text(href)}" aria-label="{_text(name)}"><title>{_text(name)}</title>'
            f'<circle class="svg-map__tap" cx="{x:.1f}" cy="{y:.1f}" r="{tap / 2:.1f}"/>{dot}</a>')


Spot = tuple[Marker, float, float]  # a marker where it is drawn


def _spread(group: list[Marker], projection: _Projection, tap: float) -> list[Spot]:
    """A group's markers on a circle round its centre, one tap target apart, each in its own direction.

    On a prefecture's page the map is framed on one prefecture, and zones a few kilometres apart (two
    districts of one city) would still share a marker: there each zone keeps a marker of its own."""
    cx, cy = _centre(group, projection)
    if len(group) == 1:
        return [(group[0], cx, cy)]
    radius = 1.05 * tap / (2 * math.sin(math.pi / len(group)))  # a little more: rounding never makes two touch
    by_angle = sorted(group, key=lambda m: math.atan2(projection.xy(m.lon, m.lat)[1] - cy,
                                                      projection.xy(m.lon, m.lat)[0] - cx))
    first = projection.xy(by_angle[0].lon, by_angle[0].lat)
    start = math.atan2(first[1] - cy, first[0] - cx)
    step = 2 * math.pi / len(group)
    return [(marker, cx + radius * math.cos(start + k * step), cy + radius * math.sin(start + k * step))
            for k, marker in enumerate(by_angle)]


def _spot(spot: Spot, projection: _Projection, tap: float) -> str:
    """One zone's marker drawn away from its place, with a line to where it is."""
    marker, x, y = spot
    px, py = projection.xy(marker.lon, marker.lat)
    name = f"{marker.name}（{marker.detail}）"
    leader = (f'<line class="svg-map__leader" x1="{px:.1f}" y1="{py:.1f}" x2="{x:.1f}" y2="{y:.1f}"/>'
              if math.hypot(px - x, py - y) > 1 else "")
    return (f'{leader}<a class="svg-map__marker" href="{_text(marker.href)}" aria-label="{_text(name)}">'
            f"<title>{_text(name)}</title>"
            f'<circle class="svg-map__tap" cx="{x:.1f}" cy="{y:.1f}" r="{tap / 2:.1f}"/>'
            f'<circle class="svg-map__dot" cx="{x:.1f}" cy="{y:.1f}" r="9"/></a>')


def draw(title: str, areas: Sequence[Area], markers: Sequence[Marker], group_href: str,
         dark_fills: frozenset[str], focus: Area | None = None) -> str:
    """The map as inline SVG; with `focus`, framed on that prefecture (its page), the others around it."""
    framed = [focus] if focus else list(areas)
    points = [point for area in framed for ring in area.rings for point in ring]
    points += [area.point for area in framed if not area.rings and area.point is not None]
    points += [(m.lon, m.lat) for m in markers]
    if focus is not None and not focus.rings and focus.point is not None:  # a square only: show its surroundings
        lon, lat = focus.point
        points += [(lon - 0.8, lat - 0.5), (lon + 0.8, lat + 0.5)]
    projection, height = _projection(points)
    shaped = [area for area in areas if area.rings]
    squares = [area for area in areas if not area.rings]
    layers = {"narrow": _groups(markers, projection, TAP), "wide": _groups(markers, projection, WIDE_TAP)}
    spots = {layout: [spot for group in groups for spot in _spread(group, projection, TAP if layout == "narrow" else WIDE_TAP)]
             for layout, groups in layers.items()} if focus is not None else {}
    dots = ([(x, y) for layout in spots.values() for _, x, y in layout] if spots
            else [_centre(group, projection) for groups in layers.values() for group in groups])
    placed: list[Box] = []
    body = ([_area(area, projection) for area in shaped] + [_area(area, projection) for area in squares]
            + [_label(area, projection, area.fill in dark_fills, dots, placed) for area in areas])
    for layout, groups in layers.items():  # CSS shows one: grouped for a phone's finger, or finer for a mouse
        tap = TAP if layout == "narrow" else WIDE_TAP
        drawn = ([_spot(spot, projection, tap) for spot in spots[layout]] if spots
                 else [_marker(group, projection, group_href, tap) for group in groups])
        body.append(f'<g class="svg-map__markers svg-map__markers--{layout}">' + "".join(drawn) + "</g>")
    return (f'<svg class="svg-map" viewBox="0 0 {WIDTH:.0f} {height:.0f}" role="group" aria-label="{_text(title)}" '
            f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">'
            f"<title>{_text(title)}</title>" + "".join(body) + "</svg>\n")
