"""Running the static site generator (MkDocs with Material today) on the docs tree.

Everything project-specific reaches MkDocs as plain configuration, so that Zensical, which reads
the same mkdocs.yml but runs no MkDocs plugins, can take over without code in MkDocs internals.
The derived configuration is therefore self-contained, as Zensical 0.0.73 needs it: the base file's
settings merged in (Zensical does not follow INHERIT), and docs and site folders beside it (it
refuses a site folder outside the configuration's own folder).
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from generator.load.reference import SiteSettings
from generator.render.views import urls
from generator.site import csp
from generator.site.config_file import load_config, write_config

THEME_DIR = Path(__file__).parent / "theme"
SERVE_HOOK = Path(__file__).parent / "serve_hook.py"
PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
DOCS_FOLDER = "docs"
SITE_FOLDER = "site"


@dataclass(frozen=True)
class SsgResult:
    ok: bool
    output: str


def derived_config(base_config: Path, settings: SiteSettings, nav: list[object], build_date: str,
                   extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The base configuration with this build's settings; written beside the docs folder (DOCS_FOLDER)."""
    identity = settings.identity
    config = load_config(base_config)
    config.update({
        "site_name": identity.title,
        "docs_dir": DOCS_FOLDER,
        "site_dir": SITE_FOLDER,
        "theme": {**config.get("theme", {}), "name": "material", "custom_dir": str(THEME_DIR)},
        "nav": nav,
        "extra": {**config.get("extra", {}), "identity": identity.model_dump(),
                  "sample_banner": settings.sample_banner, "build_date": build_date,
                  "content_security_policy": csp.POLICY,
                  "feeds": {"site": urls.SITE_FEED, "experience": urls.EXPERIENCE_FEED}, **(extra or {})},
    })
    if settings.site_url:
        config["site_url"] = settings.site_url
    return config


def built_site(config_file: Path) -> Path:
    """Where a build with this derived configuration writes the site."""
    return config_file.parent / SITE_FOLDER


def _end_with_parent() -> None:
    """In the child: get SIGTERM when `showcase` dies, however it dies (Linux; elsewhere a no-op)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def build(config_file: Path) -> SsgResult:
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config_file)],
        capture_output=True, text=True, check=False, preexec_fn=_end_with_parent,
    )
    return SsgResult(completed.returncode == 0, (completed.stdout + completed.stderr).strip())


def serve(config_file: Path, address: str) -> NoReturn:
    """Become the MkDocs preview server, so that stopping `showcase serve` stops the server itself."""
    arguments = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config_file), "--dev-addr", address]
    sys.stdout.flush()
    os.execv(sys.executable, arguments)


def serve_config(config_file: Path, watched: list[Path]) -> Path:
    """The build configuration plus the live-reload hook and the source folders to watch."""
    config = load_config(config_file)
    config["hooks"] = [str(SERVE_HOOK)]
    config["watch"] = [str(path.resolve()) for path in watched]
    serve_file = config_file.with_name("mkdocs-serve.yml")
    write_config(serve_file, config)
    return serve_file
