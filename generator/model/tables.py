"""The published zones as pandas tables, for the counts that maps, charts and theme pages show."""

from __future__ import annotations

import pandas as pd

from generator.model.site import Site, Status

ZONE_COLUMNS = ["id", "name", "full_name", "prefecture", "prefecture_name", "batch", "status", "start",
                "effective_end"]


def zones_frame(site: Site) -> pd.DataFrame:
    rows = [{
        "id": zone.id, "name": zone.unit.name, "full_name": zone.unit.full_name,
        "prefecture": zone.unit.prefecture.code, "prefecture_name": zone.unit.prefecture.name,
        "batch": zone.data.batch, "status": zone.status.key, "start": zone.start, "effective_end": zone.effective_end,
    } for zone in site.zones]
    return pd.DataFrame(rows, columns=ZONE_COLUMNS)


def topics_frame(site: Site) -> pd.DataFrame:
    """One row per (zone, topic) it chose."""
    rows = [{"id": zone.id, "topic": topic} for zone in site.zones for topic in zone.data.topics]
    return pd.DataFrame(rows, columns=["id", "topic"])


def count_by(frame: pd.DataFrame, column: str) -> dict[str, int]:
    if frame.empty:
        return {}
    counts = frame.groupby(column).size()
    return {str(key): int(value) for key, value in counts.items()}


def status_counts(frame: pd.DataFrame) -> list[tuple[Status, int]]:
    """Every status in its fixed order, with its count (zero included, so tables keep their shape)."""
    counts = count_by(frame, "status")
    return [(status, counts.get(status.key, 0)) for status in Status]


def batch_counts(frame: pd.DataFrame) -> list[tuple[int, int]]:
    counts = count_by(frame, "batch")
    return sorted(((int(batch), count) for batch, count in counts.items()), reverse=True)
