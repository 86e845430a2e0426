"""The web server of `showcase serve`: a built site folder served as it is on disk, whose open pages reload
themselves after each rebuild.

Pages allow no inline script (their Content-Security-Policy), which blocks the reload scripts that the
generators' own preview servers write into each page; so the reload script here is a file of its own on the
same origin, added to each HTML page as it is sent (the files are not changed). It asks every second for the
version of the site and reloads the page once the version is newer than the one the page was sent with.

A web page elsewhere can point a name of its own at this machine (DNS rebinding) and read the preview as if it
were its own origin; the browser then sends that name as Host. So the server answers only a Host that is an IP
address (no name was rebound), `localhost`, or a name it was started with, at its own port; anything else gets
421. It lists no folders and serves no file that lies, through a link, outside the site folder.
"""

from __future__ import annotations

import functools
import io
import ipaddress
import os
import socket
import sys
import threading
import time
import urllib.parse
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO

PREFIX = "/__showcase__/"
VERSION_URL = PREFIX + "version"
SCRIPT_URL = PREFIX + "reload.js"
POLL_MILLISECONDS = 1000
RELOAD_SCRIPT = """\
// showcase serve: reload this page when the preview has been rebuilt since it was sent.
(() => {
  const shown = document.currentScript ? document.currentScript.dataset.version : "";
  async function poll() {
    try {
      const response = await fetch("VERSION_URL", { cache: "no-store" });
      if (response.ok && (await response.text()) !== shown) {
        location.reload();
        return;
      }
    } catch (error) {
      // the preview is stopped or starting again: keep asking
    }
    setTimeout(poll, POLL_MILLISECONDS);
  }
  setTimeout(poll, POLL_MILLISECONDS);
})();
""".replace("VERSION_URL", VERSION_URL).replace("POLL_MILLISECONDS", str(POLL_MILLISECONDS))


class AddressError(ValueError):
    pass


def parse_address(address: str) -> tuple[str, int]:
    """HOST:PORT (an IPv6 host in brackets) as the host and port to listen on."""
    host, separator, port = address.rpartition(":")
    if not separator or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise AddressError(address)
    return host.strip("[]"), int(port)


LOCAL_NAMES = frozenset({"localhost"})
MISDIRECTED = "421 这个预览只接受本机地址的访问（如 http://127.0.0.1:端口/ 或 http://localhost:端口/）。\n"
NOT_FOUND = "404 没有这个页面。\n"


def host_and_port(header: str) -> tuple[str, int] | None:
    """A Host header as its lowercased host (IPv6 without brackets, no trailing dot) and port (80 by default)."""
    value = header.strip().lower()
    if value.startswith("["):
        host, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            return None
        port = rest[1:] or "80"
    else:
        host, _, port = value.partition(":")
        port = port or "80"
    if not host or not port.isdigit() or len(port) > 5:
        return None
    return host.rstrip("."), int(port)


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    version = ""
    names: frozenset[str] = LOCAL_NAMES  # the host names answered, besides IP addresses

    def answers(self, header: str | None) -> bool:
        """Whether a request with this Host header was meant for this server (see the module's docstring)."""
        parsed = host_and_port(header or "")
        if parsed is None:
            return False
        host, port = parsed
        return port == self.server_address[1] and (_is_ip_address(host) or host in self.names)

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket],
                     client_address: tuple[str, int] | str) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # the browser went away (or gave up waiting for the first build): nothing to tell
        super().handle_error(request, client_address)


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(SimpleHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass  # what matters is printed by the rebuild loop, not every request

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a reload shows the rebuilt files, never cached ones
        super().end_headers()

    def send_head(self) -> BinaryIO | None:
        if not self.server.answers(self.headers.get("Host")):
            return self._send(MISDIRECTED.encode(), "text/plain; charset=utf-8", HTTPStatus.MISDIRECTED_REQUEST)
        path = urllib.parse.urlsplit(self.path).path
        if path == VERSION_URL:
            return self._send(self.server.version.encode(), "text/plain; charset=utf-8")
        if path == SCRIPT_URL:
            return self._send(RELOAD_SCRIPT.encode(), "text/javascript; charset=utf-8")
        local = Path(self.translate_path(self.path))
        if not self._inside_site(local):
            return self._not_found()
        if local.is_dir() and path.endswith("/"):
            local = local / "index.html"
        if local.suffix == ".html" and local.is_file():
            return self._send(with_reload(local.read_bytes(), self.server.version), "text/html; charset=utf-8")
        return super().send_head()

    def _inside_site(self, local: Path) -> bool:
        """The file, links followed, lies in the site folder (translate_path already drops `..` from the URL)."""
        return local.resolve().is_relative_to(Path(self.directory).resolve())

    def list_directory(self, path: str | os.PathLike[str]) -> io.BytesIO | None:
        return self._not_found()  # a folder without index.html: its file names are nobody's business

    def _not_found(self) -> io.BytesIO:
        return self._send(NOT_FOUND.encode(), "text/plain; charset=utf-8", HTTPStatus.NOT_FOUND)

    def _send(self, body: bytes, content_type: str, status: HTTPStatus = HTTPStatus.OK) -> io.BytesIO:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def _own_names(bound: str) -> frozenset[str]:
    """The names a browser on the network may use: the one given with --addr, and this machine's own when the
    server listens on every interface (0.0.0.0 or ::), so a phone on the same network can open the preview."""
    names = {bound.lower().rstrip(".")}
    if bound in ("", "0.0.0.0", "::"):
        hostname = socket.gethostname().lower()
        names |= {hostname, socket.getfqdn().lower(), f"{hostname.split('.')[0]}.local"}
    return frozenset(name for name in names if name and not _is_ip_address(name))


def with_reload(page: bytes, version: str) -> bytes:
    tag = f'<script src="{SCRIPT_URL}" data-version="{version}"></script>'.encode()
    end = page.rfind(b"</body>")
    return page + tag if end < 0 else page[:end] + tag + page[end:]


class PreviewServer:
    """Listens as soon as it is made (so a port in use is reported before the first build); serves from start()."""

    def __init__(self, folder: Path, address: tuple[str, int]) -> None:
        server_class = _Server6 if ":" in address[0] else _Server
        self._server = server_class(address, functools.partial(_Handler, directory=str(folder)))
        self._server.names = LOCAL_NAMES | _own_names(address[0])
        self._server.version = f"{time.time_ns():x}-0"
        self._thread = threading.Thread(target=self._server.serve_forever, name="preview-server", daemon=True)
        self._published = 0

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        host = str(host)
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/"

    def start(self) -> None:
        self._thread.start()

    def published(self) -> None:
        """The folder holds a new site: open pages reload."""
        self._published += 1
        self._server.version = f"{self._server.version.split('-')[0]}-{self._published}"

    def close(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()
