"""The GitHub REST API as the review checks use it: GET a JSON page, POST a JSON body.

Every way a call can go wrong (HTTP error, network, timeout, an answer that is not JSON) becomes an
`ApiError` with a Chinese reason, so the checks fail closed with a message instead of a traceback.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

Fetch = Callable[[str], tuple[Any, str | None]]  # URL → (decoded JSON, URL of the next page or None)
Post = Callable[[str, dict[str, Any]], Any]  # URL, JSON body → decoded JSON answer
_NEXT = re.compile(r'<([^>]+)>;\s*rel="next"')
TIMEOUT_SECONDS = 30


class ApiError(Exception):
    """A GitHub API call that did not give a usable answer; the message is the Chinese reason."""


def _request(token: str, url: str, body: dict[str, Any] | None = None) -> tuple[Any, str]:
    request = urllib.request.Request(
        url, data=None if body is None else json.dumps(body, ensure_ascii=False).encode(),
        method="GET" if body is None else "POST", headers={
            "Accept": "application/vnd.github+json", "Authorization": f"Bearer {token}",
            "X-GitHub-Api-Version": "2022-11-28", "User-Agent": "jilin-zone-showcase"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            link = response.headers.get("Link") or ""
            return json.loads(response.read()), link
    except urllib.error.HTTPError as error:
        raise ApiError(f"GitHub API 返回错误 {error.code}（{url}）") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise ApiError(f"无法连接 GitHub API 或等待超时（{url}）：{error}") from error
    except ValueError as error:  # json.JSONDecodeError and UnicodeDecodeError
        raise ApiError(f"GitHub API 的回答不是有效的 JSON（{url}）") from error


def fetch_json(token: str) -> Fetch:
    def fetch(url: str) -> tuple[Any, str | None]:
        data, link = _request(token, url)
        found = _NEXT.search(link)
        return data, (found.group(1) if found else None)

    return fetch


def post_json(token: str) -> Post:
    def post(url: str, body: dict[str, Any]) -> Any:
        return _request(token, url, body)[0]

    return post


def all_pages(fetch: Fetch, url: str) -> list[Any]:
    items: list[Any] = []
    next_url: str | None = url
    while next_url is not None:
        page, next_url = fetch(next_url)
        if not isinstance(page, list):
            raise ApiError(f"GitHub API 的回答不是列表（{url}）")
        items += page
    return items
