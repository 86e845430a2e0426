"""Running the static site generator (MkDocs with Material today) on the docs tree.

Everything project-specific reaches MkDocs as plain configuration, so that Zensical, which reads
the same mkdocs.yml but runs no MkDocs plugins, can take over without code in MkDocs internals.
The derived configuration is therefore self-contained, as Zensical 0.0.73 needs it: the base file's
settings merged in (Zensical does not follow INHERIT), and docs and site folders beside it (it
refuses a site folder outside the configuration's own folder).
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
DOCS_FOLDER = "docs"
SITE_FOLDER = "site"


class _Tagged:
    """A value under a YAML tag this program does not read (!!python/..., !ENV): written back as it was."""

    def __init__(self, tag: str, value: Any) -> None:
        self.tag = tag
        self.value = value


class _ConfigLoader(yaml.SafeLoader):
    pass


class _ConfigDumper(yaml.SafeDumper):
    pass


def _keep_tagged(loader: _ConfigLoader, node: yaml.Node) -> _Tagged:
    if isinstance(node, yaml.MappingNode):
        return _Tagged(node.tag, loader.construct_mapping(node, deep=True))
    if isinstance(node, yaml.SequenceNode):
        return _Tagged(node.tag, loader.construct_sequence(node, deep=True))
    return _Tagged(node.tag, loader.construct_scalar(node))  # type: ignore[arg-type]


def _write_tagged(dumper: _ConfigDumper, data: _Tagged) -> yaml.Node:
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


def _write_text(dumper: _ConfigDumper, data: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


_ConfigLoader.add_constructor(None, _keep_tagged)
_ConfigDumper.add_representer(_Tagged, _write_tagged)
_ConfigDumper.add_representer(str, _write_text)


def load_config(path: Path) -> dict[str, Any]:
    loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)  # a SafeLoader: runs no code
    return loaded if isinstance(loaded, dict) else {}


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
                  "sample_banner": settings.sample_banner, "build_date": build_date, **(extra or {})},
    })
    if settings.site_url:
        config["site_url"] = settings.site_url
    return config


def built_site(config_file: Path) -> Path:
    """Where a build with this derived configuration writes the site."""
    return config_file.parent / SITE_FOLDER


def write_config(path: Path, config: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


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
    config = load_config(config_file)
    config["hooks"] = [str(SERVE_HOOK)]
    config["watch"] = [str(path.resolve()) for path in watched]
    serve_file = config_file.with_name("mkdocs-serve.yml")
    write_config(serve_file, config)
    return serve_file
