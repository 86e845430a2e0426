"""The guide's lists that are written from the code, so that they cannot drift from it.

content/pages/guide.md calls these through cog (`cog -r content/pages/guide.md`; CI runs `cog --check`).
"""

from __future__ import annotations

from generator.contract.rulebook import RULES, Group, Rule

_MARKDOWN_SPECIAL = str.maketrans({"\\": "\\\\", "|": "\\|", "<": "&lt;", ">": "&gt;", "*": "\\*", "_": "\\_",
                                   "`": "\\`", "[": "\\[", "]": "\\]"})


def markdown_cell(text: str) -> str:
    return text.translate(_MARKDOWN_SPECIAL)


def _severity(rule: Rule) -> str:
    return rule.severity_note or rule.severity.value


def rule_tables() -> str:
    """One list per group of the rulebook: the id the validator prints, what it says, why, and the fix.

    A list, not a table: on a phone a five-column table hides the fix off screen.
    """
    parts = []
    for group in Group:
        rules = sorted((rule for rule in RULES.values() if rule.group is group), key=lambda rule: rule.id)
        parts += [f"### {group.value}", ""]
        for rule in rules:
            parts += [f"- **{rule.id}** {markdown_cell(rule.says)}（{_severity(rule)}）",
                      f"    - 常见原因：{markdown_cell(rule.cause)}",
                      f"    - 怎么改：{markdown_cell(rule.remedy)}"]
        parts.append("")
    return "\n".join(parts)
