"""Small pieces officials' input goes through: dates, YAML positions, front matter, the plan count."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.check.plan import counted_characters
from generator.contract.dates import DateFormatError, parse_date
from generator.contract.problems import Problem
from generator.load.yaml_source import parse_yaml
from generator.load.zone_folders import split_front_matter
from generator.render.docs_tree import DocsTree
from generator.render.views.markdown import inline

FILE = Path("zone.yml")


@pytest.mark.parametrize(("written", "suggestion"), [
    ("2020年3月1日", "2020-03-01"), ("2020 年 3 月 1 日", "2020-03-01"), ("2020.3.1", "2020-03-01"),
    ("2020/03/01", "2020-03-01"), ("2020。3。1", "2020-03-01"), ("20200301", "2020-03-01"),
])
def test_local_date_forms_are_refused_with_the_corrected_form(written: str, suggestion: str) -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date(written)
    assert caught.value.suggestion == suggestion


def test_iso_dates_are_accepted() -> None:
    assert parse_date("2020-3-1") == date(2020, 3, 1)
    assert parse_date(date(2020, 3, 1)) == date(2020, 3, 1)


@pytest.mark.parametrize("written", ["三月", "2020-13-01", "明年"])
def test_non_dates_have_no_suggestion(written: str) -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date(written)
    assert caught.value.suggestion is None


def test_yaml_lines_are_kept_for_nested_keys_and_items() -> None:
    parsed, problems = parse_yaml("a: 1\nb:\n  c: 2\n  d:\n    - x\n    - y\n", FILE, first_line=10)
    assert not problems and parsed is not None
    assert parsed.line_of(("b", "c")) == 12
    assert parsed.line_of(("b", "d", 1)) == 15
    assert parsed.line_of(("b", "missing")) == 11


def test_yaml_dates_stay_text_so_one_parser_explains_them() -> None:
    parsed, _ = parse_yaml("start: 2020-02-30\n", FILE)
    assert parsed is not None and parsed.data == {"start": "2020-02-30"}


def test_duplicate_keys_are_reported() -> None:
    _, problems = parse_yaml("title: a\ntitle: b\n", FILE)
    assert [(p.line, p.field) for p in problems] == [(2, "title")]


def test_tabs_and_full_width_colons_are_reported_and_the_rest_still_parsed() -> None:
    parsed, problems = parse_yaml("name：南关区\nm:\n\tx: 1\n", FILE)
    assert [p.line for p in problems] == [1, 3]
    assert parsed is not None and parsed.data == {"name": "南关区", "m": {"x": 1}}


def test_front_matter_split_reports_the_body_line() -> None:
    assert split_front_matter("---\na: 1\n---\nbody\n", FILE) == ("a: 1", "body\n", 4)
    assert isinstance(split_front_matter("a: 1\n", FILE), Problem)
    assert isinstance(split_front_matter("---\na: 1\n", FILE), Problem)


def test_plan_count_is_words_count_without_markup() -> None:
    """As Word and WPS count 字数: each Chinese character and full-width punctuation mark, each word of other
    scripts; markup, spaces and link targets do not count."""
    markdown = "## 一、实验背景\n\n社区 治理，abc 123。[链接](https://example.org/很长的地址) <b>粗</b>"
    assert counted_characters(markdown) == len("一、实验背景社区治理，。链接粗") + len(["abc", "123"])


@pytest.mark.parametrize(("text", "shown"), [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("a | b", "a \\| b"),
    ("# 标题", "\\# 标题"),
    ("[x](javascript:1)", "\\[x\\](javascript:1)"),
    ("两行\n文字", "两行 文字"),
])
def test_inline_text_from_data_never_becomes_markup(text: str, shown: str) -> None:
    assert inline(text) == shown


def test_two_views_cannot_write_the_same_file() -> None:
    tree = DocsTree()
    tree.add_blob("data/zones.csv", b"code\n")
    with pytest.raises(ValueError, match=r"two files at data/zones\.csv"):
        tree.add("data/zones.csv", "code\n")
    with pytest.raises(ValueError, match=r"two files at data/zones\.csv"):
        tree.add_copy("data/zones.csv", Path("zones.csv"))
