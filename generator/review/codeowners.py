"""CODEOWNERS for 逐级审批, from the reviewers named in content/site.yml: each prefecture's zone folders go
to its reviewers and the province's, everything else to the province. The files that decide who approves
and what a reviewer sees (`.github/`, content/site.yml, generator/review/, every .gitattributes) come
last, so they win over the zone lines: the province's reviewers alone own them.

    python -m generator.review.codeowners > .github/CODEOWNERS

CI checks that the committed file is what this prints; generator/review/approvals.py enforces the order.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.contract.selections import SELECTIONS_FILE
from generator.load.reference import Reference, load_reference
from generator.review.approvals import ATTRIBUTES_FILE, RULE_FILES, RULE_FOLDERS

RULE_PATTERNS = (*(f"/{path}" for path in (*RULE_FOLDERS, *RULE_FILES)), ATTRIBUTES_FILE)


def codeowners_text(reference: Reference) -> str:
    reviewers = reference.settings.reviewers
    province = " ".join(reviewers.province)
    lines = [
        "# 逐级审批：市（州）民政局先审核本地实验区的改动，省民政厅审核并合并。",
        "# 由 content/site.yml 的 reviewers 生成，请勿手工修改：python -m generator.review.codeowners > .github/CODEOWNERS",
        f"* {province}",
    ]
    for prefecture in reference.divisions.prefectures:
        prefix = prefecture.code[:4] if prefecture.code.isdigit() else prefecture.code
        owners = " ".join([*reviewers.prefectures.get(prefecture.code, []), *reviewers.province])
        lines += [f"# {prefecture.name}", f"/zones/{prefix}*/ {owners}"]
    lines += ["# 典型案例和推荐国家级的理由：只由省民政厅编辑", f"/zones/{SELECTIONS_FILE} {province}"]
    lines.append("# 审批规则与显示方式：只由省民政厅审核（最后一条匹配的规则生效）")
    lines += [f"{pattern} {province}" for pattern in RULE_PATTERNS]
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
