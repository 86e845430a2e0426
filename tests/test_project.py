"""The project's promises to newcomers and CI: the README's commands, lint and types, schemas in sync."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pydantic import BaseModel

from generator.contract.files import ReportFront, ZoneFile, nested_model
from generator.contract.schemas import SCHEMAS, schema_text
from generator.contract.terms import REPORT_TYPES
from tests.conftest import ROOT

TEST_COMMAND = 'pip install -e ".[test]" && pytest'
BUILD_COMMAND = "pip install -e . && showcase build"


def test_readme_quick_start_and_ci_run_the_same_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert BUILD_COMMAND in readme and TEST_COMMAND in readme
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert TEST_COMMAND in ci_lines


def test_json_schema_files_match_the_models() -> None:
    for name in SCHEMAS:
        committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
        assert committed == schema_text(name), f"schemas/{name} is stale: run `showcase schemas`"


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    from generator.cli import make_parser

    parser = make_parser()
    commands = next(action for action in parser._actions if action.dest == "command")
    for name, sub in commands.choices.items():  # type: ignore[union-attr]
        assert f"`showcase {name}" in readme, name
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in readme, f"showcase {name} {option}"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_is_clean() -> None:
    result = _run("ruff", "check", "generator", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def _field_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    paths = []
    for name in model.model_fields:
        path = f"{prefix}{name}"
        paths.append(path)
        nested = nested_model(model, (name,))
        if nested is not None:
            paths += _field_paths(nested, f"{path}.")
    return paths


def test_the_officials_guide_explains_every_field_and_report_type() -> None:
    guide = (ROOT / "content" / "pages" / "guide.md").read_text(encoding="utf-8")
    for path in _field_paths(ZoneFile) + _field_paths(ReportFront):
        assert f"`{path}`" in guide, f"the guide does not explain `{path}`"
    for report_type, label in REPORT_TYPES.items():
        assert f"`{report_type}`" in guide and label in guide, report_type


def test_readme_gives_the_pages_content_security_policy_as_a_server_header() -> None:
    from generator.site import csp

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f'add_header Content-Security-Policy "{csp.POLICY}; {csp.HEADER_ONLY}" always;' in readme


def test_a_test_that_reads_the_live_zones_fails(tmp_path: Path) -> None:
    """Officials change zones/ by pull request: conftest fails any test that reads it, so none can turn red on one."""
    probe = tmp_path / "test_probe.py"
    probe.write_text("from tests.conftest import ROOT, validate\n\n\ndef test_probe() -> None:\n    validate(ROOT)\n",
                     encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest",
                          "--rootdir", str(ROOT), str(probe)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "a test read the live zones/" in run.stdout, run.stdout


