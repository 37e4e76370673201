"""A small vertical bar chart drawn with block characters: light to import, exact in snapshots."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static

BLOCKS = " ▁▂▃▄▅▆▇█"


def bar_chart(values: Sequence[int], labels: Sequence[str], *, height: int = 6, bar_width: int = 3) -> Content:
    """Bars scaled to the largest value, each value written above its bar and its label below."""
    peak = max(values, default=0)
    column = bar_width + 1
    rows: list[Content] = []
    counts = "".join(f"{value:^{column}}" if value else " " * column for value in values)
    rows.append(Content.styled(counts.rstrip(), "$text-muted"))
    eighths = [round(value / peak * height * 8) if peak else 0 for value in values]
    for level in range(height, 0, -1):
        line = ""
        for amount in eighths:
            filled = max(0, min(8, amount - (level - 1) * 8))
            line += BLOCKS[filled] * bar_width + " "
        rows.append(Content.styled(line.rstrip(), "$accent"))
    rows.append(Content.styled("".join(f"{label[:column]:^{column}}" for label in labels).rstrip(), "$text-muted"))
    return Content("\n").join(rows)


class BarChart(Static):
    """A titled bar chart."""

    def __init__(
        self, title: str, values: Sequence[int], labels: Sequence[str], *, bar_width: int = 3, id: str | None = None
    ) -> None:
        super().__init__(id=id, classes="chart")
        self.border_title = title
        self.update(bar_chart(values, labels, bar_width=bar_width))
