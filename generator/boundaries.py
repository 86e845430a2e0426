"""The map's boundary file: it must exist, be GeoJSON, and hold exactly the prefectures of divisions.yml."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

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
        return None, [Problem(settings_file, None, FIELD, f"找不到边界文件“{written}”",
                              "路径相对于 content 文件夹；不使用边界图时请把 boundary_file 留空（显示方块示意图）")]
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
        return None, [Problem(path, None, "", "边界文件不是有效的 GeoJSON",
                              "需要 FeatureCollection，每个 feature 有 properties.code；"
                              "请用 scripts/make_boundaries.py 重新生成，或检查文件格式")]
    expected = {p.code for p in reference.divisions.prefectures if p.code.isdigit()}
    problems = []
    if expected - codes:
        problems.append(Problem(path, None, "properties.code", "边界文件缺少这些市（州）：" + "、".join(sorted(expected - codes)),
                                "每个市（州）都需要一个以行政区划代码为 code 的边界"))
    if codes - expected:
        problems.append(Problem(path, None, "properties.code", "边界文件有未知的代码：" + "、".join(sorted(codes - expected)),
                                "代码必须与 content/reference/divisions.yml 中的市（州）代码一致"))
    return (BoundaryFile(path, labels) if not problems else None), problems
