"""Command-line mistakes get a Chinese message and a non-zero exit, never a traceback."""

from __future__ import annotations

from pathlib import Path

from generator.guide.commands import command_names
from tests.conftest import CONTENT, ROOT, cog_check, run_cli


def test_today_in_a_local_form_is_refused_with_the_corrected_form() -> None:
    run = run_cli(["validate", "--today", "2026年11月27日"])
    assert run.code == 2
    assert "参数错误" in run.output and "应写作 2026-11-27" in run.output


def test_missing_zones_folder_is_explained(workspace: Path) -> None:
    run = run_cli(["validate", "--zones", "nowhere", "--content", str(CONTENT)])
    assert run.code == 1
    assert "nowhere: 错误[F01]: 找不到实验区文件夹。请检查 --zones 参数指向的文件夹" in run.output


def test_build_without_mkdocs_config_is_explained(workspace: Path) -> None:
    run = run_cli(["build", "--content", str(CONTENT), "--config", "missing.yml"])
    assert run.code == 1
    assert "找不到 MkDocs 配置文件" in run.output
    assert not (workspace / "site").exists()


def test_missing_content_files_are_each_named(workspace: Path) -> None:
    run = run_cli(["validate", "--content", "empty"])
    assert run.code == 1
    for name in ("empty/reference/divisions.yml", "empty/reference/topics.yml", "empty/site.yml"):
        assert f"{name}: 错误[S01]: 找不到这个文件" in run.output


def test_the_readme_describes_every_command_and_lists_every_option_as_the_parser_has_it() -> None:
    readme = ROOT / "README.md"
    run = cog_check(readme)
    assert run.code == 0, f"run `cog -r README.md`:\n{run.output}"
    text = readme.read_text(encoding="utf-8")
    assert len(command_names()) >= 8
    for name in command_names():
        assert f"| `showcase {name}` | " in text.split("<!-- [[[cog")[0], name  # described in words too
    assert "| | `--check-links` | " in text and "| | `--type TYPE` | 报告类型" in text
