"""The progress file is private by default, and commands that only read it create and change nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_commands import BANK, study

from quizapp.cli import main
from quizapp.storage import Store


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    path = tmp_path / "civics.toml"
    path.write_text(BANK, encoding="utf-8")
    return path


def _listing(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file in `folder` with its size, modification time and mode."""
    return {
        path.name: (path.stat().st_size, path.stat().st_mtime_ns, path.stat().st_mode)
        for path in sorted(folder.iterdir())
    }


def test_a_new_progress_file_is_0600_in_a_new_0700_folder(tmp_path: Path) -> None:
    db_path = tmp_path / "made" / "by" / "quizapp" / "progress.db"
    previous = os.umask(0o022)
    try:
        assert main(["--data", str(db_path), "profile", "add", "ann"]) == 0
        with Store.open(db_path) as store:  # while open, SQLite's own files beside it are private too
            store.profile("bob")
            sides = [Path(f"{db_path}{suffix}") for suffix in ("-wal", "-shm")]
            assert {oct(side.stat().st_mode & 0o777) for side in sides if side.exists()} <= {oct(0o600)}
    finally:
        os.umask(previous)
    assert oct(db_path.stat().st_mode & 0o777) == oct(0o600)
    assert oct(db_path.parent.stat().st_mode & 0o777) == oct(0o700)  # the folder holding it
    assert oct(db_path.parent.parent.stat().st_mode & 0o777) == oct(0o755)  # folders above: as any program's


@pytest.mark.parametrize(
    "command",
    [
        ["stats", "--bank", "{bank}"],
        ["stats", "--json", "--bank", "{bank}"],
        ["export"],
        ["export", "--format", "json", "--all-profiles"],
        ["results", "{bank}", "--student", "Ann"],
        ["profile"],
        ["profile", "list"],
    ],
)
def test_reading_commands_create_and_change_nothing(
    tmp_path: Path, bank_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db_path = folder / "progress.db"
    study(db_path, bank_path, "default", {"senate": True, "capital": False})
    before = _listing(folder)
    assert list(before) == ["progress.db"]
    argv = [part.replace("{bank}", str(bank_path)) for part in command]
    assert main(["--data", str(db_path), *argv]) == 0
    assert capsys.readouterr().out
    assert _listing(folder) == before


def test_reading_while_the_app_writes_sees_the_answers_and_leaves_the_writer_able_to_write(
    tmp_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "progress.db"
    study(db_path, bank_path, "default", {"senate": True})
    with Store.open(db_path) as writer:  # the app is open: its write-ahead log is beside the file
        assert main(["--data", str(db_path), "export"]) == 0
        assert "senate" in capsys.readouterr().out
        writer.profile("bob")  # and it still writes afterwards
    with Store.open(db_path) as store:
        assert [profile.name for profile in store.profiles()] == ["bob", "default"]


@pytest.mark.parametrize("command", [["stats"], ["export"], ["results"], ["profile"]])
@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda path: path.mkdir(), "is a folder, not a progress file: give the progress file with --data PATH"),
        (lambda path: path.write_bytes(b""), "is empty, not a progress file"),
    ],
)
def test_a_folder_or_an_empty_file_is_named_with_the_fix_and_left_as_it_was(
    tmp_path: Path, command: list[str], make: object, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "progress.db"
    make(db_path)  # type: ignore[operator]
    before = _listing(tmp_path)
    assert main(["--data", str(db_path), *command]) == 1
    err = capsys.readouterr().err
    assert err == f"quizapp: {db_path} {says}" + err.split(says, 1)[1] and err.count("\n") == 1
    assert _listing(tmp_path) == before


FILL = """
import resource, sys
from quizapp.storage import Store, StoreError
path = sys.argv[1]
with Store.open(path):
    pass
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, resource.RLIM_INFINITY))
try:
    with Store.open(path) as store:
        for number in range(100_000):
            store.profile(f"student {number:05} " + "x" * 20)
except StoreError as error:
    print(error)
"""


def test_a_file_size_limit_is_named_as_such_not_as_a_disk_error(tmp_path: Path) -> None:
    db_path = tmp_path / "progress.db"
    done = subprocess.run([sys.executable, "-c", FILL, str(db_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "reached the file-size limit of this session (65,536 bytes, see ulimit -f)" in done.stdout
    assert "disk I/O error" not in done.stdout
    committed = int(done.stdout.split("'student ")[1].split()[0])  # the profile that could not be saved
    with Store.open(db_path) as store:  # what was committed before the limit is all there, and sound
        assert len(store.profiles()) == committed > 0
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
