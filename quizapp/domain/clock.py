"""The one source of "now". Everything that needs the time takes a Clock, so tests are exact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""Returns an aware UTC datetime."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def fixed_clock(instant: datetime) -> Clock:
    """A clock stopped at `instant` (for tests and snapshots)."""
    if instant.tzinfo is None:
        raise ValueError("the clock must be timezone-aware (UTC)")
    return lambda: instant
