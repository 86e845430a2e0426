"""The map's boundary file: it must exist, be GeoJSON, and hold exactly the prefectures of divisions.yml."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from generator import rulebook
from generator.problems import Problem
from generator.reference import Reference
from generator.textfile import decode

FIELD = "map.boundary_file"


@dataclass(frozen=True)
class BoundaryFile:
    path: Path
    labels: dict[str, tuple[float, float]] = field(default_factory=dict)  # code -> (lon, lat) of the name


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
    except (ValueError, KeyError, TypeError):
        return None, [rulebook.BOUNDARY_INVALID.at(path)]
    expected = {p.code for p in reference.divisions.prefectures if p.code.isdigit()}
    problems = []
    if expected - codes:
        problems.append(rulebook.BOUNDARY_MISSING_PREFECTURES.at(path, None, "properties.code",
                                                                 names="、".join(sorted(expected - codes))))
    if codes - expected:
        problems.append(rulebook.BOUNDARY_UNKNOWN_CODES.at(path, None, "properties.code",
                                                           codes="、".join(sorted(codes - expected))))
    return (BoundaryFile(path, labels) if not problems else None), problems
