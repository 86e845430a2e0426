"""The guide's local route to the form editor, as written: `npm ci` once, then `npm start` in the repository
answers on localhost (no prompt, no download: the version is pinned in package.json) in git mode, the one in which
Decap shows the buttons the guide describes (保存, the 草稿/就绪 status, 发布)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request

import pytest

from tests.admin_e2e import NODE_MISSING, free_port, provision_decap_server
from tests.conftest import ROOT


def _end_tree(process: subprocess.Popen[bytes]) -> None:
    """npm runs decap-server as its own child: end both."""
    if os.name == "nt":
        subprocess.run(["taskkill", "/T", "/F", "/PID", str(process.pid)], capture_output=True, check=False)
    else:
        os.killpg(process.pid, signal.SIGTERM)
    process.wait(10)


@pytest.mark.slow
def test_npm_start_in_the_repository_offers_the_editorial_workflow_on_localhost() -> None:
    provision_decap_server()  # the guide's `npm ci`
    npm = shutil.which("npm")
    assert npm is not None, NODE_MISSING
    port = free_port()
    process = subprocess.Popen([npm, "start"], cwd=ROOT, env={**os.environ, "PORT": str(port)},
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=os.name != "nt")
    try:
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert process.poll() is None, process.communicate()[0].decode("utf-8", "replace")
            assert time.monotonic() < deadline, "npm start did not listen"
            time.sleep(0.2)
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1", data=json.dumps({"action": "info"}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            info = json.load(answer)
        assert info["repo"] == ROOT.name  # it serves this repository's files
        assert info["type"] == "local_git" and "editorial_workflow" in info["publish_modes"]  # else only 发布
    finally:
        _end_tree(process)


def test_the_guide_names_the_command_that_package_json_runs() -> None:
    guide = (ROOT / "content" / "pages" / "guide.md").read_text(encoding="utf-8")
    scripts = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["scripts"]
    assert scripts["start"] == "node scripts/form-server.js"
    assert "`npm start`" in guide and "npx decap-server" not in guide and "MODE" not in guide
