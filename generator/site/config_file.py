"""Reading and writing MkDocs configuration files as YAML, keeping tags this program does not interpret.

mkdocs.yml names Python functions with tags such as `!!python/object/apply:pymdownx.slugs.slugify`;
a safe loader cannot build them and must not run them, so they are carried through as written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


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


def write_config(path: Path, config: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
