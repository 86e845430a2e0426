"""CODEOWNERS for 逐级审批: each prefecture's zone folders go to its reviewers, everything else to the province.

    python -m generator.codeowners > .github/CODEOWNERS
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.reference import Reference, load_reference

ORGANISATION = "@jilin-mca"  # placeholder: the GitHub organisation of the provincial department
PROVINCE_TEAM = f"{ORGANISATION}/province-reviewers"


def codeowners_text(reference: Reference) -> str:
    lines = [
        "# 逐级审批：市（州）民政局先审核本地实验区的改动，省民政厅审核并合并。",
        "# 由 `python -m generator.codeowners > .github/CODEOWNERS` 生成；团队名称为占位符，请换成实际的团队。",
        f"* {PROVINCE_TEAM}",
    ]
    for prefecture in reference.divisions.prefectures:
        prefix = prefecture.code[:4] if prefecture.code.isdigit() else prefecture.code
        lines.append(f"# {prefecture.name}")
        lines.append(f"/zones/{prefix}*/ {ORGANISATION}/{prefecture.slug}-reviewers {PROVINCE_TEAM}")
    return "\n".join(lines) + "\n"


def main() -> int:
    reference, problems = load_reference(Path("content"))
    if reference is None:
        print("\n".join(problem.as_text() for problem in problems), file=sys.stderr)
        return 1
    sys.stdout.write(codeowners_text(reference))
    return 0


if __name__ == "__main__":
    sys.exit(main())
