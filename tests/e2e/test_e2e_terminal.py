"""The installed `quizapp` in a real terminal (tmux): study, quit, start again, find the progress.

This is the student's path end to end, through the console script pip installed: the bundled
banks must be found from the installed package, not from a checkout.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests_screen_support import TMUX, Terminal

from quizapp.domain.clock import fixed_clock
from quizapp.storage import Store

BANK = Path(__file__).parent / "banks" / "statements.toml"
QUIZAPP = shutil.which("quizapp")

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (.ci/run installs it)"),
    pytest.mark.skipif(QUIZAPP is None, reason="the quizapp command is not installed (pip install .)"),
]


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    terminal = Terminal("e2e", width=100, height=30)
    yield terminal
    terminal.close()


def quizapp_command(tmp_path: Path) -> str:
    env = {
        "QUIZAPP_DATA": str(tmp_path / "progress.db"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
    }
    assignments = " ".join(f"{name}={shlex.quote(value)}" for name, value in env.items())
    return f"env -i {assignments} {shlex.quote(QUIZAPP or 'quizapp')} --profile eve --bank {shlex.quote(str(BANK))}"


def test_study_three_questions_quit_and_find_the_progress(terminal: Terminal, tmp_path: Path) -> None:
    terminal.start(quizapp_command(tmp_path))
    # the bundled bank is listed too: found from the installed package, not a checkout
    terminal.wait_for("E2E five statements", "5 new", "Trump and Putin")

    terminal.keys("End")  # our bank is listed last
    terminal.wait_for("· 5 in all")  # its details show: it is the highlighted one (under load, End can land late)
    terminal.keys("Enter")
    for number in range(1, 4):
        terminal.wait_for(f"{number} / 5", "True or false?")
        terminal.keys("t")
        terminal.wait_for("Right", "Saved.")
        terminal.keys("Enter")
    terminal.wait_for("4 / 5")
    terminal.keys("q")
    terminal.wait_until_closed()

    terminal.start(quizapp_command(tmp_path))
    terminal.wait_for("E2E five statements", "2 new")
    terminal.keys("q")
    terminal.wait_until_closed()

    with Store.open(tmp_path / "progress.db", clock=fixed_clock(dt.datetime.now(dt.UTC))) as store:
        reviews = list(store.reviews(store.profile("eve").id))
    assert len(reviews) == 3
    assert all(review.correct for review in reviews)
    assert {review.bank_id for review in reviews} == {"e2e-statements"}
