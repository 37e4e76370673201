"""`quizapp draft ARTICLE --review` in a real terminal (tmux): the installed command, keys, the file, the exit code."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.draft import Draft

from .conftest import ARTICLE

QUIZAPP = shutil.which("quizapp")
TMUX = shutil.which("tmux")

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(QUIZAPP is None, reason="the quizapp command is not installed (pip install .)"),
]


class Terminal:
    """A tmux server of our own with one 80x24 window running one shell command."""

    def __init__(self) -> None:
        self.socket = f"quizapp-review-{uuid.uuid4().hex[:8]}"

    def tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([TMUX or "tmux", "-L", self.socket, *args], capture_output=True, text=True)

    def start(self, command: str) -> None:
        result = self.tmux("new-session", "-d", "-s", "review", "-x", "80", "-y", "24", command)
        assert result.returncode == 0, result.stderr

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """The screen once it shows `text` and has settled (two captures 0.1 s apart agree):
        a capture can land halfway through the app's drawing of a frame."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            before, screen = screen, self.tmux("capture-pane", "-p", "-t", "review").stdout
            if screen == before and text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"never saw {text!r} on the screen:\n{screen}")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "review", *keys)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    terminal = Terminal()
    yield terminal
    terminal.tmux("kill-server")


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
