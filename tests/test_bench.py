"""The benchmark's synthetic provinces stay valid against the data contract, so the benchmark measures a build."""

from __future__ import annotations

from pathlib import Path

from bench.synth import synthesise
from tests.conftest import run_cli


def test_a_synthetic_province_validates_without_errors(tmp_path: Path) -> None:
    zones, content = synthesise(tmp_path, zones=4, reports=12)
    run = run_cli(["validate", "--zones", str(zones), "--content", str(content), "--today", "2026-11-27"])
    assert run.code == 0, run.output
    assert len(list(zones.glob("*/reports/*.md"))) == 4 * (12 + 3)  # its reports and the three application materials


def test_every_synthetic_zone_reports_satisfaction_from_its_own_reports(tmp_path: Path) -> None:
    from datetime import date

    from generator.pipeline import Inputs, check

    zones, content = synthesise(tmp_path, zones=4, reports=12)
    site = check(Inputs(zones, content), date(2026, 11, 27)).site
    assert site is not None
    for zone in site.zones:
        satisfaction = zone.indicator("satisfaction")
        assert satisfaction is not None and satisfaction.values, zone.id
        assert all(value.survey is not None for value in satisfaction.values), zone.id
        reports = {path.name for path in (zones / zone.id / "reports").iterdir()}
        sources = {value.source for figures in zone.indicators for value in figures.values}
        assert sources and sources <= reports, (zone.id, sources - reports)
