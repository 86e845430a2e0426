"""`showcase serve`'s web server as a web page elsewhere would meet it: raw requests with a Host of their own."""

from __future__ import annotations

import contextlib
import http.client
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.site.dev_server import PreviewServer


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[PreviewServer, int]]:
    site = tmp_path / "site"
    (site / "assets" / "images").mkdir(parents=True)
    (site / "index.html").write_text("<html><body>首页</body></html>", encoding="utf-8")
    (site / "assets" / "images" / "logo.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("机密", encoding="utf-8")
    with contextlib.suppress(OSError):  # Windows without the right to make links: nothing to follow out then
        os.symlink(tmp_path / "secret.txt", site / "linked.txt")
    server = PreviewServer(site, ("127.0.0.1", 0))
    server.start()
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    try:
        yield server, port
    finally:
        server.close()


def _get(port: int, path: str, host: str | None) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.putrequest("GET", path, skip_host=True)
        if host is not None:
            connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        connection.close()


def test_the_preview_answers_its_own_addresses(served: tuple[PreviewServer, int]) -> None:
    _, port = served
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST.:{port}", f"[::1]:{port}"):
        status, body = _get(port, "/", host)
        assert (status, "首页" in body) == (200, True), host


@pytest.mark.parametrize("host", ["evil.example:{port}", "evil.example", "127.0.0.1.evil.example:{port}",
                                  "localhost:1", "", None])
def test_a_rebound_name_is_refused(served: tuple[PreviewServer, int], host: str | None) -> None:
    _, port = served
    for path in ("/", "/__showcase__/version", "/assets/images/logo.svg"):
        status, body = _get(port, path, None if host is None else host.format(port=port))
        assert status == 421, (host, path)
        assert "首页" not in body and "<svg" not in body and "只接受本机地址" in body


def test_a_folder_is_never_listed(served: tuple[PreviewServer, int]) -> None:
    _, port = served
    status, body = _get(port, "/assets/images/", f"127.0.0.1:{port}")
    assert status == 404
    assert "logo.svg" not in body and "没有这个页面" in body


def test_no_file_outside_the_site_is_served(served: tuple[PreviewServer, int]) -> None:
    _, port = served
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/linked.txt"):
        status, body = _get(port, path, f"127.0.0.1:{port}")
        assert "机密" not in body, path
        assert status == 404, path
