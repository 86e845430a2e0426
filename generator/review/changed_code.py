"""Whether a pull request changes anything outside zones/, so CI runs the test suite.

    python -m generator.review.changed_code origin/main >> "$GITHUB_OUTPUT"   # prints code=true or code=false

A rename lists both names (`--no-renames`): moving a test into zones/ changes code. When git cannot
answer, the answer is yes: running the tests for nothing costs minutes, skipping them wrongly costs trust.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA_FOLDER = "zones/"


def changed_paths(base: str, repository: Path) -> list[str] | None:
    """Every path the work tree's HEAD adds, changes or removes against `base`, old and new names alike."""
    try:
        result = subprocess.run(["git", "-c", "core.quotePath=false", "diff", "--no-renames", "--name-only", "-z",
                                 base, "HEAD", "--"], cwd=repository, capture_output=True, check=False)
    except OSError:
        return None
    if result.returncode != 0:
        return None
    return [name for name in result.stdout.decode("utf-8", "surrogateescape").split("\0") if name]


def touches_code(base: str, repository: Path) -> bool:
    paths = changed_paths(base, repository)
    return paths is None or any(not path.startswith(DATA_FOLDER) for path in paths)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    code = len(args) != 1 or touches_code(args[0], Path.cwd())
    print(f"code={'true' if code else 'false'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
