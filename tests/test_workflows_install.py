"""Pinned deploys: every workflow installs the project from a hashed lock, so the public site and the checks
change only by a commit (dependabot proposes new versions as pull requests)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
LOCKS = ROOT / "requirements"
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^ ;\\]+)", re.MULTILINE)


def _install_commands(workflow: Path) -> list[str]:
    jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]
    return [line.strip() for job in jobs.values() for step in job.get("steps", [])
            for line in str(step.get("run", "")).splitlines() if re.search(r"\bpip install\b", line)]


def _pins(lock: str) -> dict[str, str]:
    return {name.lower(): version for name, version in PIN.findall((LOCKS / lock).read_text(encoding="utf-8"))}


def test_every_workflow_installs_the_project_from_a_hashed_lock() -> None:
    checked = []
    for workflow in WORKFLOWS:
        commands = _install_commands(workflow)
        for command in commands:
            if command.startswith("python -m pip install --quiet --upgrade pip"):
                continue
            project = re.search(r"-e\s+\S*\.", command)
            locked = re.search(r"--require-hashes -r requirements/(deploy|test)\.txt$", command)
            assert locked or (project and "--no-deps" in command), f"{workflow.name}: {command}"
        if any(re.search(r"-e\s+\S*\.", command) for command in commands):
            assert any("--require-hashes -r requirements/" in command for command in commands), workflow.name
            checked.append(workflow.name)
    assert {"pages.yml", "ci.yml", "review-order.yml"} <= set(checked)


def test_every_pin_of_the_locks_carries_hashes() -> None:
    for lock in ("deploy.txt", "test.txt"):
        text = (LOCKS / lock).read_text(encoding="utf-8")
        entries = [entry for entry in re.split(r"\n(?=[A-Za-z0-9])", text) if PIN.match(entry)]
        assert len(entries) > 20
        assert [entry.split(" ")[0] for entry in entries if "--hash=sha256:" not in entry] == []


def test_the_locks_hold_every_dependency_of_pyproject_and_the_lint_tools_exactly() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    def name(requirement: str) -> str:
        return re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower()
    deploy, test = _pins("deploy.txt"), _pins("test.txt")
    assert {name(r) for r in project["dependencies"]} <= deploy.keys()
    assert {name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]} <= test.keys()
    for tool in ("ruff", "mypy"):  # the tests run them: pinned in the extra (the README's install) and the lock alike
        pinned = next(r for r in project["optional-dependencies"]["test"] if name(r) == tool)
        assert pinned.split(";")[0].split("#")[0].strip() == f"{tool}=={test[tool]}"
