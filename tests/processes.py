"""Processes seen through /proc (Linux): for the tests that stop a build or a preview and check its children."""

from __future__ import annotations

from pathlib import Path


def stat(pid: int) -> list[str] | None:
    """State, parent and the rest of /proc/<pid>/stat after the command name; None once the process is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def children(parent: int) -> list[int]:
    return [int(entry.name) for entry in Path("/proc").iterdir()
            if entry.name.isdigit() and (found := stat(int(entry.name))) and int(found[1]) == parent]
