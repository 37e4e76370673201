"""Helpers for the import/export tests: fixtures on disk, and questions compared by their fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def fields_of(question: Any, keys: list[str]) -> dict[str, Any]:
    """The named fields of a question, with tuples as lists, for readable comparisons."""

    def plain(value: Any) -> Any:
        if isinstance(value, tuple):
            return [plain(item) for item in value]
        if hasattr(value, "left") and hasattr(value, "right"):
            return (value.left, value.right)
        return value

    return {key: plain(getattr(question, key)) for key in keys}
