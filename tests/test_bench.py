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
