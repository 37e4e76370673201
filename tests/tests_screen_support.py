"""Reading a screen another process draws: a tmux pane, or a browser's terminal.

A read can land halfway through the app's drawing of a frame (tmux and xterm.js both take the
output in pieces), so a screen counts only once it has settled: two reads POLL_SECONDS apart
agree. The e2e, review and browser tests all wait this one way.
"""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from collections.abc import Callable

POLL_SECONDS = 0.1
TMUX = shutil.which("tmux")


def wait_for_settled(read: Callable[[], str | None], done: Callable[[str], bool], timeout: float) -> str | None:
    """The first settled screen for which `done` holds, or None after `timeout` seconds.

    `read` returns the screen's text, or None while there is no screen to read yet.
    """
    deadline = time.monotonic() + timeout
    screen = None
    while time.monotonic() < deadline:
        before, screen = screen, read()
        if screen is not None and screen == before and done(screen):
            return screen
        time.sleep(POLL_SECONDS)
    return None


class Terminal:
    """A tmux server of our own (its own socket) with one window of `width` x `height` running one command."""

    def __init__(self, name: str, width: int, height: int) -> None:
        self.socket = f"quizapp-{name}-{uuid.uuid4().hex[:8]}"
        self.size = (str(width), str(height))

    def tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([TMUX or "tmux", "-L", self.socket, *args], capture_output=True, text=True)

    def start(self, command: str) -> None:
        width, height = self.size
        result = self.tmux("new-session", "-d", "-s", "main", "-x", width, "-y", height, command)
        assert result.returncode == 0, result.stderr

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "main").stdout

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "main", *keys)

    def running(self) -> bool:
        return self.tmux("has-session", "-t", "main").returncode == 0

    def wait_for(self, *texts: str, timeout: float = 30.0) -> str:
        """The settled screen once it shows every one of `texts`."""
        screen = wait_for_settled(self.screen, lambda shown: all(text in shown for text in texts), timeout)
        if screen is None:
            raise AssertionError(f"never saw {texts!r} on the screen:\n{self.screen()}")
        return screen

    def wait_until_closed(self, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while self.running():
            assert time.monotonic() < deadline, f"the command did not end:\n{self.screen()}"
            time.sleep(POLL_SECONDS)

    def close(self) -> None:
        self.tmux("kill-server")
