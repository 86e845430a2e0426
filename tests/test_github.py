"""The project's GitHub files: valid workflows that validate, test, build and publish only a good build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.load.reference import load_reference
from generator.review.codeowners import codeowners_text
from tests.conftest import CONTENT, ROOT

GITHUB = ROOT / ".github"
SCHEMAS = [
    *(("vendor.github-workflows", workflow) for workflow in sorted((GITHUB / "workflows").glob("*.yml"))),
    ("vendor.dependabot", GITHUB / "dependabot.yml"),
    ("vendor.github-issue-forms", GITHUB / "ISSUE_TEMPLATE" / "application.yml"),
    ("vendor.github-issue-config", GITHUB / "ISSUE_TEMPLATE" / "config.yml"),
]


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _steps(workflow: dict[str, Any], job: str) -> str:
    return yaml.safe_dump(workflow["jobs"][job]["steps"], allow_unicode=True)


@pytest.mark.parametrize(("schema", "path"), SCHEMAS, ids=[path.name for _, path in SCHEMAS])
def test_github_files_pass_the_linter(schema: str, path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_validates_builds_and_keeps_the_site_and_tests_only_when_code_changed() -> None:
    workflow = _load(GITHUB / "workflows" / "ci.yml")
    assert {"pull_request", "push"} <= set(workflow[True])  # YAML 1.1 reads the key `on` as True
    data = _steps(workflow, "data")
    for expected in ('showcase validate --format github --summary "$GITHUB_STEP_SUMMARY" --changed', "showcase build --check-links",
                     "showcase preview --site site --out preview", "actions/upload-artifact"):
        assert expected in data
    assert "pytest" not in data and "pytest" in _steps(workflow, "code")
    assert workflow["jobs"]["code"]["if"] == "needs.data.outputs.code == 'true'"
    assert workflow["env"]["TZ"] == "Asia/Shanghai"


def test_pages_publishes_nightly_and_only_after_a_good_build() -> None:
    workflow = _load(GITHUB / "workflows" / "pages.yml")
    triggers = workflow[True]
    assert triggers["push"]["branches"] == ["main"] and triggers["schedule"][0]["cron"] and "workflow_dispatch" in triggers
    build = " ".join(step.get("run", "") for step in workflow["jobs"]["build"]["steps"])
    assert "showcase build --check-links --site-url" in build and "--today" in build
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert "actions/deploy-pages" in _steps(workflow, "deploy")
    keep = workflow["jobs"]["keep-schedule"]
    assert keep["if"] == "github.event_name == 'schedule'" and keep["permissions"] == {"actions": "write"}
    assert "actions/workflows/pages.yml/enable" in _steps(workflow, "keep-schedule")


def test_dependabot_watches_pip_its_locks_npm_and_actions() -> None:
    updates = {(update["package-ecosystem"], update["directory"]) for update in _load(GITHUB / "dependabot.yml")["updates"]}
    assert updates == {("pip", "/"), ("pip", "/requirements"), ("npm", "/"), ("github-actions", "/")}


def test_codeowners_sends_each_prefecture_to_its_reviewers() -> None:
    reference, _ = load_reference(CONTENT)
    assert reference is not None
    assert (GITHUB / "CODEOWNERS").read_text(encoding="utf-8") == codeowners_text(reference)
    owners = (GITHUB / "CODEOWNERS").read_text(encoding="utf-8")
    assert "/zones/2201*/ @jl-changchun-review @jl-mzt-review" in owners and "\n* @jl-mzt-review\n" in owners
    assert "python -m generator.review.codeowners | diff - .github/CODEOWNERS" in _steps(_load(GITHUB / "workflows" / "ci.yml"), "data")


def test_application_form_asks_for_the_fields_of_attachment_1() -> None:
    form = _load(GITHUB / "ISSUE_TEMPLATE" / "application.yml")
    labels = " ".join(item["attributes"].get("label", "") for item in form["body"])
    for field in ("申报单位", "行政区划代码", "市（州）", "实验主题", "选题", "联系", "摘要"):
        assert field in labels, field
