"""逐级审批: the check passes only after the zone's prefecture approves and then the province, on the current head."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from generator.load.reference import Reference, load_reference
from generator.review import approvals
from generator.review.approvals import PullRequest, Review, judge
from tests.conftest import CONTENT, ROOT

RECORDED = Path(__file__).parent / "fixtures" / "github" / "pr-42"
HEAD = "6dcb09b5b57875f334f61aebed695e2e4193db5e"
OLD = "0000000000000000000000000000000000000001"


def _reference() -> Reference:
    reference, problems = load_reference(CONTENT)
    assert reference is not None, problems
    return reference


REFERENCE = _reference()


def _recorded(name: str) -> Any:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


def _review(login: str, state: str, minute: int, commit: str = HEAD) -> Review:
    return approvals.Review(login, state, approvals._when(f"2026-11-30T02:{minute:02}:00Z"), commit)


def _pull(paths: tuple[str, ...], *reviews: Review) -> PullRequest:
    return PullRequest(42, HEAD, paths, tuple(reviews))


CHANGCHUN_ZONE = ("zones/220105-erdao/zone.yml",)


class _Recorded(BaseHTTPRequestHandler):
    """GitHub's API for pull request 42, paginated as GitHub does, with the reviews of the running case."""

    reviews: ClassVar[list[dict[str, Any]]] = []
    seen: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("Authorization", "")))
        base = "/repos/jilin-mca/showcase/pulls/42"
        pages: dict[str, tuple[Any, str | None]] = {
            base: (_recorded("pull.json"), None),
            f"{base}/files?per_page=100": (_recorded("files-1.json"), f"{base}/files?per_page=100&page=2"),
            f"{base}/files?per_page=100&page=2": (_recorded("files-2.json"), None),
            f"{base}/reviews?per_page=100": (self.reviews, None),
        }
        if self.path not in pages:
            self.send_error(404)
            return
        body, next_page = pages[self.path]
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        if next_page:
            self.send_header("Link", f'<http://{self.headers["Host"]}{next_page}>; rel="next", '
                                     f'<http://{self.headers["Host"]}{next_page}>; rel="last"')
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def github(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """The recorded API on localhost, and the environment a workflow run gives the check."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorded)
    # shutdown() waits for the next poll: at the default 0.5 s, every test would wait that long at the end
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 42}}), encoding="utf-8")
    summary = tmp_path / "summary.md"
    monkeypatch.chdir(ROOT)
    for name, value in {"GITHUB_EVENT_PATH": str(event), "GITHUB_TOKEN": "ghs_workflowtoken",
                        "GITHUB_REPOSITORY": "jilin-mca/showcase", "GITHUB_STEP_SUMMARY": str(summary),
                        "GITHUB_API_URL": f"http://127.0.0.1:{server.server_address[1]}"}.items():
        monkeypatch.setenv(name, value)
    _Recorded.seen = []
    yield summary
    server.shutdown()


def test_recorded_pull_request_passes_after_both_prefectures_then_the_province(github: Path) -> None:
    _Recorded.reviews = _recorded("reviews.json")
    assert approvals.main() == 0
    summary = github.read_text(encoding="utf-8")
    assert "## 逐级审批：已完成" in summary
    assert "长春市民政局：@jl-changchun-review 已同意" in summary
    assert "吉林市民政局：@jl-jilin-review 已同意" in summary  # the photo's old place is in 吉林市
    assert "省民政厅：@jl-mzt-review 已同意（2026-11-30 05:30 UTC）" in summary
    assert all(auth == "Bearer ghs_workflowtoken" for _, auth in _Recorded.seen)
    assert any("page=2" in path for path, _ in _Recorded.seen)


def test_recorded_pull_request_waits_for_a_missing_prefecture(github: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _Recorded.reviews = [review for review in _recorded("reviews.json") if review["user"]["login"] != "jl-jilin-review"]
    assert approvals.main() == 1
    output = capsys.readouterr().out
    assert "吉林市民政局：等待审核人（@jl-jilin-review）同意" in output
    assert "省民政厅：市（州）同意之后，由省民政厅审核人（@jl-mzt-review）审核" in output


def test_province_before_prefecture_does_not_count() -> None:
    verdict = judge(_pull(CHANGCHUN_ZONE, _review("jl-mzt-review", "APPROVED", 1),
                          _review("jl-changchun-review", "APPROVED", 5)), REFERENCE)
    assert not verdict.passed
    assert any("省民政厅的同意早于市（州）的同意" in line for line in verdict.lines)
    again = judge(_pull(CHANGCHUN_ZONE, _review("jl-mzt-review", "APPROVED", 1), _review("jl-changchun-review", "APPROVED", 5),
                        _review("jl-mzt-review", "APPROVED", 9)), REFERENCE)
    assert again.passed


def test_only_approvals_of_the_current_head_count() -> None:
    verdict = judge(_pull(CHANGCHUN_ZONE, _review("jl-changchun-review", "APPROVED", 1, OLD),
                          _review("jl-mzt-review", "APPROVED", 5)), REFERENCE)
    assert not verdict.passed and "长春市民政局：等待审核人（@jl-changchun-review）同意" in verdict.lines


def test_changes_requested_withdraws_an_approval_and_a_comment_does_not() -> None:
    withdrawn = judge(_pull(CHANGCHUN_ZONE, _review("jl-changchun-review", "APPROVED", 1),
                            _review("jl-changchun-review", "CHANGES_REQUESTED", 2), _review("jl-mzt-review", "APPROVED", 5)),
                      REFERENCE)
    assert not withdrawn.passed
    commented = judge(_pull(CHANGCHUN_ZONE, _review("jl-changchun-review", "APPROVED", 1),
                            _review("jl-changchun-review", "COMMENTED", 2), _review("jl-mzt-review", "APPROVED", 5)),
                      REFERENCE)
    assert commented.passed


def test_someone_else_cannot_approve_for_the_prefecture() -> None:
    verdict = judge(_pull(CHANGCHUN_ZONE, _review("jl-jilin-review", "APPROVED", 1), _review("jl-mzt-review", "APPROVED", 5)),
                    REFERENCE)
    assert not verdict.passed


def test_a_prefecture_without_reviewers_cannot_be_skipped() -> None:
    settings = REFERENCE.settings.model_copy(update={"reviewers": REFERENCE.settings.reviewers.model_copy(
        update={"prefectures": {}})})
    reference = Reference(REFERENCE.divisions, REFERENCE.topics, settings)
    verdict = judge(_pull(CHANGCHUN_ZONE, _review("jl-changchun-review", "APPROVED", 1), _review("jl-mzt-review", "APPROVED", 5)),
                    reference)
    assert not verdict.passed
    assert "长春市民政局：content/site.yml 的 reviewers 没有列出审核人，无法完成审批" in verdict.lines


def test_a_change_outside_zones_needs_the_province_only() -> None:
    assert judge(_pull(("content/pages/guide.md",), _review("jl-mzt-review", "APPROVED", 1)), REFERENCE).passed
    assert not judge(_pull(("content/pages/guide.md",), _review("jl-changchun-review", "APPROVED", 1)), REFERENCE).passed


def test_the_workflow_runs_the_base_branch_checker_with_a_read_only_token() -> None:
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "review-order.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"pull_request", "pull_request_review"}
    assert "submitted" in triggers["pull_request_review"]["types"] and "dismissed" in triggers["pull_request_review"]["types"]
    assert workflow["permissions"] == {"contents": "read", "pull-requests": "read"}
    steps = workflow["jobs"]["order"]["steps"]
    assert steps[0]["with"]["ref"] == "${{ github.event.pull_request.base.sha }}"
    assert steps[-1]["run"] == "python -m generator.review.approvals"
