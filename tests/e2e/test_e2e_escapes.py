"""Escape sequences in a bank, in a real terminal (tmux): the clipboard (tmux's paste buffers, OSC 52) and the
pane's title (OSC 0) stay as they were while the installed quizapp shows every field of the bank.

A control run first sends the same sequences with printf, so the test proves this tmux would obey them."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests_screen_support import TMUX, Terminal, wait_for_settled

QUIZAPP = shutil.which("quizapp")

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (.ci/run installs it)"),
    pytest.mark.skipif(QUIZAPP is None, reason="the quizapp command is not installed (pip install .)"),
]

SEQUENCES = r"\u001B]52;c;cHduZWQ=\u0007\u001B]0;PWNED\u0007\u001B]2;PWNED\u0007\u001B[2J\u001B[31m"
BANK = f"""format = 1
id = "laced-e2e"
title = "Laced bank{SEQUENCES}"
description = "Described{SEQUENCES}"

[source]
title = "A source{SEQUENCES}"

[[questions]]
id = "first"
kind = "multiple_choice"
prompt = "First prompt{SEQUENCES}"
choices = ["Right one{SEQUENCES}", "Wrong one{SEQUENCES}"]
answer = "Right one{SEQUENCES}"
explanation = "Explained{SEQUENCES}"
source = "Quoted{SEQUENCES}"
tags = ["tagged{SEQUENCES}"]
shuffle = false

[[questions]]
id = "second"
kind = "short_answer"
prompt = "Second prompt{SEQUENCES}"
answer = "paris"
alternatives = ["Paris{SEQUENCES}"]
explanation = "Explained again{SEQUENCES}"
"""


class ClipboardTerminal(Terminal):
    """A tmux server that lets programs set its paste buffers (set-clipboard on), as many users' do."""

    def __init__(self, config: Path) -> None:
        super().__init__(f"esc-{uuid.uuid4().hex[:4]}", width=100, height=30)
        self.config = config

    def start(self, command: str) -> None:
        width, height = self.size
        result = self.tmux(
            "-f", str(self.config), "new-session", "-d", "-s", "main", "-x", width, "-y", height, command
        )
        assert result.returncode == 0, result.stderr

    def buffers(self) -> str:
        return self.tmux("list-buffers").stdout

    def title(self) -> str:
        return self.tmux("display-message", "-p", "-t", "main", "#{pane_title}").stdout.strip()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "tmux.conf"
    path.write_text("set -g set-clipboard on\nset -g allow-rename on\n", encoding="utf-8")
    return path


@pytest.fixture
def terminal(config: Path) -> Iterator[ClipboardTerminal]:
    terminal = ClipboardTerminal(config)
    yield terminal
    terminal.close()


def test_this_tmux_obeys_the_sequences_when_a_program_sends_them(config: Path) -> None:
    control = ClipboardTerminal(config)
    try:
        sequences = SEQUENCES.replace(r"\u001B", r"\033").replace(r"\u0007", r"\007")
        control.start(f"printf {shlex.quote(sequences + 'sent')}; sleep 30")
        control.wait_for("sent")
        assert control.title() == "PWNED"
        assert (
            "pwned"
            in subprocess.run(
                [TMUX or "tmux", "-L", control.socket, "show-buffer"], capture_output=True, text=True
            ).stdout
        )
    finally:
        control.close()


def test_a_laced_bank_leaves_the_clipboard_and_the_title_alone(terminal: ClipboardTerminal, tmp_path: Path) -> None:
    bank = tmp_path / "laced.toml"
    bank.write_text(BANK, encoding="utf-8")
    env = {
        "QUIZAPP_DATA": str(tmp_path / "progress.db"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
    }
    assignments = " ".join(f"{name}={shlex.quote(value)}" for name, value in env.items())
    terminal.start(f"env -i {assignments} {shlex.quote(QUIZAPP or 'quizapp')} --profile eve --bank {bank}")
    terminal.wait_for("Laced bank␛]52;c;cHduZWQ=␇")
    title = terminal.title()
    terminal.keys("End")  # our bank is listed after the bundled one
    terminal.wait_for("Source: A", "2 in all")
    terminal.keys("Enter")
    # Each question answered right, in whatever order the session mixes them: the texts shown in the
    # question, its choices, its tag and its feedback all hold the sequences, visibly.
    first = wait_for_settled(terminal.screen, lambda screen: "prompt␛]52;" in screen, 30) or ""
    order = ["First", "Second"] if "First prompt␛]52;" in first else ["Second", "First"]
    for which in order:
        if which == "First":
            terminal.wait_for("First prompt␛]52;", "Right one␛]52;", "#tagged␛]52;")
            terminal.keys("1")
            terminal.wait_for("Explained␛]52;")
        else:
            terminal.wait_for("Second prompt␛]52;")
            terminal.keys("p", "a", "r", "i", "s")
            terminal.wait_for("paris")
            terminal.keys("Enter")
            terminal.wait_for("Explained again␛]52;")
        terminal.keys("Enter")
    terminal.wait_for("2 of 2 questions right")
    terminal.keys("s")
    terminal.wait_for("Day streak", "Laced bank␛]52;")
    assert terminal.buffers() == ""
    assert terminal.title() == title != "PWNED"
    terminal.keys("q")
    terminal.wait_until_closed()
