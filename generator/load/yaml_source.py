"""YAML parsing that keeps the line of every key and explains the mistakes officials make most."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.contract import rulebook
from generator.contract.problems import Problem

KeyPath = tuple[str | int, ...]

_TAB_INDENT = re.compile(r"^( *)\t")
# A Chinese input method's space (U+3000) or a no-break space pasted from a web page, used to indent.
_WIDE_INDENT = re.compile(r"^[ \t]*[\u3000\u00a0][ \t\u3000\u00a0]*")
_FULLWIDTH_COLON_KEY = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)\s*：\s*")
# `title:二道区`: YAML reads the whole line as one word and then misses a colon. A URL's `https://` is not this.
_UNSPACED_COLON_KEY = re.compile(r"^(\s*)([A-Za-z_][A-Za-z0-9_]*):(?=[^\s/#])")
_MAX_NODES = 100_000

_PROBLEM_TRANSLATIONS = {
    "mapping values are not allowed": rulebook.COLON_IN_VALUE,
    "could not find expected ':'": rulebook.MISSING_COLON,
    "did not find expected key": rulebook.UNEVEN_INDENT,
    "did not find expected '-' indicator": rulebook.UNEVEN_LIST,
    "found unexpected end of stream": rulebook.UNCLOSED_QUOTE,
    "found undefined alias": rulebook.UNDEFINED_ALIAS,
    "did not find expected alphabetic or numeric character": rulebook.UNDEFINED_ALIAS,
    "expected <block end>": rulebook.UNEVEN_INDENT,
    "did not find expected ',' or ']'": rulebook.UNCLOSED_BRACKET,
    "found unknown escape character": rulebook.ESCAPE_IN_QUOTES,
    "exceeded maximum nesting depth": rulebook.YAML_TOO_DEEP,
    "found character that cannot start any token": rulebook.BAD_FIRST_CHARACTER,
}


@dataclass
class ParsedYaml:
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def key_at(self, line: int) -> KeyPath:
        """The key written on `line`, or the nearest one above it (the deepest when several start there)."""
        above = [(found, len(path), path) for path, found in self.lines.items() if found <= line]
        return max(above, key=lambda entry: entry[:2])[2] if above else ()

    def line_of(self, path: KeyPath) -> int | None:
        """Line of the key at `path`, or of its nearest enclosing key."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return self.lines.get((), None)


_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """Safe loader that keeps dates as text, so one parser can explain every date mistake."""


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _lint_lines(text: str, path: Path, first_line: int) -> tuple[str, list[Problem]]:
    """Report tabs, full-width spaces used to indent and full-width colons by line; return the text repaired."""
    problems: list[Problem] = []
    repaired: list[str] = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        tab = _TAB_INDENT.match(line)
        if tab:
            problems.append(rulebook.TAB_INDENT.at(path, number))
            indent = len(line) - len(line.lstrip(" \t"))
            line = line[:indent].replace("\t", "  ") + line[indent:]
        wide = _WIDE_INDENT.match(line)
        if wide:
            problems.append(rulebook.WIDE_INDENT.at(path, number))
            # Two full-width spaces are one level ("空两格"), as the official meant them.
            line = wide.group().replace("\u3000", " ").replace("\u00a0", " ").replace("\t", "  ") + line[wide.end():]
        colon = _FULLWIDTH_COLON_KEY.match(line)
        if colon:
            key = colon.group(2)
            problems.append(rulebook.FULLWIDTH_COLON.at(path, number, key, key=key))
            line = f"{colon.group(1)}{key}: {line[colon.end():]}"
        unspaced = _UNSPACED_COLON_KEY.match(line)
        if unspaced:
            key, value = unspaced.group(2), line[unspaced.end():]
            problems.append(rulebook.NO_SPACE_AFTER_COLON.at(path, number, key, key=key, value=value.strip()))
            line = f"{unspaced.group(1)}{key}: {value}"
        repaired.append(line)
    return "\n".join(repaired), problems


def _record_lines(node: yaml.Node, path: KeyPath, offset: int, parsed: ParsedYaml,
                  problems: list[Problem], source: Path, budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        return
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1 + offset
            if key in seen:
                problems.append(rulebook.DUPLICATE_KEY.at(source, line, key, key=key, first=seen[key]))
            seen[key] = line
            parsed.lines[(*path, key)] = line
            _record_lines(value_node, (*path, key), offset, parsed, problems, source, budget)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            parsed.lines[(*path, index)] = item.start_mark.line + 1 + offset
            _record_lines(item, (*path, index), offset, parsed, problems, source, budget)


_YAML_LINE_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # as PyYAML counts lines


def _syntax_problem(error: yaml.YAMLError, path: Path, offset: int, text: str) -> Problem:
    if isinstance(error, yaml.reader.ReaderError):
        # Found by the character itself: the C reader gives its position in bytes, not characters.
        character = chr(error.character) if isinstance(error.character, int) else str(error.character)
        before = text[: max(text.find(character), 0)]
        return rulebook.CONTROL_CHARACTER.at(path, before.count("\n") + 1 + offset)
    mark = getattr(error, "problem_mark", None)
    # An error found at the end of the stream is marked one line past the last one: point at the last line.
    last = max(1, len(_YAML_LINE_BREAKS.split(text.rstrip("\r\n\x85\u2028\u2029"))))
    line: int | None = min(mark.line + 1, last) + offset if mark is not None else None
    english = getattr(error, "problem", None) or str(error)
    for phrase, rule in _PROBLEM_TRANSLATIONS.items():
        if phrase in english:
            return rule.at(path, line)
    return rulebook.YAML_OTHER.at(path, line, english=english)


def parse_yaml(text: str, path: Path, first_line: int = 1) -> tuple[ParsedYaml | None, list[Problem]]:
    """Parse one YAML document; `first_line` is the file line where `text` begins."""
    text, problems = _lint_lines(text, path, first_line)
    offset = first_line - 1
    try:
        loader = _Loader(text)
    except yaml.YAMLError as error:
        problems.append(_syntax_problem(error, path, offset, text))
        return None, problems
    try:
        node = loader.get_single_node()
        parsed = ParsedYaml(data=None)
        if node is not None:
            budget = [_MAX_NODES]
            _record_lines(node, (), offset, parsed, problems, path, budget)
            if budget[0] < 0:
                problems.append(rulebook.YAML_TOO_MANY_NODES.at(path))
                return None, problems
            parsed.lines[()] = node.start_mark.line + 1 + offset
            parsed.data = loader.construct_document(node)
    except yaml.YAMLError as error:
        problems.append(_syntax_problem(error, path, offset, text))
        return None, problems
    except RecursionError:
        problems.append(rulebook.YAML_TOO_DEEP.at(path))
        return None, problems
    finally:
        loader.dispose()
    return parsed, problems
