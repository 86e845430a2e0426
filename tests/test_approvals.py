"""逐级审批: the check passes only after the zone's prefecture approves and then the province, on the current head."""

from __future__ import annotations

import base64
import contextlib
import html
import json
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import markdown
import pytest

from generator.load.reference import Reference, load_reference
from generator.review import approvals
from generator.review import github as github_api
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


BASE = "/repos/jilin-mca/showcase/pulls/42"
Page = tuple[int, bytes, str | None]  # HTTP status, body, path of the next page


def _json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode()


def _recorded_pages(reviews: list[dict[str, Any]]) -> dict[str, Page]:
    return {
        BASE: (200, _json(_recorded("pull.json")), None),
        f"{BASE}/files?per_page=100": (200, _json(_recorded("files-1.json")), f"{BASE}/files?per_page=100&page=2"),
        f"{BASE}/files?per_page=100&page=2": (200, _json(_recorded("files-2.json")), None),
        f"{BASE}/reviews?per_page=100": (200, _json(reviews), None),
    }


class _Recorded(BaseHTTPRequestHandler):
    """GitHub's API for pull request 42, paginated as GitHub does, with the answers of the running case."""

    pages: ClassVar[dict[str, Page]] = {}
    seen: ClassVar[list[tuple[str, str]]] = []
    statuses: ClassVar[list[tuple[str, dict[str, Any]]]] = []
    delay: ClassVar[float] = 0.0

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("Authorization", "")))
        if self.path not in self.pages:
            self.send_error(404)
            return
        status, data, next_page = self.pages[self.path]
        time.sleep(self.delay)
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        if next_page:
            self.send_header("Link", f'<http://{self.headers["Host"]}{next_page}>; rel="next", '
                                     f'<http://{self.headers["Host"]}{next_page}>; rel="last"')
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the timeout case has hung up
            self.wfile.write(data)

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.statuses.append((self.path, body))
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def github(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """The recorded API on localhost, and the environment a pull_request_target run gives the check."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorded)
    # shutdown() waits for the next poll: at the default 0.5 s, every test would wait that long at the end
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 42, "head": {"sha": HEAD}}}), encoding="utf-8")
    summary = tmp_path / "summary.md"
    monkeypatch.chdir(ROOT)
    for name, value in {"GITHUB_EVENT_PATH": str(event), "GITHUB_EVENT_NAME": "pull_request_target",
                        "GITHUB_TOKEN": "ghs_workflowtoken", "GITHUB_REPOSITORY": "jilin-mca/showcase",
                        "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_SERVER_URL": "https://github.com",
                        "GITHUB_RUN_ID": "777", "GITHUB_API_URL": f"http://127.0.0.1:{server.server_address[1]}"}.items():
        monkeypatch.setenv(name, value)
    _Recorded.pages = _recorded_pages(_recorded("reviews.json"))
    _Recorded.seen, _Recorded.statuses, _Recorded.delay = [], [], 0.0
    yield summary
    server.shutdown()


def _status() -> dict[str, Any]:
    """The one commit status the run set, on the pull request's head commit."""
    assert [path for path, _ in _Recorded.statuses] == [f"/repos/jilin-mca/showcase/statuses/{HEAD}"]
    return _Recorded.statuses[0][1]


def test_recorded_pull_request_passes_after_both_prefectures_then_the_province(github: Path) -> None:
    assert approvals.main() == 0
    summary = github.read_text(encoding="utf-8")
    assert "## 逐级审批：已完成" in summary
    assert "长春市民政局：@jl-changchun-review 已同意" in summary
    assert "吉林市民政局：@jl-jilin-review 已同意" in summary  # the photo's old place is in 吉林市
    assert "省民政厅：@jl-mzt-review 已同意（2026-11-30 05:30 UTC）" in summary
    assert all(auth == "Bearer ghs_workflowtoken" for _, auth in _Recorded.seen)
    assert any("page=2" in path for path, _ in _Recorded.seen)
    status = _status()
    assert status["state"] == "success" and status["context"] == "逐级审批"
    assert status["target_url"] == "https://github.com/jilin-mca/showcase/actions/runs/777"  # the base branch's run


def test_recorded_pull_request_waits_for_a_missing_prefecture(github: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reviews = [review for review in _recorded("reviews.json") if review["user"]["login"] != "jl-jilin-review"]
    _Recorded.pages = _recorded_pages(reviews)
    assert approvals.main() == 1
    output = capsys.readouterr().out
    assert "吉林市民政局：等待审核人（@jl-jilin-review）同意" in output
    assert "省民政厅：市（州）同意之后，由省民政厅审核人（@jl-mzt-review）审核" in output
    assert _status()["state"] == "failure" and _status()["description"] == "吉林市民政局：等待审核人（@jl-jilin-review）同意"


def test_a_review_judges_again_through_workflow_run_and_finds_a_forks_pull_request(github: Path, tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    event = tmp_path / "run.json"
    event.write_text(json.dumps({"workflow_run": {  # a fork's run: GitHub leaves pull_requests empty
        "head_sha": HEAD, "head_branch": "add-erdao", "pull_requests": [],
        "head_repository": {"owner": {"login": "erdao-mzj"}}}}), encoding="utf-8")
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event))
    monkeypatch.setenv("GITHUB_EVENT_NAME", "workflow_run")
    _Recorded.pages["/repos/jilin-mca/showcase/pulls?state=open&head=erdao-mzj%3Aadd-erdao&per_page=100"] = (
        200, _json([_recorded("pull.json")]), None)
    assert approvals.main() == 0
    assert _status()["state"] == "success"


def _fails_closed(summary: Path, capsys: pytest.CaptureFixture[str], reason: str) -> None:
    assert approvals.main() == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    text = summary.read_text(encoding="utf-8")
    assert "## 逐级审批：未能完成检查" in text and reason in text, text
    assert [body["state"] for _, body in _Recorded.statuses] == ["failure"]


def test_a_file_list_cut_at_3000_fails_and_asks_to_split(github: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """GitHub lists at most 3,000 files: a zone of another prefecture behind 3,000 padding files is not listed."""
    pull = {**_recorded("pull.json"), "changed_files": 3001}
    padding = [{"filename": f"zones/220105-erdao/media/{index:04}.txt", "status": "added"} for index in range(3000)]
    pages = [padding[start:start + 100] for start in range(0, 3000, 100)]
    _Recorded.pages = {
        BASE: (200, _json(pull), None),
        **{f"{BASE}/files?per_page=100" + (f"&page={index + 1}" if index else ""):
           (200, _json(page), f"{BASE}/files?per_page=100&page={index + 2}" if index < len(pages) - 1 else None)
           for index, page in enumerate(pages)},
        f"{BASE}/reviews?per_page=100": (200, _json(_recorded("reviews.json")), None),
    }
    _fails_closed(github, capsys, "本拉取请求改动了 3001 个文件，GitHub 只列出了其中 3000 个")
    assert "请把改动拆成几个较小的拉取请求" in github.read_text(encoding="utf-8")


@pytest.mark.parametrize(("page", "broken", "reason"), [
    (f"{BASE}/reviews?per_page=100", (502, b"Bad Gateway", None), "GitHub API 返回错误 502"),
    (f"{BASE}/files?per_page=100&page=2", (200, b"<html>not json</html>", None), "GitHub API 的回答不是有效的 JSON"),
    (BASE, (200, _json({"number": 42}), None), "GitHub API 的回答缺少所需的内容"),
], ids=["http-error", "malformed-json", "missing-fields"])
def test_an_api_failure_fails_with_a_reason(github: Path, capsys: pytest.CaptureFixture[str], page: str, broken: Page,
                                            reason: str) -> None:
    _Recorded.pages[page] = broken
    _fails_closed(github, capsys, reason)


def test_an_api_timeout_fails_with_a_reason(github: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(github_api, "TIMEOUT_SECONDS", 0.2)
    _Recorded.delay = 0.5
    assert approvals.main() == 1
    assert "Traceback" not in capsys.readouterr().err
    assert "无法连接 GitHub API 或等待超时" in github.read_text(encoding="utf-8")


def _as_reviewers_read_it(summary: str) -> str:
    """The summary's text on the checks page: its Markdown rendered, tags removed."""
    return html.unescape(re.sub(r"<[^>]+>", "", markdown.markdown(summary)))


def test_a_gitattributes_that_hides_zone_diffs_fails_the_check(github: Path) -> None:
    files = [*_recorded("files-2.json"), {"filename": ".gitattributes", "status": "modified"}]
    _Recorded.pages[f"{BASE}/files?per_page=100&page=2"] = (200, _json(files), None)
    _Recorded.pages[BASE] = (200, _json({**_recorded("pull.json"), "changed_files": 4}), None)
    text = "tests/golden/** -text\n* -diff linguist-generated=true\n"
    _Recorded.pages[f"/repos/jilin-mca/showcase/contents/.gitattributes?ref={HEAD}"] = (
        200, _json({"encoding": "base64", "content": base64.b64encode(text.encode()).decode()}), None)
    assert approvals.main() == 1
    summary = _as_reviewers_read_it(github.read_text(encoding="utf-8"))
    assert ".gitattributes 第 2 行“* -diff linguist-generated=true”：-diff、linguist-generated=true 会作用于 zones/ 下的文件" in summary
    assert "第 1 行" not in summary
    assert "本拉取请求改动了审批规则或显示方式所在的文件（.gitattributes）：须由省民政厅审核人（@jl-mzt-review）审核同意" in summary
    assert _status()["state"] == "failure"
    assert _status()["description"].startswith(".gitattributes 第 2 行")  # the reason, though every stage approved


def test_the_summary_names_rule_files_that_need_the_province() -> None:
    paths = (".github/workflows/review-order.yml", "content/site.yml", "generator/review/approvals.py", *CHANGCHUN_ZONE)
    verdict = judge(_pull(paths, _review("jl-changchun-review", "APPROVED", 1), _review("jl-mzt-review", "APPROVED", 5)),
                    REFERENCE)
    assert verdict.passed
    assert ("本拉取请求改动了审批规则或显示方式所在的文件（.github/workflows/review-order.yml、content/site.yml、"
            "generator/review/approvals.py）：须由省民政厅审核人（@jl-mzt-review）审核同意（CODEOWNERS 同样要求）") in "".join(verdict.lines)
    without_province = judge(_pull(paths[:1], _review("jl-changchun-review", "APPROVED", 1)), REFERENCE)
    assert not without_province.passed


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


def test_a_file_name_of_the_pull_request_cannot_shape_the_summary() -> None:
    paths = (".github/[官方通知](https://evil.example/)<img src=x>", *CHANGCHUN_ZONE)
    summary = judge(_pull(paths, _review("jl-changchun-review", "APPROVED", 1)), REFERENCE).summary()
    shown = markdown.markdown(summary)
    assert "<a" not in shown and "<img" not in shown
    assert ".github/[官方通知](https[://]evil.example/)<img src=x>" in _as_reviewers_read_it(summary)
