"""Zensical, Material's announced successor: it reads MkDocs' configuration and Material's theme overrides,
so it builds the very configuration that MkDocs does (see mkdocs.py); only the command differs.

It runs no MkDocs plugins or hooks, and the project needs none: the search index, the table labels, the
link check and the preview server all work on the built folder. Zensical keeps a cache (`.cache/`) beside
the configuration, that is in the build folder.
"""

from __future__ import annotations

from pathlib import Path

from generator.site.ssg.mkdocs import MkDocs


class Zensical(MkDocs):
    name = "Zensical"
    module = "zensical"

    def build_arguments(self, config_file: Path) -> list[str]:
        return ["build", "--config-file", str(config_file)]  # it has no --quiet


ZENSICAL = Zensical()
