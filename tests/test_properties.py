"""Property-based tests: the loader, the date parser and the code and folder parser never fail unexpectedly."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.check.zone_identity import folder_matches
from generator.contract import rulebook
from generator.contract.dates import DateFormatError, parse_date
from generator.contract.problems import Problem
from generator.load.reference import load_reference
from generator.load.yaml_source import parse_yaml
from generator.load.zone_folders import load_report, split_front_matter
from tests.conftest import CONTENT

FILE = Path("zone.yml")
REFERENCE, _ = load_reference(CONTENT)
assert REFERENCE is not None
CODES = sorted(REFERENCE.units())


@given(st.text())
def test_date_parser_returns_a_date_or_explains(text: str) -> None:
    try:
        assert isinstance(parse_date(text), date)
    except DateFormatError as error:  # every kind of mistake has its rule, and the message quotes what was written
        assert error.written in rulebook.DATE_RULES[error.kind].message.format(written=error.written)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_iso_dates_round_trip_and_local_forms_suggest_them(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    for written in (f"{day.year}年{day.month}月{day.day}日", f"{day.year}.{day.month}.{day.day}",
                    f"{day.year}/{day.month:02d}/{day.day}"):
        try:
            parse_date(written)
        except DateFormatError as error:
            assert error.suggestion == day.isoformat()
        else:
            raise AssertionError(written)


@given(st.text())
def test_yaml_parsing_never_raises_and_every_problem_is_one_an_official_can_act_on(text: str) -> None:
    parsed, problems = parse_yaml(text, FILE)
    assert parsed is not None or problems
    lines = sum(text.count(brk) for brk in "\n\r\x85\u2028\u2029") + 1  # every line break YAML knows, at most
    for problem in problems:  # a rule of the guide, a message and a fix in Chinese, and a line inside the file
        assert problem.rule in rulebook.RULES and problem.message and problem.hint, problem
        assert problem.line is None or 1 <= problem.line <= lines, (problem.line, lines)


@given(st.text())
def test_front_matter_split_never_raises_and_loses_no_line(text: str) -> None:
    result = split_front_matter(text, FILE)
    if isinstance(result, Problem):
        assert result.rule in (rulebook.NO_FRONT_MATTER.id, rulebook.UNCLOSED_FRONT_MATTER.id) and result.line == 1
        return
    front, body, body_line = result
    lines = text.split("\n")
    assert lines[body_line - 1:] == body.split("\n")  # the body starts at the line it says, to the end
    assert "\n".join(lines[1:body_line - 2]) == front


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(lambda text: ("---\n" + text).encode("utf-8")))
def test_loading_any_report_file_gives_a_report_or_problems(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "report.md"
    path.write_bytes(data)
    report, problems = load_report(path, {"topics": {"1-1": "基层管理体制改革"}})
    assert report is not None or problems


@given(st.sampled_from(CODES), st.from_regex(r"[a-z0-9]{1,12}", fullmatch=True))
def test_every_code_with_any_pinyin_names_a_valid_folder(code: str, slug: str) -> None:
    assert folder_matches(code, code)
    assert folder_matches(code, f"{code}-{slug}")


@given(st.sampled_from(CODES), st.text(max_size=8) | st.sampled_from(["0", "_nanguan", "-南关", "-", "-Nanguan", "-ab-c"]))
def test_a_folder_is_its_code_alone_or_with_a_lowercase_pinyin_suffix(code: str, suffix: str) -> None:
    expected = suffix == "" or re.fullmatch(r"-[a-z0-9]+", suffix) is not None
    assert folder_matches(code, code + suffix) == expected


@given(st.sampled_from(CODES), st.text(min_size=1))
def test_a_folder_that_does_not_start_with_its_code_never_matches(code: str, folder: str) -> None:
    if not folder.startswith(code):
        assert not folder_matches(code, folder)
    if folder_matches(code, folder):
        assert folder == code or folder[len(code)] == "-"
