"""`quizapp serve` as a teacher runs it: the address it prints, a busy port, bad input, Ctrl+C and SIGTERM.

A browser tab is stood in for by a plain websocket client (aiohttp, which textual-serve runs on),
so these tests need no browser.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import aiohttp
import pytest
from tests_serve_support import ONE_QUESTION_BANK, serve_command

from quizapp.cli import build_parser
from quizapp.serving.listening import browser_urls, listen
from quizapp.serving.session_command import session_command

no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def run_serve(tmp_path: Path, *extra: str, data: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a `quizapp serve` (with sign-in, no profile) expected to refuse to start (a timeout here means it
    served instead)."""
    command = serve_command(data or tmp_path / "progress.db", *extra, profile=None, sign_in=True)
    return subprocess.run(command, capture_output=True, text=True, timeout=30)


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    message = result.stderr.strip().splitlines()[-1]  # argparse prints its usage line first
    for word in words:
        assert word in message


def test_a_busy_port_is_refused_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        result = run_serve(tmp_path, "--port", str(port))

    assert_one_line_error(result, 1, f"port {port}", "already in use", "--port")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("extra", "code", "words"),
    [
        (["--port", "70000"], 2, ["0 to 65535"]),
        (["--port", "eighty"], 2, ["not a port number"]),
        (["--bank", "no-such-bank.toml"], 2, ["no such bank", "no-such-bank.toml"]),
        (["--host", "no-such-host.invalid"], 1, ["cannot listen", "no-such-host.invalid"]),
        (["--open", "--host", "0.0.0.0"], 2, ["--open", "only allowed", "0.0.0.0", "sign in"]),
        (["--max-sessions", "0"], 2, ["more than 0"]),
        (["--idle-minutes", "soon"], 2, ["not a number"]),
    ],
)
def test_bad_input_is_one_line_not_a_traceback(tmp_path: Path, extra: list[str], code: int, words: list[str]) -> None:
    assert_one_line_error(run_serve(tmp_path, *extra), code, *words)


def test_a_damaged_progress_file_is_refused_before_serving(tmp_path: Path) -> None:
    damaged = tmp_path / "progress.db"
    damaged.write_text("these are not answers\n" * 100, encoding="utf-8")

    result = run_serve(tmp_path, "--port", "0", data=damaged)

    assert_one_line_error(result, 1, str(damaged), "damaged")


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_it_prints_its_address_serves_and_stops_cleanly(start_server, stop_signal: signal.Signals) -> None:
    served = start_server()
    assert served.url.startswith("http://127.0.0.1:")

    with no_proxy.open(served.url, timeout=10) as response:
        assert response.status == 200

    code, out, err = served.stop(stop_signal)
    assert (code, err) == (0, "")
    assert "stopped" in out
    with pytest.raises(OSError), no_proxy.open(served.url, timeout=5):
        pass


def child_processes(pid: int) -> list[int]:
    """Processes whose parent is `pid` that have not ended (zombies count as ended), from /proc."""
    children = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # not a process, or it ended while we looked
            continue
        state, parent = stat.rsplit(")", 1)[1].split()[:2]
        if int(parent) == pid and state != "Z":
            children.append(int(entry.name))
    return children


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the app processes through /proc (Linux)")
async def test_stopping_closes_open_tabs_and_ends_their_app_processes(start_server) -> None:
    served = start_server("--bank", str(ONE_QUESTION_BANK))
    websocket_url = served.url.replace("http://", "ws://") + "ws?width=100&height=30"

    async with aiohttp.ClientSession() as client, client.ws_connect(websocket_url, origin=served.origin) as tab:
        screen = b""
        async for message in tab:  # the home screen arrives as terminal output
            screen += message.data if message.type == aiohttp.WSMsgType.BINARY else b""
            if b"Browser check bank" in screen:
                break
        (app_process,) = child_processes(served.process.pid)

        served.process.send_signal(signal.SIGTERM)
        async for _ in tab:  # whatever is still in flight, until the server closes the tab
            pass
        assert tab.close_code == aiohttp.WSCloseCode.GOING_AWAY

    code, _, err = served.wait()
    assert (code, err) == (0, "")
    assert not alive(app_process)


def test_each_browser_session_gets_the_teachers_options_through_the_shell(tmp_path: Path) -> None:
    """textual-serve runs the session command with `sh -c`: spaces, quotes, $ and leading dashes survive,
    and the shell becomes the app (exec), so stopping or killing that process reaches the app itself."""
    show_arguments = tmp_path / "show arguments"
    show_arguments.write_text(
        f"#!{sys.executable}\nimport json, os, sys\nprint(json.dumps([os.getpid(), sys.argv[1:]]))\n"
    )
    show_arguments.chmod(0o755)
    data = tmp_path / 'it\'s $HOME; `x` "progress".db'
    banks = ["-bank starting with a dash.toml", "folder with * and ?", "ünïcode/bank.toml"]

    command = session_command(data, "Ana O'Neil $USER", banks, python=str(show_arguments))
    shell = subprocess.Popen(["/bin/sh", "-c", command], stdout=subprocess.PIPE, text=True)
    out, _ = shell.communicate(timeout=30)

    app_pid, arguments = json.loads(out)
    assert app_pid == shell.pid
    assert arguments[:2] == ["-m", "quizapp"]
    parsed = build_parser(None).parse_args(arguments[2:])
    assert (parsed.data, parsed.profile, parsed.bank) == (str(data), "Ana O'Neil $USER", banks)


def test_listening_on_every_interface_also_names_this_computer_for_the_students() -> None:
    """127.0.0.1 works only on the teacher's machine; students need the machine's name (or IP)."""
    with listen("0.0.0.0", 0) as listener:
        port = listener.getsockname()[1]
        urls = browser_urls("0.0.0.0", listener)

    assert urls == [f"http://127.0.0.1:{port}/", f"http://{socket.gethostname()}:{port}/"]
