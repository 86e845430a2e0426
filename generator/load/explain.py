"""Turn pydantic validation errors into Chinese problems that name the line, the field and the fix."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.contract import rulebook
from generator.contract.files import ReportFront, nested_model
from generator.contract.problems import Problem
from generator.contract.terms import REPORT_TYPES
from generator.load.yaml_source import ParsedYaml

Explanation = tuple[rulebook.Rule, dict[str, object]]
Explainer = Callable[[ErrorDetails, type[BaseModel], tuple[Any, ...]], Explanation]


def dotted(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _title(model: type[BaseModel] | None, name: str) -> str:
    info = model.model_fields.get(name) if model else None
    return f"（{info.title}）" if info is not None and info.title else ""


def _written(error: ErrorDetails) -> str:
    value = error.get("input")
    if value is None:
        return "空的（这一项没有填写）"
    return "" if isinstance(value, dict | list) else f"“{value}”"


def _missing(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> Explanation:
    parent = nested_model(model, loc[:-1])
    name = str(loc[-1])
    return rulebook.MISSING_FIELD, {"name": name, "title": _title(parent, name)}


def _extra(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> Explanation:
    parent = nested_model(model, loc[:-1])
    name = str(loc[-1])
    valid = list(parent.model_fields) if parent else []
    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.5)
    return rulebook.UNKNOWN_FIELD, {"name": name, "guess": f"是不是想写 {close[0]}？" if close else "",
                                    "valid": "、".join(valid)}


def _date(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> Explanation:
    context = error.get("ctx") or {}
    return rulebook.DATE_RULES[context["kind"]], dict(context)


def _literal(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> Explanation:
    written = str(error.get("input"))
    if model is ReportFront and loc == ("type",):
        by_label = [key for key, label in REPORT_TYPES.items() if written in (label, label.removeprefix("年度"))]
        close = by_label or difflib.get_close_matches(written, list(REPORT_TYPES), n=1, cutoff=0.5)
        choices = "、".join(f"{key}（{label}）" for key, label in REPORT_TYPES.items())
        guess = f"是不是想写 {close[0]}？类型要写英文。" if close else ""
        return rulebook.UNKNOWN_TYPE, {"written": written, "guess": guess, "choices": choices}
    expected = str((error.get("ctx") or {}).get("expected", ""))
    allowed = re.findall(r"'([^']*)'", expected) or [expected]
    return rulebook.NOT_A_CHOICE, {"written": written, "expected": "、".join(allowed)}


def _simple(rule: rulebook.Rule, **fixed: str) -> Explainer:
    def explain(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> Explanation:
        return rule, {"written": _written(error), **(error.get("ctx") or {}), **fixed}

    return explain


_PHONE_HINT = "办公电话请写区号加号码，如 0431-88888888"
# Errors of a value's form (a number, a phone, an address…): a full-width character typed with a Chinese input
# method is the usual cause, and the hint then says so whatever the field.
_FORM_ERRORS = frozenset({"string_pattern_mismatch", "int_type", "int_parsing", "int_from_float", "float_type",
                          "float_parsing", "email_format", "month_day", "github_login", "link_scheme"})


def _full_width_hint(error: ErrorDetails) -> str | None:
    """How to retype a value that holds full-width digits, letters or symbols; None when it holds none."""
    written = error.get("input")
    if not isinstance(written, str):
        return None
    wide = [character for character in written if unicodedata.east_asian_width(character) == "F"
            and unicodedata.normalize("NFKC", character).isascii()]
    if not wide:
        return None
    return (f"其中有全角字符“{''.join(dict.fromkeys(wide))}”（中文输入法的全角数字或符号）："
            f"请切换到英文输入法（半角）重新输入，写成 {unicodedata.normalize('NFKC', written)}")


_NUMBER_ERRORS = frozenset({"int_parsing", "float_parsing"})
_NUMBER_WITH_EXTRAS = re.compile(r"^\s*([-+]?(?:[0-9]{1,3}(?:[,，][0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)\s*([^0-9\s]{1,4})?\s*$")


def _bare_number_hint(error: ErrorDetails) -> str | None:
    """How to write a number given with a unit, a % sign or thousands separators (86.5%, 1,200, 12个)."""
    written = error.get("input")
    if not isinstance(written, str):
        return None
    match = _NUMBER_WITH_EXTRAS.match(unicodedata.normalize("NFKC", written))
    if match is None or ("," not in match.group(1) and "，" not in match.group(1) and not match.group(2)):
        return None
    bare = match.group(1).replace(",", "").replace("，", "")
    return f"只写数字，不写单位、百分号或千位分隔符：写成 {bare}"


def _phone(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> Explanation:
    return rulebook.PHONE_FORMAT, {"written": _written(error), "how": _full_width_hint(error) or _PHONE_HINT}


_BOOL_HINTS = {
    "sample": "示例数据填 true，正式数据填 false",
    "draft": "还没写完填 true（不公开）；写完后删去 draft 这一行",
    "allow_personal_data": "确需公开个人信息且已经审核同意时填 true，否则删去这一行",
}


def _boolean(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> Explanation:
    how = _BOOL_HINTS.get(str(loc[-1]) if loc else "", "只能写英文小写的 true 或 false，不要写“是”“否”")
    return rulebook.NOT_A_BOOLEAN, {"written": _written(error), "how": how}


_EXPLAINERS: dict[str, Explainer] = {
    "missing": _missing,
    "extra_forbidden": _extra,
    "date_format": _date,
    "literal_error": _literal,
    "unknown_topic": _simple(rulebook.UNKNOWN_TOPIC),
    "hidden_character": _simple(rulebook.HIDDEN_IN_FIELD),
    "summary_length": _simple(rulebook.SUMMARY_LENGTH),
    "month_day": _simple(rulebook.NOT_MONTH_DAY),
    "github_login": _simple(rulebook.NOT_A_LOGIN),
    "link_scheme": _simple(rulebook.NOT_A_LINK),
    "email_format": _simple(rulebook.NOT_AN_EMAIL),
    "link_userinfo": _simple(rulebook.USERINFO_LINK),
    "cms_setting": _simple(rulebook.CMS_SETTING),
    "string_type": _simple(rulebook.NOT_TEXT),
    "string_too_short": _simple(rulebook.TEXT_TOO_SHORT),
    "string_too_long": _simple(rulebook.TEXT_TOO_LONG),
    "string_pattern_mismatch": _phone,
    "int_type": _simple(rulebook.NOT_AN_INTEGER, how="只写数字，如 2019"),
    "int_parsing": _simple(rulebook.NOT_AN_INTEGER, how="只写数字，如 2019（不要写“年”）"),
    "int_from_float": _simple(rulebook.NOT_AN_INTEGER, how="只写整数，如 2019"),
    "float_type": _simple(rulebook.NOT_A_NUMBER),
    "float_parsing": _simple(rulebook.NOT_A_NUMBER),
    "finite_number": _simple(rulebook.NOT_A_NUMBER),
    "bool_type": _boolean,
    "bool_parsing": _boolean,
    "list_type": _simple(rulebook.NOT_A_LIST),
    "too_short": _simple(rulebook.TOO_FEW_ITEMS),
    "too_long": _simple(rulebook.TOO_MANY_ITEMS),
    "greater_than_equal": _simple(rulebook.TOO_SMALL),
    "less_than_equal": _simple(rulebook.TOO_LARGE),
    "model_type": _simple(rulebook.NOT_A_GROUP),
    "model_attributes_type": _simple(rulebook.NOT_A_GROUP),
}


def explain_validation(error: ValidationError, model: type[BaseModel], parsed: ParsedYaml,
                       path: Path) -> list[Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        loc = tuple(detail["loc"])
        explainer = _EXPLAINERS.get(detail["type"])
        rule, details = explainer(detail, model, loc) if explainer else (rulebook.INVALID_VALUE, {"detail": detail["msg"]})
        problem = rule.at(path, parsed.line_of(loc), dotted(loc), **details)
        if detail["type"] in _FORM_ERRORS and (wide := _full_width_hint(detail)) is not None and wide not in problem.hint:
            problem = replace(problem, hint=wide)
        elif detail["type"] in _NUMBER_ERRORS and (bare := _bare_number_hint(detail)) is not None:
            problem = replace(problem, hint=bare)
        problems.append(problem)
    return problems
