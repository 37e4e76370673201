"""The home screen's footer shows the keys of what has the focus, and keeps its keys when they stay the same."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Button, Input
from textual.widgets._footer import FooterKey

from quizapp.tui.widgets.footer import SteadyFooter


class Search(Input):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+f", "find", "Find")]


class TwoFields(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Button("plain", id="plain")
        yield Button("other", id="other")
        yield Search(id="search")
        yield SteadyFooter()


def shown(app: App[None]) -> list[tuple[str, str]]:
    return [(key.key, key.description) for key in app.screen.query(FooterKey)]


async def test_the_footer_follows_the_focus_to_new_keys_and_back() -> None:
    app = TwoFields()
    async with app.run_test() as pilot:
        app.query_one("#plain").focus()
        await pilot.pause()
        assert ("ctrl+f", "Find") not in shown(app)
        app.query_one("#search").focus()
        await pilot.pause()
        await pilot.pause()
        assert ("ctrl+f", "Find") in shown(app)
        app.query_one("#plain").focus()
        await pilot.pause()
        await pilot.pause()
        assert ("ctrl+f", "Find") not in shown(app)


async def test_moving_the_focus_between_widgets_with_the_same_keys_keeps_the_footers_keys() -> None:
    app = TwoFields()
    async with app.run_test() as pilot:
        app.query_one("#plain").focus()
        await pilot.pause()
        await pilot.pause()
        before = list(app.screen.query(FooterKey))
        assert ("ctrl+q", "Quit") in shown(app)
        app.query_one("#other").focus()
        await pilot.pause()
        await pilot.pause()
        assert list(app.screen.query(FooterKey)) == before  # the same widgets: not removed and mounted again
