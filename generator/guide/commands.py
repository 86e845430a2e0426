"""The README's table and the guide's list of commands and options, written from the CLI's own parser so
that they cannot drift from it.

README.md and content/pages/guide.md call these through cog (`cog -r README.md content/pages/guide.md`;
the tests run `cog --check`).
"""

from __future__ import annotations

import argparse

from generator.cli import make_parser
from generator.guide.lists import markdown_cell


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """argparse keeps its subcommands, and their one-line help, only in this action."""
    return next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return dict(_subparsers(parser).choices)


def command_names() -> list[str]:
    return list(_subcommands(make_parser()))


def _summaries(parser: argparse.ArgumentParser) -> dict[str, str]:
    return {choice.dest: choice.help or "" for choice in _subparsers(parser)._choices_actions}


def _form(action: argparse.Action) -> str:
    """How the option is written: `--out DIR`, `--check-links`, `PATH…`."""
    if not action.option_strings:
        name = action.metavar if isinstance(action.metavar, str) else action.dest.upper()
        return f"{name}…" if action.nargs in ("*", "+") else name
    flag = max(action.option_strings, key=len)
    if action.nargs == 0:
        return flag
    if action.choices:
        return f"{flag} {'|'.join(map(str, action.choices))}"
    value = action.metavar if isinstance(action.metavar, str) else action.dest.upper().replace("_", "-")
    return f"{flag} {value}"


def command_table() -> str:
    """One row per option of every command: the command, how the option is written, and its help text."""
    parser = make_parser()
    summaries = _summaries(parser)
    rows = ["| 命令 | 参数 | 说明 |", "| --- | --- | --- |"]
    for name, command in _subcommands(parser).items():
        rows.append(f"| `showcase {name}` | | {markdown_cell(summaries.get(name, ''))} |")
        for action in _options(command, ()):
            required = "（必填）" if _required(action) else ""
            code = _form(action).replace("|", "\\|")  # in a code span only the table's bar needs escaping
            rows.append(f"| | `{code}` | {markdown_cell(action.help or '')}{required} |")
    return "\n".join(rows) + "\n"


def _synopsis(name: str, command: argparse.ArgumentParser, leave_out: tuple[str, ...]) -> str:
    parts = [f"showcase {name}"]
    for action in _options(command, leave_out):
        form = _form(action)
        parts.append(form if _required(action) else f"[{form}]")
    return " ".join(parts)


def _required(action: argparse.Action) -> bool:
    return action.required and action.nargs not in ("*", "?")  # argparse calls a PATH… positional required


def _options(command: argparse.ArgumentParser, leave_out: tuple[str, ...]) -> list[argparse.Action]:
    return [action for action in command._actions if not isinstance(action, argparse._HelpAction)
            and not set(action.option_strings) & set(leave_out)]


def command_list(names: tuple[str, ...], leave_out: tuple[str, ...] = ("--zones", "--content", "--today")) -> str:
    """For the guide: each command as it is typed, what it does, and each option under it (a list reads on a phone)."""
    parser = make_parser()
    commands, summaries = _subcommands(parser), _summaries(parser)
    lines = []
    for name in names:
        command = commands[name]
        lines.append(f"- `{_synopsis(name, command, leave_out)}`：{markdown_cell(summaries[name])}")
        lines += [f"    - `{_form(action)}`：{markdown_cell(action.help or '')}"
                  for action in _options(command, leave_out)]
    return "\n".join(lines) + "\n"
