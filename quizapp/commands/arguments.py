"""Numbers given on the command line, checked once for every command: a value argparse reports in its
usual one line when it is not a number, not finite, or out of its range."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable


def number(
    kind: type[int] | type[float], *, low: float, high: float = math.inf, above_low: bool = False, what: str
) -> Callable[[str], float]:
    """An argparse `type` for a number of `kind` from `low` (excluded when `above_low`) to `high`.

    NaN and infinity are refused: `--idle-minutes inf` would otherwise reach a timer as a number.
    """

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except (ValueError, OverflowError):
            raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None
        too_low = value <= low if above_low else value < low
        if not math.isfinite(value) or too_low or value > high:
            bound = f"more than {low:g}" if above_low else f"from {low:g}"
            upper = "" if math.isinf(high) else f" to {high:g}"
            raise argparse.ArgumentTypeError(f"{text} is not {bound}{upper} ({what})")
        return value

    return parse


port_number = number(int, low=0, high=65535, what="a port number (0 picks a free one)")
positive_int = number(int, low=0, above_low=True, what="a whole number")
positive_float = number(float, low=0, above_low=True, what="a number")
share = number(float, low=0, high=1, what="a share (0.75 means three quarters)")
