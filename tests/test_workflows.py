"""The workflows a pull request cannot turn against its own review: who decides 逐级审批, with which
token, from which definition; and CI's "did code change?" seeing both names of a rename."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.review.approvals import CONTEXT
from generator.review.changed_code import touches_code
from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
# Events whose workflow definition GitHub takes from the pull request's own merge commit.
PULL_REQUEST_DEFINED = frozenset({"pull_request", "pull_request_review", "pull_request_review_comment"})
# Events that run the base (default) branch's definition, with a token that may write.
BASE_DEFINED = frozenset({"pull_request_target", "workflow_run"})
READ_ONLY = frozenset({"read", "none"})
# What would bring the pull request's code into a privileged job.
_FETCHES_PULL_REQUEST = re.compile(r"git\s+(fetch|checkout|switch|pull|worktree)|gh\s+pr\s+checkout|refs/pull/"
                                   r"|download-artifact|pip\s+install\s+(git\+|https?:)")


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _all() -> dict[str, dict[str, Any]]:
    return {path.name: _load(path) for path in sorted(WORKFLOWS.glob("*.y*ml"))}


def _triggers(workflow: dict[str, Any]) -> set[str]:
    on = workflow[True]  # YAML 1.1 reads the key `on` as True
    return {on} if isinstance(on, str) else set(on)


def _permissions(workflow: dict[str, Any]) -> list[Any]:
    """The workflow's token permissions and each job's (a missing block means the repository default)."""
    return [workflow.get("permissions"), *(job.get("permissions", workflow.get("permissions"))
                                           for job in workflow["jobs"].values())]


def _writes(permissions: Any) -> bool:
    if permissions is None or isinstance(permissions, str):
        return permissions != "read-all"  # absent → the repository default, which may be write-all
    return any(level not in READ_ONLY for level in permissions.values())


def _decides_the_verdict(workflow: dict[str, Any]) -> bool:
    """Sets the 逐级审批 result: runs the checker, or has a job whose check run bears its name."""
    for key, job in workflow["jobs"].items():
        runs = " ".join(str(step.get("run", "")) for step in job.get("steps", []))
        if job.get("name", key) == CONTEXT or "generator.review.approvals" in runs:
            return True
    return False


def _pull_request_code_in(workflow: dict[str, Any]) -> list[str]:
    """Why a privileged workflow could check out or run the pull request's code (empty when it cannot)."""
    problems: list[str] = []
    for key, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            uses, given, run = str(step.get("uses", "")), step.get("with") or {}, str(step.get("run", ""))
            if uses.startswith("actions/checkout"):
                if {"ref", "repository"} & set(given):
                    problems.append(f"{key}: checkout of {given.get('repository', '')}@{given.get('ref', '')}")
                if given.get("persist-credentials") is not False:
                    problems.append(f"{key}: checkout leaves the token in .git/config")
            if "download-artifact" in uses:
                problems.append(f"{key}: downloads an artifact the pull request's run made")
            if "${{" in run:  # an expression in a script is code the event's author writes (branch names, titles)
                problems.append(f"{key}: expression inside run: {run!r}")
            if _FETCHES_PULL_REQUEST.search(run):
                problems.append(f"{key}: fetches other code: {run!r}")
    return problems


def test_the_verdict_comes_only_from_workflows_the_pull_request_cannot_redefine() -> None:
    workflows = _all()
    deciding = {name for name, workflow in workflows.items() if _decides_the_verdict(workflow)}
    assert deciding, "no workflow sets 逐级审批"
    for name in deciding:
        assert _triggers(workflows[name]) <= BASE_DEFINED, f"{name} runs a definition the pull request can change"
    for name, workflow in workflows.items():
        if _triggers(workflow) & PULL_REQUEST_DEFINED:
            assert not _decides_the_verdict(workflow), name
            assert not any(_writes(permissions) for permissions in _permissions(workflow)), \
                f"{name} runs the pull request's definition with a token that can write (e.g. a 逐级审批 status)"


def test_no_job_bears_the_name_of_the_required_status() -> None:
    """A check run named 逐级审批 would satisfy branch protection whatever the status says."""
    for name, workflow in _all().items():
        for key, job in workflow["jobs"].items():
            assert job.get("name", key) != CONTEXT, f"{name}: job {key}"


def test_privileged_workflows_never_check_out_or_run_the_pull_requests_code() -> None:
    privileged = {name: workflow for name, workflow in _all().items() if _triggers(workflow) & BASE_DEFINED}
    assert privileged, "逐级审批 needs a pull_request_target or workflow_run workflow"
    for name, workflow in privileged.items():
        assert _pull_request_code_in(workflow) == [], name


@pytest.mark.parametrize("step", [
    {"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.pull_request.head.sha }}", "persist-credentials": False}},
    {"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.workflow_run.head_sha }}", "persist-credentials": False}},
    {"uses": "actions/checkout@v4"},
    {"run": 'git fetch origin "refs/pull/42/merge" && git checkout FETCH_HEAD'},
    {"run": 'echo "${{ github.event.workflow_run.head_branch }}"'},
    {"uses": "actions/download-artifact@v4"},
], ids=["head-sha", "workflow-run-sha", "token-kept", "merge-ref", "branch-name-in-script", "artifact"])
def test_the_privilege_check_sees_each_way_in(step: dict[str, Any]) -> None:
    workflow = {True: {"pull_request_target": None}, "jobs": {"order": {"steps": [step]}}}
    assert _pull_request_code_in(workflow)


def test_a_review_only_signals_the_base_branch_check() -> None:
    """pull_request_target does not fire on reviews: a no-token workflow signals one run from the base branch."""
    workflows = _all()
    signals = {name: workflow for name, workflow in workflows.items() if "pull_request_review" in _triggers(workflow)}
    assert signals
    for name, signal in signals.items():
        assert signal["permissions"] == {}, name
        steps = [step for job in signal["jobs"].values() for step in job["steps"]]
        assert all("uses" not in step for step in steps), f"{name} checks out or runs actions"
    listened = {workflow_name for workflow in workflows.values() if "workflow_run" in _triggers(workflow)
                for workflow_name in workflow[True]["workflow_run"]["workflows"]}
    assert {signal["name"] for signal in signals.values()} <= listened


def _git(repository: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repository, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(repository), "PATH": "/usr/bin:/bin"})


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_build.py").write_text("def test_build() -> None:\n    assert True\n", encoding="utf-8")
    (tmp_path / "zones" / "220102-nanguan").mkdir(parents=True)
    (tmp_path / "zones" / "220102-nanguan" / "zone.yml").write_text('code: "220102"\n', encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "base")
    _git(tmp_path, "checkout", "-q", "-b", "change")
    return tmp_path


def test_moving_a_test_into_zones_as_a_dotfile_runs_the_tests(repository: Path) -> None:
    _git(repository, "mv", "tests/test_build.py", "zones/220102-nanguan/.test_build.py")
    _git(repository, "commit", "-qm", "hide a test")
    assert touches_code("main", repository)


def test_a_data_only_change_skips_the_tests_and_an_unknown_base_runs_them(repository: Path) -> None:
    (repository / "zones" / "220102-nanguan" / "zone.yml").write_text('code: "220102"\nname: 南关区\n', encoding="utf-8")
    _git(repository, "commit", "-qam", "data")
    assert not touches_code("main", repository)
    assert touches_code("origin/no-such-branch", repository)


def test_ci_asks_the_rename_aware_helper() -> None:
    steps = _load(WORKFLOWS / "ci.yml")["jobs"]["data"]["steps"]
    paths = next(step for step in steps if step.get("id") == "paths")
    assert 'python -m generator.review.changed_code "$BASE" >> "$GITHUB_OUTPUT"' in paths["run"]
    assert "git diff" not in paths["run"]
