"""One browser tab's app process, as the server stops it: an app that never quits is killed, not waited on for ever."""

from __future__ import annotations

import asyncio
import os
import shlex
import time
from pathlib import Path

import pytest
from textual_serve.download_manager import DownloadManager

from quizapp.serving.server import BrowserSession


async def ignore(*_: object) -> None:
    """Stands in for the browser connection: this tab never looks at what the app sends."""


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(os.name != "posix", reason="textual-serve starts sessions with a POSIX shell")
async def test_an_app_that_never_quits_is_killed_when_its_session_stops(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    stuck_app = f"echo $$ > {shlex.quote(str(pid_file))}; exec sleep 60"  # ignores the quit message on its stdin
    session = BrowserSession(
        stuck_app, write_bytes=ignore, write_str=ignore, close=ignore, download_manager=DownloadManager()
    )
    session.stop_seconds = 0.5
    await session.start(80, 24)
    deadline = time.monotonic() + 10
    while not (pid_file.exists() and pid_file.read_text().strip()):
        assert time.monotonic() < deadline, "the stand-in app never started"
        await asyncio.sleep(0.02)
    pid = int(pid_file.read_text())
    assert running(pid)

    started = time.monotonic()
    await session.stop()

    assert not running(pid)
    assert time.monotonic() - started < 30  # killed, not waited for (the stand-in sleeps 60 s)
