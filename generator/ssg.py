"""Running the static site generator (MkDocs with Material today) on the docs tree.

Everything project-specific reaches MkDocs as plain configuration, so that Zensical, which reads
the same mkdocs.yml but runs no MkDocs plugins, can take over without code in MkDocs internals.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml

from generator.reference import SiteSettings

THEME_DIR = Path(__file__).parent / "theme"
SERVE_HOOK = Path(__file__).parent / "serve_hook.py"


@dataclass(frozen=True)
class SsgResult:
    ok: bool
    output: str


def derived_config(base_config: Path, docs: Path, site: Path, settings: SiteSettings, nav: list[object],
                   build_date: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    identity = settings.identity
    config: dict[str, Any] = {
        "INHERIT": str(base_config.resolve()),
        "site_name": identity.title,
        "docs_dir": str(docs.resolve()),
        "site_dir": str(site.resolve()),
        "theme": {"name": "material", "custom_dir": str(THEME_DIR)},
        "nav": nav,
        "extra": {"identity": identity.model_dump(), "sample_banner": settings.sample_banner,
                  "build_date": build_date, **(extra or {})},
    }
    if settings.site_url:
        config["site_url"] = settings.site_url
    return config


def write_config(path: Path, config: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")


def build(config_file: Path) -> SsgResult:
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config_file)],
        capture_output=True, text=True, check=False,
    )
    return SsgResult(completed.returncode == 0, (completed.stdout + completed.stderr).strip())


def serve(config_file: Path, address: str) -> NoReturn:
    """Become the MkDocs preview server, so that stopping `showcase serve` stops the server itself."""
    arguments = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config_file), "--dev-addr", address]
    sys.stdout.flush()
    os.execv(sys.executable, arguments)


def serve_config(config_file: Path, watched: list[Path]) -> Path:
    """The build configuration plus the live-reload hook and the source folders to watch."""
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    config["hooks"] = [str(SERVE_HOOK)]
    config["watch"] = [str(path.resolve()) for path in watched]
    serve_file = config_file.with_name("mkdocs-serve.yml")
    write_config(serve_file, config)
    return serve_file
