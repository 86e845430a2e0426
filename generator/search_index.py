"""Chinese full-text search with Pagefind: it segments Chinese and loads its index in small chunks.

Run on the built site, outside MkDocs, so any static site generator can take MkDocs' place.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.ssg import SsgResult

IGNORED = ".headerlink, .md-source-file, script"


def index_site(site: Path) -> SsgResult:
    completed = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--exclude-selectors", IGNORED, "--quiet"],
        capture_output=True, text=True, check=False,
    )
    return SsgResult(completed.returncode == 0, (completed.stdout + completed.stderr).strip())
