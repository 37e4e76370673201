"""`quizapp draft ARTICLE --review` in a real terminal (tmux): the installed command, keys, the file, the exit code."""

from __future__ import annotations

import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests_screen_support import TMUX, Terminal

from quizapp.bank.loader import load_bank
from quizapp.draft import Draft

from .conftest import ARTICLE

QUIZAPP = shutil.which("quizapp")

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(QUIZAPP is None, reason="the quizapp command is not installed (pip install .)"),
]


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    terminal = Terminal("review", width=80, height=24)
    yield terminal
    terminal.close()


def test_drop_one_and_write_beside_the_article(terminal: Terminal, tmp_path: Path, draft: Draft) -> None:
    article = tmp_path / "library_hall.txt"
    shutil.copy(ARTICLE, article)
    command = f"{shlex.quote(QUIZAPP or 'quizapp')} draft {shlex.quote(str(article))} --review"
    terminal.start(f"TERM=xterm-256color sh -c '{command}; echo exit status $?; sleep 60'")
    terminal.wait_for("Review the draft")
    terminal.keys("d")
    total = len(draft.questions)
    terminal.wait_for(f"{total - 1} of {total} kept")
    terminal.keys("w")
    screen = terminal.wait_for("exit status")  # the app has closed and left the terminal as it was

    written = tmp_path / "library_hall.toml"
    assert "exit status 0" in screen
    assert f"wrote {total - 1} questions of {total} to {written}" in screen.replace("\n", "")
    loaded = load_bank(written)
    assert loaded.bank is not None and not loaded.problems
    assert [question.id for question in loaded.bank.questions] == [drafted.id for drafted in draft.questions[1:]]
