"""Statistics: per bank and per tag, the 7-day due forecast, reviews per day, the streak."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, LoadingIndicator, Static

from quizapp.text import displayable, plural
from quizapp.tui.widgets.charts import BarChart

if TYPE_CHECKING:
    from quizapp.domain.stats import GroupStats, StatsReport
    from quizapp.tui.host import QuizHost

COLUMNS = ("total", "new", "learn", "due", "mature", "right", "7 days", "recall")
NUMBERS_WIDTH = 66
"""Columns the numbers take, with the tables' padding, borders and scroll bar: the name gets the rest."""


def _fit(name: str, width: int) -> str:
    """`name` cut with … to `width` characters, so every number column stays on the screen."""
    return name if len(name) <= width else name[: max(1, width - 1)].rstrip() + "…"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value)}%"


def _row(name: str, group: GroupStats) -> tuple[Text | int | str, ...]:
    recall = None if group.recall is None else group.recall * 100
    return (
        Text(displayable(name)),  # a Rich Text cell: measured for the column width, and never parsed as markup
        group.total,
        group.new,
        group.learning,
        group.due,
        group.mature,
        _percent(group.accuracy.percent),
        _percent(group.accuracy_recent.percent),
        _percent(recall),
    )


class StatsScreen(Screen[None]):
    app: QuizHost

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,s", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Statistics", "bold $accent"), id="stats-title")
        yield LoadingIndicator(id="stats-loading")
        with VerticalScroll(id="stats-body"):
            yield Static(id="stats-streak")
            yield DataTable(id="stats-banks", cursor_type="row", zebra_stripes=True)
            yield DataTable(id="stats-tags", cursor_type="row", zebra_stripes=True)
            yield Horizontal(id="stats-charts")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#stats-body").display = False
        self.load()

    @work(exclusive=True)
    async def load(self) -> None:
        service = self.app.service
        if service is None:  # the app opens statistics only once the store is open
            self.dismiss()
            return
        banks = await self.app.listed_banks()
        report = await self.app.db_or_say("compute the statistics", service.stats, banks)
        recent = await self.app.db_or_say("count the reviews", service.recent_activity, banks)
        if report is None or recent is None:
            self.dismiss()
            return
        self.show(report, recent, service.today())

    def show(self, report: StatsReport, recent: list[int], today: date) -> None:
        """Fill the tables and charts; `today` is the student's local day, as the counts are."""
        studied = "studied today" if report.studied_today else "not yet today"
        self.query_one("#stats-streak", Static).update(
            Content.assemble(
                Content.styled(f"Day streak: {plural(report.streak_days, 'day')}", "bold"),
                Content.styled(f"  ({studied})", "$text-muted"),
            )
        )
        banks_table = self.query_one("#stats-banks", DataTable)
        banks_table.border_title = "Banks"
        banks_table.add_columns("bank", *COLUMNS)
        name_width = max(12, self.size.width - NUMBERS_WIDTH)
        for bank in report.banks:
            banks_table.add_row(*_row(_fit(bank.title, name_width), bank.overall))
        tags_table = self.query_one("#stats-tags", DataTable)
        tags_table.border_title = "Tags"
        tags_table.add_columns("tag", *COLUMNS)
        for bank in report.banks:
            for tag in bank.tags:
                tag_name = f"#{tag.name}"
                if len(report.banks) > 1:  # which bank, in what room is left beside the tag
                    room = max(6, name_width - len(tag_name) - 1)
                    tag_name = f"{_fit(bank.title, room)} {tag_name}"
                tags_table.add_row(*_row(_fit(tag_name, name_width), tag))
        forecast = [sum(bank.overall.forecast[day] for bank in report.banks) for day in range(7)]
        ahead = ["today"] + [(today + timedelta(days=day)).strftime("%a") for day in range(1, len(forecast))]
        days = len(recent)
        before = [(today - timedelta(days=days - 1 - day)).strftime("%d") for day in range(days)]
        charts = self.query_one("#stats-charts", Horizontal)
        charts.mount(BarChart("Due, next 7 days", forecast, ahead, bar_width=4, id="chart-forecast"))
        charts.mount(BarChart(f"Reviews per day, last {days} days", recent, before, bar_width=2, id="chart-recent"))
        self.query_one("#stats-loading").display = False
        self.query_one("#stats-body").display = True
        banks_table.focus()
