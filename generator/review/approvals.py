"""逐级审批 as a required check: the zone's prefecture reviewers approve first, then the province's.

Run by .github/workflows/review-order.yml on every review and push of a pull request:

    python -m generator.review.approvals

It reads the pull request's files and reviews through the GitHub REST API with the workflow's own
token (pull-requests: read). Team membership is not visible to that token, so reviewers are named as
accounts in content/site.yml. Only approvals of the pull request's current head commit count.
"""

from __future__ import annotations

import json
import os
import re
import sys
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from generator.check.zone_identity import folder_owner
from generator.load.reference import Reference, load_reference

Fetch = Callable[[str], tuple[Any, str | None]]  # URL → (decoded JSON, URL of the next page or None)
_NEXT = re.compile(r'<([^>]+)>;\s*rel="next"')
_DECIDING = frozenset({"APPROVED", "CHANGES_REQUESTED", "DISMISSED"})  # a COMMENTED review changes no approval


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


@dataclass(frozen=True)
class Stage:
    name: str
    logins: frozenset[str]  # without the @


@dataclass(frozen=True)
class Verdict:
    passed: bool
    lines: tuple[str, ...]

    def summary(self) -> str:
        head = "## 逐级审批：已完成" if self.passed else "## 逐级审批：尚未完成"
        return "\n".join([head, "", *(f"- {line}" for line in self.lines)]) + "\n"


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
    waiting = False
    gate: datetime | None = None  # the province approves after the last prefecture approval
    for stage in [*prefectures, province]:
        after = gate if stage is province else None
        if not stage.logins:
            lines.append(f"{stage.name}：content/site.yml 的 reviewers 没有列出审核人，无法完成审批")
            waiting = True
        elif stage is province and waiting:
            lines.append(f"{stage.name}：市（州）同意之后，由省民政厅审核人（{_shown(stage.logins)}）审核")
        elif (first := _first_approval(stage, approved, after)) is None:
            early = stage is province and any(login in stage.logins for login in approved)
            lines.append(f"{stage.name}：等待审核人（{_shown(stage.logins)}）同意"
                         + ("；省民政厅的同意早于市（州）的同意，请在市（州）同意之后再点一次 Approve" if early else ""))
            waiting = True
        else:
            time, login = first
            lines.append(f"{stage.name}：@{login} 已同意（{time:%Y-%m-%d %H:%M} UTC）")
            gate = max(gate, time) if gate else time
    if waiting:
        lines.append("只计对最新一次提交的同意；本检查通过后才能合并（仓库管理员须在分支保护中把本检查设为必需）。")
    else:
        lines.append("可以合并。")
    return Verdict(not waiting, tuple(lines))


def fetch_json(token: str) -> Fetch:
    def fetch(url: str) -> tuple[Any, str | None]:
        request = urllib.request.Request(url, headers={
            "Accept": "application/vnd.github+json", "Authorization": f"Bearer {token}",
            "X-GitHub-Api-Version": "2022-11-28", "User-Agent": "jilin-zone-showcase"})
        with urllib.request.urlopen(request, timeout=30) as response:
            link = response.headers.get("Link") or ""
            found = _NEXT.search(link)
            return json.loads(response.read()), (found.group(1) if found else None)

    return fetch


def _all_pages(fetch: Fetch, url: str) -> list[Any]:
    items: list[Any] = []
    next_url: str | None = url
    while next_url is not None:
        page, next_url = fetch(next_url)
        items += page
    return items


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def read_pull_request(fetch: Fetch, api: str, repository: str, number: int) -> PullRequest:
    base = f"{api}/repos/{repository}/pulls/{number}"
    pull, _ = fetch(base)
    files = _all_pages(fetch, f"{base}/files?per_page=100")
    reviews = _all_pages(fetch, f"{base}/reviews?per_page=100")
    # A renamed file counts at its old place too: moving a zone out of a prefecture needs that prefecture.
    paths = [name for item in files for name in (item["filename"], item.get("previous_filename")) if name]
    return PullRequest(number, pull["head"]["sha"], tuple(paths), tuple(
        Review(item["user"]["login"], item["state"], _when(item["submitted_at"]), item["commit_id"])
        for item in reviews if item.get("submitted_at") and item.get("user")))


def main() -> int:
    event = json.loads(Path(os.environ["GITHUB_EVENT_PATH"]).read_text(encoding="utf-8"))
    reference, problems = load_reference(Path("content"))
    if reference is None:
        print("\n".join(problem.as_text() for problem in problems), file=sys.stderr)
        return 1
    pull = read_pull_request(fetch_json(os.environ["GITHUB_TOKEN"]), os.environ.get("GITHUB_API_URL", "https://api.github.com"),
                             os.environ["GITHUB_REPOSITORY"], int(event["pull_request"]["number"]))
    verdict = judge(pull, reference)
    print(verdict.summary())
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(verdict.summary())
    return 0 if verdict.passed else 1


if __name__ == "__main__":
    sys.exit(main())
