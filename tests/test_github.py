"""The project's GitHub files: valid workflows that validate, test, build and publish only a good build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.load.reference import load_reference
from generator.review.approvals import stages_for
from generator.review.codeowners import codeowners_text
from generator.review.gitattributes import hiding_lines
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


def test_codeowners_gives_the_approval_rules_to_the_province_alone() -> None:
    """CODEOWNERS' last matching line wins: the rule files come after the zone lines, owned by the province only."""
    lines = (GITHUB / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    for pattern in ("/.github/", "/content/site.yml", "/generator/review/", "/CODEOWNERS", ".gitattributes"):
        assert f"{pattern} @jl-mzt-review" in lines, pattern
    assert lines.index(".gitattributes @jl-mzt-review") > lines.index("/zones/2201*/ @jl-changchun-review @jl-mzt-review")


def test_the_provinces_choices_are_the_provinces_alone() -> None:
    """典型案例 and the reasons of a national recommendation: no prefecture owns or approves zones/selections.yml."""
    reference, _ = load_reference(CONTENT)
    assert reference is not None
    assert "/zones/selections.yml @jl-mzt-review" in (GITHUB / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    assert [stage.name for stage in stages_for(["zones/selections.yml"], reference)] == ["省民政厅"]


@pytest.mark.parametrize(("path", "text"), [
    (".gitattributes", "* -diff linguist-generated=true"),
    (".gitattributes", "*.md binary"),
    (".gitattributes", "zones/** diff=hidden"),
    (".gitattributes", "/Zones/**/*.yml filter=lfs"),
    (".gitattributes", "z*/**/*.md working-tree-encoding=UTF-16"),
    (".gitattributes", "**/report.md merge=ours"),
    (".gitattributes", "[attr]text -diff"),
    ("zones/220102-nanguan/.gitattributes", "*.md linguist-generated"),
    ("zones/.gitattributes", '"220102-nanguan/zone.yml" ident'),
], ids=["star-hidden", "binary-macro", "diff-driver", "case-insensitive-filter", "encoding", "merge-driver",
        "redefined-text", "inside-a-zone", "quoted"])
def test_gitattributes_that_could_hide_a_zone_change_are_refused(path: str, text: str) -> None:
    assert len(hiding_lines(path, f"# why\n{text}\n")) == 1
    assert f"{path} 第 2 行“{text}”" in hiding_lines(path, f"# why\n{text}\n")[0]


@pytest.mark.parametrize(("path", "text"), [
    (".gitattributes", "* text=auto eol=lf"),
    (".gitattributes", "tests/golden/** -text -diff"),
    (".gitattributes", "/generator/** linguist-generated"),
    ("docs/.gitattributes", "* -diff"),
    (".gitattributes", "zones/** !diff diff linguist-generated=false"),
], ids=["line-endings", "outside-zones", "anchored-elsewhere", "another-folder", "resets"])
def test_gitattributes_that_leave_zone_diffs_visible_are_accepted(path: str, text: str) -> None:
    assert hiding_lines(path, text) == []


def _check_attributes(repository: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator.review.gitattributes"], cwd=repository, capture_output=True,
                          text=True, check=False)


def test_ci_checks_gitattributes_early_and_the_repository_passes() -> None:
    assert "python -m generator.review.gitattributes" in _steps(_load(GITHUB / "workflows" / "ci.yml"), "data")
    run = _check_attributes(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


def test_ci_refuses_a_zone_gitattributes_that_hides_the_report(tmp_path: Path) -> None:
    (tmp_path / "zones" / "220102-nanguan").mkdir(parents=True)
    (tmp_path / "zones" / "220102-nanguan" / ".gitattributes").write_text("* -diff linguist-generated=true\n",
                                                                          encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True)
    run = _check_attributes(tmp_path)
    assert run.returncode == 1
    assert run.stdout.startswith("::error file=zones/220102-nanguan/.gitattributes::zones/220102-nanguan/.gitattributes 第 1 行")


def test_application_form_asks_for_the_fields_of_attachment_1() -> None:
    form = _load(GITHUB / "ISSUE_TEMPLATE" / "application.yml")
    labels = " ".join(item["attributes"].get("label", "") for item in form["body"])
    for field in ("申报单位", "行政区划代码", "市（州）", "实验主题", "选题", "联系", "摘要"):
        assert field in labels, field
