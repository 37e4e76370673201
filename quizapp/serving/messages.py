"""The browser's messages to an app session, checked before they reach it.

textual.js sends JSON arrays: ["stdin", text], ["resize", {"width": w, "height": h}], ["ping",
data], ["blur"], ["focus"]. Anything else (not JSON, another shape, a size that is not a
number) is refused here as None, so a broken or hostile client costs one log line and never a
traceback. Sizes are clamped: a terminal 0 cells wide (a collapsed browser pane) crashed the
app; no real screen is smaller than MIN_SIZE or larger than MAX_SIZE in cells.
"""

from __future__ import annotations

import json
from typing import Any

MIN_SIZE = (20, 5)
MAX_SIZE = (1000, 400)
DEFAULT_SIZE = (80, 24)
MAX_STDIN_CHARS = 65536
"""A paste bigger than this is not typing; refused whole."""


def _clamp(value: object, default: int, low: int, high: int) -> int:
    try:
        number: int = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return default
    return min(high, max(low, number))


def terminal_size(width: object, height: object) -> tuple[int, int]:
    """A usable terminal size from what the browser sent (anything: text, None, a float, a negative)."""
    if isinstance(width, bool) or isinstance(height, bool):
        return DEFAULT_SIZE
    return (
        _clamp(width, DEFAULT_SIZE[0], MIN_SIZE[0], MAX_SIZE[0]),
        _clamp(height, DEFAULT_SIZE[1], MIN_SIZE[1], MAX_SIZE[1]),
    )


def understood(text: object) -> tuple[str, Any] | None:
    """(kind, data) for a well-formed message, with a resize's data as a clamped (width, height);
    None for anything else."""
    if not isinstance(text, str) or len(text) > MAX_STDIN_CHARS * 2:
        return None
    try:
        envelope = json.loads(text)
    except ValueError:
        return None
    if not isinstance(envelope, list) or not envelope or not isinstance(envelope[0], str):
        return None
    kind, rest = envelope[0], envelope[1:]
    if kind == "stdin" and len(rest) == 1 and isinstance(rest[0], str) and len(rest[0]) <= MAX_STDIN_CHARS:
        return kind, rest[0]
    if kind == "resize" and len(rest) == 1 and isinstance(rest[0], dict):
        return kind, terminal_size(rest[0].get("width"), rest[0].get("height"))
    if kind == "ping" and len(rest) == 1 and isinstance(rest[0], (str, int, float)):
        return kind, rest[0]
    if kind in ("blur", "focus"):
        return kind, None
    return None
