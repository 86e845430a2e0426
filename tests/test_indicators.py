"""Outcome indicators (实验成效): a zone's figures as the pages read them, and the province's set."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.contract.indicators import IndicatorDefinition, Measurement, Point
from generator.load.reference import load_reference
from generator.model.indicators import IndicatorFigures, Progress
from generator.model.site import Site
from generator.pipeline import Inputs, check
from generator.render.figures import with_unit
from tests.conftest import CONTENT, ROOT, SAMPLE_ZONES, VALID_ZONE, validate, write_zone

FIGURES = """\
# 实验成效
indicators:
  - id: own-elderly-canteens
    name: 社区老年食堂数
    unit: 个
    kind: count
    direction: higher
    definition: 实验区内运营的社区老年食堂数
    baseline: {year: 2019, value: 3}
    values:
      - {year: 2020, value: 8, source: 南关区民政局统计}
  - id: satisfaction
    baseline: {year: 2019, value: 80}
    target: {year: 2021, value: 90}
    values:
      - year: 2020
        value: 86.5
        source: 南关区2020年居民满意度第三方测评
        survey: {by: 吉林大学社会学系, method: 入户问卷, sample: 1200}
  - id: community-work-items
    baseline: {year: 2019, value: 120}
    target: {year: 2021, value: 60}
    values:
      - {year: 2020, value: 110, source: 南关区社区工作事项清单}
"""


def site_of(root: Path, today: str = "2020-04-25") -> Site:
    checked = check(Inputs(root / "zones", CONTENT), date.fromisoformat(today))
    assert checked.site is not None, [problem.message for problem in checked.problems]
    return checked.site


def test_a_zone_without_indicators_has_no_figures(workspace: Path) -> None:
    write_zone(workspace)
    site = site_of(workspace)
    assert site.zones[0].indicators == ()
    assert site.tables.indicators.empty


def test_a_zones_figures_in_the_sets_order_then_its_own(workspace: Path) -> None:
    write_zone(workspace, indicators=FIGURES)
    site = site_of(workspace)
    zone = site.zones[0]
    assert [figures.id for figures in zone.indicators] == ["satisfaction", "community-work-items", "own-elderly-canteens"]
    satisfaction = zone.indicator("satisfaction")
    assert satisfaction is not None and satisfaction.name == "居民满意度" and satisfaction.unit == "%"
    assert satisfaction.change == pytest.approx(6.5) and satisfaction.improved is True
    assert satisfaction.progress is Progress.ON_TRACK
    work_items = zone.indicator("community-work-items")
    assert work_items is not None and work_items.improved is True and work_items.progress is Progress.BEHIND
    own = zone.indicator("own-elderly-canteens")
    assert own is not None and own.own and own.name == "社区老年食堂数" and own.progress is None
    assert [(z.id, f.id) for z, f in site.reporting("satisfaction")] == [(zone.id, "satisfaction")]


def test_the_long_table_has_one_row_per_figure(workspace: Path) -> None:
    write_zone(workspace, indicators=FIGURES)
    table = site_of(workspace).tables.indicators
    satisfaction = table[table.indicator == "satisfaction"]
    assert list(satisfaction.value_kind) == ["baseline", "target", "actual"]
    assert list(satisfaction.year) == [2019, 2021, 2020]
    actual = satisfaction.iloc[2]
    assert (actual.zone_code, actual.zone, actual.prefecture_name, actual.indicator_name, actual.unit) == (
        "220102", "长春市南关区", "长春市", "居民满意度", "%")
    assert (actual.value, actual.source, actual.survey_sample) == (86.5, "南关区2020年居民满意度第三方测评", 1200)
    assert len(table) == 2 + 3 + 3


def definition(direction: str) -> IndicatorDefinition:
    return IndicatorDefinition(id="x", name="某指标", unit="%", kind="percentage", direction=direction,  # type: ignore[arg-type]
                               definition="测试用的口径")


@pytest.mark.parametrize(("direction", "latest", "expected"), [
    ("higher", 90, Progress.REACHED), ("higher", 85, Progress.ON_TRACK), ("higher", 84, Progress.BEHIND),
    ("lower", 70, Progress.REACHED), ("lower", 75, Progress.ON_TRACK), ("lower", 76, Progress.BEHIND),
])
def test_progress_against_the_straight_line_to_the_target(direction: str, latest: float, expected: Progress) -> None:
    start, goal = (80, 90) if direction == "higher" else (80, 70)
    figures = IndicatorFigures(definition(direction), False, Point(year=2019, value=start), Point(year=2021, value=goal),
                               (Measurement(year=2020, value=latest, source="统计"),))
    assert figures.progress is expected


def test_the_province_set_has_the_required_satisfaction_survey() -> None:
    reference, problems = load_reference(CONTENT)
    assert reference is not None and problems == []
    indicators = reference.indicator_index()
    assert 12 <= len(indicators) <= 20
    assert indicators["satisfaction"].required and indicators["satisfaction"].survey
    assert indicators["service-facility-area"].reference is not None
    assert {indicator.area for indicator in indicators.values()} == {"", "1", "2", "3", "4", "5"}
    assert "示例" in reference.indicators.source


def test_a_zone_file_beside_zone_yml_is_not_a_stray_file(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE, indicators="indicators: []\n")
    site_of(workspace)


def test_the_templates_examples_pass_once_uncommented(workspace: Path) -> None:
    text = (ROOT / "content" / "templates" / "indicators.yml").read_text(encoding="utf-8")
    lines = [line.replace("# ", "", 1) if line.startswith("    # ") else line[1:] if line.startswith("#  ") else line
             for line in text.split("\n") if not line.startswith("    values: []")]
    summary = "2020-12-25-annual-summary.md"
    write_zone(workspace, indicators="\n".join(lines),
               reports={summary: (SAMPLE_ZONES / "220102-nanguan" / "reports" / summary).read_text(encoding="utf-8")})
    zone = site_of(workspace, today="2021-01-05").zones[0]
    assert [figures.id for figures in zone.indicators] == ["satisfaction", "community-social-organizations",
                                                           "own-elderly-canteens"]
    run = validate(workspace, today="2021-01-05")
    assert "[I" not in run.output and run.code == 0, run.output


def test_a_yaml_bomb_or_a_huge_indicators_yml_is_refused_with_its_rule(workspace: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + level)}: &{chr(98 + level)} [{', '.join([f'*{chr(97 + level)}'] * 10)}]\n" for level in range(6))
    write_zone(workspace, indicators=bomb)
    write_zone(workspace, "220103-kuancheng", zone=VALID_ZONE.replace('"220102"', '"220103"').replace("南关区", "宽城区"),
               indicators="indicators: []\n" + "#" * (300 * 1024))
    run = validate(workspace)
    assert "zones/220102-nanguan/indicators.yml: 错误[Y15]" in run.output, run.output
    assert "zones/220103-kuancheng/indicators.yml: 错误[F05]" in run.output, run.output
    assert run.code == 1 and "Traceback" not in run.output


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (12.0, "个", "12 个"), (85.25, "%", "85.25%"), (91.3, "%", "91.3%"), (12345678.0, "元", "12,345,678 元"),
    (0.125, "", "0.12"), (1e-7, "", "0"), (1234.5, "平方米/百户", "1,234.5 平方米/百户"),
])
def test_figures_print_without_exponents_or_trailing_zeros(value: float, unit: str, expected: str) -> None:
    assert with_unit(value, unit) == expected
