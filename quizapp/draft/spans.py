"""Sorted spans of text (quotations, mostly) asked "is this offset inside one?" in logarithmic time.

Drafting asks that question for every name, sentence end and time cue; scanning every
quotation each time made a long article quadratic (a 3.9 MB article took 11 s).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Spans:
    """Half-open (start, end) spans that do not overlap, sorted by start."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _end in self.spans]

    def holding(self, position: int) -> tuple[int, int] | None:
        """The span with start <= position < end, if any."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0 and position < self.spans[index][1]:
            return self.spans[index]
        return None

    def contains(self, position: int) -> bool:
        return self.holding(position) is not None

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans that share at least one character with [start, end), in order."""
        index = max(0, bisect.bisect_right(self.starts, start) - 1)
        found = self.spans[index : bisect.bisect_left(self.starts, end, index)]
        if found and found[0][1] <= start:  # only the first can end before `start`: the later ones start after it
            del found[0]
        return found

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares at least one character with [start, end)."""
        index = bisect.bisect_left(self.starts, end) - 1  # the last span starting before `end`: the spans do
        return index >= 0 and self.spans[index][1] > start  # not overlap, so the earlier ones end before it

    def add(self, start: int, end: int) -> None:
        """Keep [start, end) too, in order; the caller makes sure it overlaps none (`overlaps`)."""
        index = bisect.bisect_left(self.starts, start)
        self.spans.insert(index, (start, end))
        self.starts.insert(index, start)

    def first_start_in(self, start: int, end: int) -> int | None:
        """The first span start in [start, end), if any."""
        index = bisect.bisect_left(self.starts, start)
        if index < len(self.starts) and self.starts[index] < end:
            return self.starts[index]
        return None
