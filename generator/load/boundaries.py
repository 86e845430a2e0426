"""The map's boundary file: it must exist, be GeoJSON, and hold exactly the prefectures of divisions.yml."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.reference import Reference
from generator.load.text_file import decode

FIELD = "map.boundary_file"
MAX_POINTS = 200_000  # bounded work: the bundled file has about 4,000

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class BoundaryFile:
    path: Path
    labels: dict[str, tuple[float, float]] = field(default_factory=dict)  # code -> (lon, lat) of the name
    shapes: dict[str, tuple[Ring, ...]] = field(default_factory=dict)  # code -> outer and inner rings


def _rings(geometry: dict[str, Any]) -> tuple[Ring, ...]:
    """The rings of a Polygon or MultiPolygon, as (lon, lat) points."""
    kind, coordinates = geometry["type"], geometry["coordinates"]
    if kind not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"not a polygon: {kind}")
    polygons: list[Any] = [coordinates] if kind == "Polygon" else coordinates
    return tuple(tuple((float(point[0]), float(point[1])) for point in ring)
                 for polygon in polygons for ring in polygon)


def check_boundary_file(content: Path, reference: Reference) -> tuple[BoundaryFile | None, list[Problem]]:
    """The boundary file to publish, or None for the schematic tile map; problems name what to fix."""
    written = reference.settings.map.boundary_file
    if not written:
        return None, []
    settings_file = content / "site.yml"
    path = content / written
    if not path.is_file():
        return None, [rulebook.BOUNDARY_FILE_MISSING.at(settings_file, None, FIELD, written=written)]
    text, problems = decode(path.read_bytes(), path)
    if text is None:
        return None, problems
    try:
        data = json.loads(text)
        properties = [feature["properties"] for feature in data["features"]]
        codes = {str(item["code"]) for item in properties}
        labels = {str(item["code"]): (float(item["label"][0]), float(item["label"][1]))
                  for item in properties if isinstance(item.get("label"), list) and len(item["label"]) == 2}
        shapes = {str(feature["properties"]["code"]): _rings(feature["geometry"]) for feature in data["features"]}
        if sum(len(ring) for rings in shapes.values() for ring in rings) > MAX_POINTS:
            raise ValueError("too many points")
    except (ValueError, KeyError, TypeError, IndexError):
        return None, [rulebook.BOUNDARY_INVALID.at(path)]
    expected = {p.code for p in reference.divisions.prefectures if p.code.isdigit()}
    problems = []
    if expected - codes:
        problems.append(rulebook.BOUNDARY_MISSING_PREFECTURES.at(path, None, "properties.code",
                                                                 names="、".join(sorted(expected - codes))))
    if codes - expected:
        problems.append(rulebook.BOUNDARY_UNKNOWN_CODES.at(path, None, "properties.code",
                                                           codes="、".join(sorted(codes - expected))))
    return (BoundaryFile(path, labels, shapes) if not problems else None), problems
