"""`quizapp repair FILE`: every answer that can still be read from a damaged progress file, in a new one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import answer

from quizapp.cli import main
from quizapp.storage import Store, StoreCorrupt

ANSWERS = 300


def progress_with_answers(path: Path, count: int = ANSWERS) -> None:
    with Store.open(path) as store:
        ann = store.profile("ann")
        for number in range(count):
            answer(store, ann.id, f"question-{number}", response="an answer " * 20)


def damage_a_page_of_answers(path: Path) -> bytes:
    """Overwrite one page of the answers table in the middle of the file; the damaged bytes."""
    with sqlite3.connect(path) as connection:
        try:
            pages = [row[0] for row in connection.execute("SELECT pageno FROM dbstat WHERE name = 'reviews'")]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find a page of answers")
    data = bytearray(path.read_bytes())
    middle = sorted(pages)[len(pages) // 2]
    data[(middle - 1) * 4096 : middle * 4096] = b"\xff" * 4096
    path.write_bytes(data)
    return bytes(data)


def test_repair_saves_every_readable_answer_into_a_sound_new_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged_path = tmp_path / "progress.db"
    progress_with_answers(damaged_path)
    damaged = damage_a_page_of_answers(damaged_path)
    with pytest.raises(StoreCorrupt):
        Store.open(damaged_path)
    assert main(["repair", str(damaged_path)]) == 0
    err = capsys.readouterr().err
    repaired = tmp_path / "progress-repaired.db"
    with Store.open(repaired) as store:
        saved = len(list(store.reviews(store.profile("ann").id)))
    assert ANSWERS * 0.9 < saved < ANSWERS  # one page of answers lost, every other one saved
    assert f"saved {saved} answers, 1 profile, 0 sessions and {ANSWERS} schedules from {damaged_path}" in err
    assert "some rows could not be read (reviews)" in err
    assert f"study with it: quizapp --data {repaired}" in err
    assert damaged_path.read_bytes() == damaged  # read, never written
    with sqlite3.connect(repaired) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert oct(repaired.stat().st_mode & 0o777) == oct(0o600)


def test_answers_still_in_the_write_ahead_log_are_saved_too(tmp_path: Path) -> None:
    live = tmp_path / "live" / "progress.db"
    store = Store.open(live)
    ann = store.profile("ann")
    for number in range(40):
        answer(store, ann.id, f"question-{number}")
    crashed = tmp_path / "crashed.db"  # the file and its log as a killed quizapp leaves them
    shutil.copyfile(live, crashed)
    shutil.copyfile(f"{live}-wal", f"{crashed}-wal")
    store.close()
    assert main(["repair", str(crashed), "-o", str(tmp_path / "saved.db")]) == 0
    with Store.open(tmp_path / "saved.db") as repaired:
        assert len(list(repaired.reviews(repaired.profile("ann").id))) == 40


def test_a_file_with_nothing_readable_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "progress.db"
    garbage.write_bytes(b"not a database at all\n" * 300)
    assert main(["repair", str(garbage)]) == 1
    assert "nothing could be read from" in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["progress.db"]


def test_repair_never_writes_onto_the_progress_file_or_the_damaged_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "old.db"
    progress_with_answers(damaged, 5)
    in_use = tmp_path / "progress.db"
    progress_with_answers(in_use, 3)
    before = in_use.read_bytes(), damaged.read_bytes()
    assert main(["--data", str(in_use), "repair", str(damaged), "-o", str(in_use)]) == 1
    assert main(["--data", str(in_use), "repair", str(damaged), "-o", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert "is the progress file" in err and "which this command reads" in err
    assert (in_use.read_bytes(), damaged.read_bytes()) == before
