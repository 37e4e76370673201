"""Numbers as students type them and teachers write them, compared exactly.

A typed "8.1" must be right for `answer = 8.3, tolerance = 0.2`, but in binary floating point
8.3 − 8.1 is 0.2000000000000011. Every comparison is therefore made in decimal arithmetic on
the numbers as written (a float's shortest repr is what the teacher typed in TOML).

Students write numbers in many ways: "2,5" (a decimal comma), "12 500", "12,500", "1.5e3",
"−3" (a typographic minus), "8.3 min". `read_number` understands them all and returns the unit
part separately, so a grader can check it.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

_TYPED = re.compile(
    r"""^\s*(?P<sign>[+\-−]?)\s*
    (?P<digits>\d[\d\s'’,.]*\d|\d|[.,]\d+)
    (?:\s*[eE](?P<exponent>[+\-−]?\d+))?
    \s*(?P<unit>.*?)\s*$""",
    re.VERBOSE,
)
_GROUP_SPACES = re.compile(r"[\s'’]")


class TypedNumber(NamedTuple):
    value: Decimal
    unit: str
    """What was typed after the number ('' when nothing)."""


def _digits(text: str) -> str | None:
    """The digits as Python reads them: separators resolved, or None when they make no sense."""
    if _GROUP_SPACES.search(text):
        if not re.fullmatch(r"\d{1,3}([\s'’]\d{3})+([.,]\d+)?", text):
            return None  # "3 4" is not a number; "12 500" is
        text = _GROUP_SPACES.sub("", text)
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        # the last separator is the decimal one: 12,500.5 and 12.500,5
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        if text.count(decimal) > 1:
            return None
        return text.replace(group, "").replace(decimal, ".")
    if commas == 1 and not re.fullmatch(r"\d{1,3},\d{3}", text):
        return text.replace(",", ".")  # a decimal comma: 2,5 (but 12,500 is twelve thousand five hundred)
    if commas:
        return text.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", text) else None
    if dots > 1:
        return text.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", text) else None
    return text


def read_number(typed: str | None) -> TypedNumber | None:
    """The number at the start of `typed` and what follows it, or None when there is no number."""
    if typed is None:
        return None
    match = _TYPED.match(typed)
    if match is None:
        return None
    digits = _digits(match["digits"])
    if digits is None:
        return None
    sign = "-" if match["sign"] in ("-", "−") else ""
    exponent = (match["exponent"] or "").replace("−", "-")
    try:
        value = Decimal(sign + digits + (f"e{exponent}" if exponent else ""))
    except InvalidOperation:
        return None
    return TypedNumber(value, match["unit"])


def exact(number: float) -> Decimal:
    """A teacher's number as written: 8.3 is 8.3, not 8.300000000000000710542735760100."""
    return Decimal(repr(float(number)))


def shown(number: float | Decimal) -> str:
    """A number as people write it: 8, 8.3, 0.001, 1500000, without a trailing '.0'."""
    value = exact(number) if isinstance(number, float | int) else number
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def within(value: Decimal, answer: float, tolerance: float) -> bool:
    return abs(value - exact(answer)) <= exact(tolerance)


def in_range(value: Decimal, low: float, high: float) -> bool:
    return exact(low) <= value <= exact(high)


def described(answer: float, tolerance: float = 0.0, bounds: tuple[float, float] | None = None) -> str:
    """'8.3', '8.3 ± 0.2', '8.3 (8.1 to 8.5)': the right answer as feedback shows it."""
    if bounds is not None and bounds[0] != bounds[1]:
        return f"{shown(answer)} ({shown(bounds[0])} to {shown(bounds[1])})"
    if tolerance:
        return f"{shown(answer)} ± {shown(tolerance)}"
    return shown(answer)
