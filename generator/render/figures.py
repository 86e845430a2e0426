"""How the pages write a figure: the one formatter of a number, and of a number with its unit."""

from __future__ import annotations


def number(value: float) -> str:
    """A figure as the pages write it: thousands separated, at most two decimals, no trailing zeros, no exponent."""
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


def with_unit(value: float, unit: str) -> str:
    """The figure and its unit as one phrase: 93.6%, 121 个; `unit` is inserted as given (escape it first for markup)."""
    if not unit:
        return number(value)
    return f"{number(value)}{'' if unit == '%' else ' '}{unit}"
