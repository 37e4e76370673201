"""Helpers for the serve tests: a real `quizapp serve` in a subprocess, on a free port (--port 0).

The command prints its address only once its socket listens, so its first line is both "ready"
and the URL to open: no polling of the port, no guessing a free one.
"""

from __future__ import annotations

import re
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ONE_QUESTION_BANK = Path(__file__).with_name("one_question.toml")
PROFILE = "ana"
START_SECONDS = 20.0
STOP_SECONDS = 15.0
ADDRESS = re.compile(r"http://\S+/")


@dataclass
class Served:
    """A running server: its process, the URL it printed and the progress file its sessions use."""

    process: subprocess.Popen[str]
    url: str
    data: Path | str

    @property
    def origin(self) -> str:
        """The Origin a browser sends for this server's own page."""
        return self.url.rstrip("/")

    def stop(self, signal_number: int = signal.SIGTERM) -> tuple[int, str, str]:
        """Stop it with `signal_number` (SIGINT is Ctrl+C); its exit code, and all it printed after the address."""
        self.process.send_signal(signal_number)
        return self.wait()

    def wait(self) -> tuple[int, str, str]:
        out, err = self.process.communicate(timeout=STOP_SECONDS)
        return self.process.returncode, out, err

    def kill(self) -> None:
        """Stop it however it is: SIGTERM first (it then ends its tabs' app processes, which a SIGKILL
        would leave running), SIGKILL if that is not enough."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.communicate(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.communicate(timeout=STOP_SECONDS)


def serve_command(data: Path | str, *extra: str, profile: str | None = PROFILE, sign_in: bool = False) -> list[str]:
    """`quizapp --data DATA [--profile ana] serve --open EXTRA...` (without a profile, each tab asks for a
    name); with `sign_in`, no --open: students sign in with their codes."""
    chosen = ["--profile", profile] if profile is not None else []
    mode = [] if sign_in else ["--open"]
    return [sys.executable, "-m", "quizapp", "--data", str(data), *chosen, "serve", *mode, *extra]


def read_line(process: subprocess.Popen[str], timeout: float) -> str:
    """The next line the process prints, or '' if it exits or stays silent for `timeout` seconds."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            return ""
    return process.stdout.readline()


def start_serve(data: Path | str, *extra: str, profile: str | None = PROFILE, sign_in: bool = False) -> Served:
    """`quizapp --data DATA --profile ana serve --open --port 0 EXTRA...`, once it has printed its address.

    Raises RuntimeError with what it said if it never does.
    """
    process = subprocess.Popen(
        serve_command(data, "--port", "0", *extra, profile=profile, sign_in=sign_in),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + START_SECONDS
    line = read_line(process, START_SECONDS)
    while line and not ADDRESS.search(line) and time.monotonic() < deadline:
        line = read_line(process, deadline - time.monotonic())
    found = ADDRESS.search(line)
    if found is None:
        process.kill()
        _, err = process.communicate(timeout=STOP_SECONDS)
        raise RuntimeError(f"quizapp serve did not print its address; it said {line!r} {err!r}")
    return Served(process, found.group(0), data)
