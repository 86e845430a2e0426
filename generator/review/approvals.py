"""逐级审批 as a required commit status: the zone's prefecture reviewers approve first, then the province's.

Run by .github/workflows/review-order.yml, a `pull_request_target` and `workflow_run` workflow, so GitHub
takes its definition, this code and content/site.yml's reviewers from the base branch; a pull request
can change none of them for its own check:

    python -m generator.review.approvals

It reads the pull request's files and reviews through the GitHub REST API with the workflow's own token
and sets the commit status “逐级审批” on the pull request's head commit. It never runs the pull request's
code: the files it reads (`.gitattributes`) are data. Team membership is not visible to that token, so
reviewers are named as accounts in content/site.yml. Only approvals of the pull request's current head
commit count. Whatever it cannot read completely (more files than GitHub lists, an API error) fails.
"""

from __future__ import annotations

import base64
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from generator.check.zone_identity import folder_owner
from generator.contract.sinks import for_markdown
from generator.load.reference import Reference, load_reference
from generator.review.gitattributes import hiding_lines
from generator.review.github import ApiError, Fetch, Post, all_pages, fetch_json, post_json

CONTEXT = "逐级审批"  # the commit status branch protection requires; no job of any workflow may bear this name
_DECIDING = frozenset({"APPROVED", "CHANGES_REQUESTED", "DISMISSED"})  # a COMMENTED review changes no approval
# What decides who approves, or what a reviewer sees: only the province may change it (CODEOWNERS says so too).
RULE_FOLDERS = (".github/", "generator/review/")
RULE_FILES = ("content/site.yml", "CODEOWNERS", "docs/CODEOWNERS")
ATTRIBUTES_FILE = ".gitattributes"
_STATUS_DESCRIPTION_LIMIT = 140  # GitHub's limit for a commit status description


@dataclass(frozen=True)
class Review:
    login: str
    state: str
    submitted_at: datetime
    commit_id: str


@dataclass(frozen=True)
class PullRequest:
    number: int
    head_sha: str
    paths: tuple[str, ...]
    reviews: tuple[Review, ...]
    attribute_files: tuple[tuple[str, str], ...] = ()  # (path, text) of each .gitattributes it adds or changes


@dataclass(frozen=True)
class Stage:
    name: str
    logins: frozenset[str]  # without the @


@dataclass(frozen=True)
class Verdict:
    passed: bool
    lines: tuple[str, ...]

    blocking: tuple[str, ...] = ()  # the lines that keep it from passing, first first
    undecided: bool = False  # the check could not read what it needs

    def summary(self) -> str:
        head = "已完成" if self.passed else "未能完成检查" if self.undecided else "尚未完成"
        # Lines quote the pull request's own file names and .gitattributes lines: shown literally.
        return "\n".join([f"## {CONTEXT}：{head}", "", *(f"- {for_markdown(line)}" for line in self.lines)]) + "\n"

    def description(self) -> str:
        """The commit status's one line: the verdict and the first thing that is missing."""
        if self.passed:
            return "已完成：市（州）和省民政厅已依次同意"
        return (self.blocking or self.lines)[0][:_STATUS_DESCRIPTION_LIMIT]


def cannot_judge(reason: str) -> Verdict:
    advice = "本检查读不全拉取请求的信息时一律不通过；处理上述问题后，推送新提交或请管理员重新运行本检查。"
    return Verdict(False, (reason, advice), (reason,), undecided=True)


def rule_paths(paths: Iterable[str]) -> list[str]:
    """The paths that change the approval rules or what reviewers see: they need the province."""
    return sorted({path for path in paths if path.startswith(RULE_FOLDERS) or path in RULE_FILES
                   or PurePosixPath(path).name == ATTRIBUTES_FILE})


def _shown(logins: Iterable[str]) -> str:
    return "、".join(f"@{login}" for login in sorted(logins))


def stages_for(paths: Sequence[str], reference: Reference) -> list[Stage]:
    """The prefectures whose zones the pull request touches, in code order, then the province."""
    units = reference.units()
    reviewers = reference.settings.reviewers
    touched: set[str] = set()
    for path in paths:
        parts = Path(path).parts
        if len(parts) >= 2 and parts[0] == "zones":
            owner = folder_owner(parts[1], units)
            if owner is not None:
                touched.add(units[owner].prefecture.code)
    names = {prefecture.code: prefecture.name for prefecture in reference.divisions.prefectures}
    stages = [Stage(f"{names[code]}民政局", frozenset(login.lstrip("@") for login in reviewers.prefectures.get(code, [])))
              for code in sorted(touched)]
    stages.append(Stage("省民政厅", frozenset(login.lstrip("@") for login in reviewers.province)))
    return stages


def _approvals(pull: PullRequest) -> dict[str, datetime]:
    """When each reviewer approved the current head commit, if their latest deciding review is an approval."""
    latest: dict[str, Review] = {}
    for review in sorted(pull.reviews, key=lambda review: review.submitted_at):
        if review.state in _DECIDING:
            latest[review.login] = review
    return {login: review.submitted_at for login, review in latest.items()
            if review.state == "APPROVED" and review.commit_id == pull.head_sha}


def _first_approval(stage: Stage, approved: dict[str, datetime], after: datetime | None) -> tuple[datetime, str] | None:
    times = [(time, login) for login, time in approved.items()
             if login in stage.logins and (after is None or time > after)]
    return min(times) if times else None


def judge(pull: PullRequest, reference: Reference) -> Verdict:
    *prefectures, province = stages_for(pull.paths, reference)
    approved = _approvals(pull)
    lines: list[str] = []
    blocking: list[str] = []
    waiting = False
    gate: datetime | None = None  # the province approves after the last prefecture approval
    for stage in [*prefectures, province]:
        after = gate if stage is province else None
        if not stage.logins:
            lines.append(f"{stage.name}：content/site.yml 的 reviewers 没有列出审核人，无法完成审批")
            waiting = True
            blocking.append(lines[-1])
        elif stage is province and waiting:
            lines.append(f"{stage.name}：市（州）同意之后，由省民政厅审核人（{_shown(stage.logins)}）审核")
        elif (first := _first_approval(stage, approved, after)) is None:
            early = stage is province and any(login in stage.logins for login in approved)
            lines.append(f"{stage.name}：等待审核人（{_shown(stage.logins)}）同意"
                         + ("；省民政厅的同意早于市（州）的同意，请在市（州）同意之后再点一次 Approve" if early else ""))
            waiting = True
            blocking.append(lines[-1])
        else:
            time, login = first
            lines.append(f"{stage.name}：@{login} 已同意（{time:%Y-%m-%d %H:%M} UTC）")
            gate = max(gate, time) if gate else time
    if touched_rules := rule_paths(pull.paths):
        shown = "、".join(touched_rules[:5]) + ("等" if len(touched_rules) > 5 else "")
        lines.append(f"本拉取请求改动了审批规则或显示方式所在的文件（{shown}）：须由省民政厅审核人（{_shown(province.logins)}）"
                     "审核同意（CODEOWNERS 同样要求）；这些改动合并之后才生效，不影响本次审批。")
    for path, text in pull.attribute_files:
        if hidden := hiding_lines(path, text):
            lines += hidden
            blocking += hidden
            waiting = True
    if waiting:
        lines.append("只计对最新一次提交的同意；本检查通过后才能合并（仓库管理员须在分支保护中把本检查设为必需）。")
    else:
        lines.append("可以合并。")
    return Verdict(not waiting, tuple(lines), tuple(blocking))


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _attribute_text(fetch: Fetch, api: str, repository: str, path: str, head: str) -> str:
    """A .gitattributes of the head commit, read as data through the API (never checked out)."""
    answer, _ = fetch(f"{api}/repos/{repository}/contents/{quote(path)}?ref={head}")
    if not isinstance(answer, dict) or answer.get("encoding") != "base64":
        raise ApiError(f"无法通过 GitHub API 读取 {path} 的内容")
    return base64.b64decode(answer["content"]).decode("utf-8", errors="replace")


def read_pull_request(fetch: Fetch, api: str, repository: str, number: int) -> PullRequest:
    base = f"{api}/repos/{repository}/pulls/{number}"
    try:
        pull, _ = fetch(base)
        head, changed = str(pull["head"]["sha"]), int(pull["changed_files"])
        files = all_pages(fetch, f"{base}/files?per_page=100")
        if len(files) < changed:
            raise ApiError(f"本拉取请求改动了 {changed} 个文件，GitHub 只列出了其中 {len(files)} 个（最多列出 3000 个），"
                           "无法确认需要哪些市（州）审核。请把改动拆成几个较小的拉取请求，每个不超过 3000 个文件。")
        reviews = all_pages(fetch, f"{base}/reviews?per_page=100")
        # A renamed file counts at its old place too: moving a zone out of a prefecture needs that prefecture.
        paths = [name for item in files for name in (item["filename"], item.get("previous_filename")) if name]
        attributes = tuple((item["filename"], _attribute_text(fetch, api, repository, item["filename"], head))
                           for item in files
                           if PurePosixPath(item["filename"]).name == ATTRIBUTES_FILE and item["status"] != "removed")
        parsed = tuple(Review(item["user"]["login"], item["state"], _when(item["submitted_at"]), item["commit_id"])
                       for item in reviews if item.get("submitted_at") and item.get("user"))
        again, _ = fetch(base)
        if str(again["head"]["sha"]) != head:
            raise ApiError("检查期间拉取请求有了新的提交，本次读到的信息可能不一致；新提交触发的检查会给出结论。")
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ApiError(f"GitHub API 的回答缺少所需的内容（{error!r}）") from error
    return PullRequest(number, head, tuple(paths), parsed, attributes)


@dataclass(frozen=True)
class Target:
    """A pull request to judge, and the commit to mark if its own record cannot be read."""

    number: int
    fallback_sha: str


def targets(fetch: Fetch, api: str, repository: str, event_name: str, event: dict[str, Any]) -> list[Target]:
    """The pull requests an event asks to judge again.

    Judging is self-contained (the pull request's own head, files and reviews, read from the API), so a
    trigger that names the wrong pull request can only make the check judge that one again, correctly.
    """
    try:
        if event_name == "pull_request_target":
            pull = event["pull_request"]
            return [Target(int(pull["number"]), str(pull["head"]["sha"]))]
        if event_name == "workflow_run":
            run = event["workflow_run"]
            numbers = [int(item["number"]) for item in run.get("pull_requests") or []]
            if not numbers:  # empty for a fork's pull request: find it by the fork's owner and branch
                head = quote(f"{run['head_repository']['owner']['login']}:{run['head_branch']}", safe="")
                found = all_pages(fetch, f"{api}/repos/{repository}/pulls?state=open&head={head}&per_page=100")
                numbers = [int(item["number"]) for item in found]
            return [Target(number, str(run["head_sha"])) for number in numbers]
    except (KeyError, TypeError, ValueError) as error:
        raise ApiError(f"事件内容缺少所需的字段（{error!r}）") from error
    raise ApiError(f"本检查只由 pull_request_target 和 workflow_run 事件运行，不能由 {event_name or '未知事件'} 运行")


def set_status(post: Post, api: str, repository: str, sha: str, verdict: Verdict, run_url: str) -> None:
    post(f"{api}/repos/{repository}/statuses/{sha}", {
        "state": "success" if verdict.passed else "failure", "context": CONTEXT,
        "description": verdict.description(), "target_url": run_url})


def _report(verdict: Verdict) -> None:
    print(verdict.summary())
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(verdict.summary())


def main() -> int:
    env = os.environ
    reference, problems = load_reference(Path("content"))
    if reference is None:
        print("\n".join(problem.as_text() for problem in problems), file=sys.stderr)
        return 1
    api, repository = env.get("GITHUB_API_URL", "https://api.github.com"), env["GITHUB_REPOSITORY"]
    run_url = f"{env.get('GITHUB_SERVER_URL', 'https://github.com')}/{repository}/actions/runs/{env.get('GITHUB_RUN_ID', '')}"
    fetch, post = fetch_json(env["GITHUB_TOKEN"]), post_json(env["GITHUB_TOKEN"])
    try:
        event = json.loads(Path(env["GITHUB_EVENT_PATH"]).read_text(encoding="utf-8"))
        found = targets(fetch, api, repository, env.get("GITHUB_EVENT_NAME", ""), event)
    except (ApiError, OSError, ValueError) as error:
        print(f"{CONTEXT}：无法确定要检查的拉取请求：{error}", file=sys.stderr)
        return 1
    if not found:
        print(f"{CONTEXT}：没有找到与本次运行对应的未关闭拉取请求，无需检查。")
    passed = True
    for target in found:
        try:
            pull = read_pull_request(fetch, api, repository, target.number)
            verdict, sha = judge(pull, reference), pull.head_sha
        except ApiError as error:
            verdict, sha = cannot_judge(str(error)), target.fallback_sha  # only ever a failure on the fallback
        _report(verdict)
        passed = passed and verdict.passed
        try:
            set_status(post, api, repository, sha, verdict, run_url)
        except ApiError as error:
            print(f"{CONTEXT}：无法在提交 {sha} 上写入检查结果：{error}", file=sys.stderr)
            passed = False
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
