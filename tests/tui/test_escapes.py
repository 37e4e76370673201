"""Escape sequences in a bank are shown, never obeyed: no screen sends a teacher's OSC 52, OSC 0 or CSI to the
terminal, whatever field they hide in. What the app would write to a real terminal is read here from the
screen's compositor, after every step of a whole session: home, each kind asked and answered, the summary,
statistics and the command palette."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from tests_tui_support import BANKS, current_answer_widget, settle
from textual.pilot import Pilot

from quizapp.bank.loader import load_bank
from quizapp.bank.models import Bank
from quizapp.bank.writer import bank_to_toml
from quizapp.tui.widgets.arrange import MatchingAnswer, OrderingAnswer

CLIPBOARD = "\x1b]52;c;cXVpemFwcA==\x07"
TITLE = "\x1b]0;PWNED\x07"
CLEAR = "\x1b[2J"
C1_CSI = "\x9b31m"
PAYLOAD = CLIPBOARD + TITLE + CLEAR + C1_CSI + "\x7f"
OBEYED = (CLIPBOARD, TITLE, "\x1b]0;", "\x1b]52;", CLEAR, "\x9b", "\x7f", "\x07")
SHOWN = "␛]52;c;cXVpemFwcA==␇␛]0;PWNED␇␛[2J\\x9b31m␡"


def _laced(value: Any, key: str | None = None) -> Any:
    """Every text of the bank with the payload added (inside each cloze blank too); ids and kinds stay."""
    if isinstance(value, dict):
        return {name: _laced(item, name) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [_laced(item, key) for item in value]
    if isinstance(value, str) and key not in ("id", "kind"):
        return value.replace("}}", PAYLOAD + "}}") + PAYLOAD if key == "text" else value + PAYLOAD
    return value


def laced_bank(folder: Path) -> Path:
    bank = load_bank(BANKS / "kinds.toml").require()
    laced = Bank.model_validate(_laced(bank.model_dump(mode="python", exclude_none=True)))
    path = folder / "laced.toml"
    path.write_text(bank_to_toml(laced), encoding="utf-8")
    assert load_bank(path).require().questions[0].prompt.endswith(PAYLOAD)
    return path


def terminal_output(pilot: Pilot) -> str:
    """Everything the app would write to the terminal to paint the current screen from scratch."""
    app = pilot.app
    update = app.screen._compositor.render_update(full=True)
    console = Console(width=app.size.width, color_system="truecolor", legacy_windows=False, force_terminal=True)
    return "".join(update.render_segments(console))


def assert_nothing_obeyed(pilot: Pilot, where: str, seen: list[str]) -> None:
    painted = terminal_output(pilot)
    for sequence in OBEYED:
        assert sequence not in painted, f"{sequence!r} reached the terminal on {where}"
    seen.append(painted)


async def answer_wrongly(pilot: Pilot, kind: str) -> None:
    widget = current_answer_widget(pilot.app)
    keys = {
        "multiple_choice": ["2"],
        "multi_select": ["3", "enter"],
        "true_false": ["f"],
        "short_answer": ["x", "enter"],
        "cloze": ["x", "enter", "x", "enter"],
    }.get(kind)
    if isinstance(widget, OrderingAnswer):
        keys = ["d", "c", "b", "a", "enter"]
    elif isinstance(widget, MatchingAnswer):
        keys = [*["1"] * len(widget.lefts), "enter"]
    assert keys is not None, kind
    await pilot.press(*keys)
    await settle(pilot)


async def test_no_text_field_of_a_bank_reaches_the_terminal_as_an_escape_sequence(make_app, tmp_path: Path) -> None:
    path = laced_bank(tmp_path)
    app = make_app(path)
    seen: list[str] = []
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(pilot)
        assert_nothing_obeyed(pilot, "the home screen", seen)
        await pilot.press("enter")
        await settle(pilot)
        kinds: list[str] = []
        while app.active_session is not None and not app.active_session.done and len(kinds) < 7:
            question = app.active_session.current()
            assert question is not None
            kinds.append(question.kind)
            assert_nothing_obeyed(pilot, f"the {question.kind} question", seen)
            await answer_wrongly(pilot, question.kind)
            assert_nothing_obeyed(pilot, f"the feedback on the {question.kind} question", seen)
            await pilot.press("enter")
            await settle(pilot)
        assert len(kinds) == 7
        if app.active_session is not None:  # the questions answered wrongly would come back: leave
            await pilot.press("escape")
            await settle(pilot)
        assert_nothing_obeyed(pilot, "the summary", seen)
        await pilot.press("s")
        await settle(pilot)
        assert_nothing_obeyed(pilot, "the statistics", seen)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+p", *"study")
        await settle(pilot)
        assert_nothing_obeyed(pilot, "the command palette", seen)
    # shown, not silently dropped: the student sees that the text holds something odd
    assert any(SHOWN[:20] in painted for painted in seen)
