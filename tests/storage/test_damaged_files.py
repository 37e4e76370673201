"""A damaged, foreign or too-new file, an unwritable place, a full disk: a clear error, never a
silent overwrite, never half an answer."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from store_helpers import NOW, answer

from quizapp.domain.clock import fixed_clock
from quizapp.domain.scheduling import Rating
from quizapp.storage import (
    Store,
    StoreBusy,
    StoreCorrupt,
    StoreFull,
    StoreNotOurs,
    StoreTooNew,
    StoreUnwritable,
)
from quizapp.storage import opening as opening_module


def fingerprint(path: Path) -> tuple[str, float]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime


def make_store_with_answers(path: Path, count: int) -> None:
    with Store.open(path) as store:
        ann = store.profile("ann")
        for number in range(count):
            answer(store, ann.id, f"question-{number}", response="an answer " * 5)


def test_garbage_is_refused_and_left_untouched(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database\n" * 200)
    before = fingerprint(db_path)
    with pytest.raises(StoreCorrupt, match="is damaged") as caught:
        Store.open(db_path)
    assert caught.value.moved_to is None
    assert fingerprint(db_path) == before
    assert sorted(path.name for path in db_path.parent.iterdir()) == ["progress.db"]


def test_garbage_is_moved_aside_when_asked_and_a_new_file_started(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = bytes(range(256)) * 64
    db_path.write_bytes(garbage)
    with Store.open(db_path, clock=fixed_clock(NOW), move_damaged=True) as store:
        assert store.recovered is not None
        moved = store.recovered.moved_to
        assert moved == db_path.with_name("progress.db.corrupt-20250519T120000Z")
        assert moved.read_bytes() == garbage
        assert store.notice is not None
        assert str(moved) in store.notice and "is damaged" in store.notice
        assert store.profiles() == []
        store.profile("ann")
    with Store.open(db_path, move_damaged=True) as store:  # the new file is sound: nothing to report
        assert store.notice is None
        assert [profile.name for profile in store.profiles()] == ["ann"]


def test_the_journal_files_of_a_damaged_file_move_with_it(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"garbage" * 100)
    wal = db_path.with_name("progress.db-wal")
    wal.write_bytes(b"the log of the damaged file")
    with Store.open(db_path, clock=fixed_clock(NOW), move_damaged=True) as store:
        assert store.recovered is not None and store.recovered.moved_to is not None
        moved_wal = store.recovered.moved_to.with_name(store.recovered.moved_to.name + "-wal")
        assert moved_wal.read_bytes() == b"the log of the damaged file"


def test_moving_aside_twice_in_one_second_keeps_both_files(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    for content in (b"first damaged file", b"second damaged file"):
        db_path.unlink(missing_ok=True)
        for side in db_path.parent.glob("progress.db-*"):
            side.unlink()
        db_path.write_bytes(content * 100)
        Store.open(db_path, clock=fixed_clock(NOW), move_damaged=True).close()
    kept = sorted(path.name for path in db_path.parent.glob("*.corrupt-*"))
    assert kept == ["progress.db.corrupt-20250519T120000Z", "progress.db.corrupt-20250519T120000Z-2"]
    assert (db_path.parent / kept[0]).read_bytes() == b"first damaged file" * 100


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9])
def test_a_truncated_file_is_detected_as_damaged(db_path: Path, keep: float) -> None:
    make_store_with_answers(db_path, 600)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: int(len(data) * keep)])
    before = fingerprint(db_path)
    with pytest.raises(StoreCorrupt, match="damaged"):
        Store.open(db_path)
    assert fingerprint(db_path) == before


def test_a_file_from_a_newer_quizapp_is_refused_even_when_moving_is_allowed(db_path: Path) -> None:
    make_store_with_answers(db_path, 3)
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    before = fingerprint(db_path)
    with pytest.raises(StoreTooNew, match="newer quizapp") as caught:
        Store.open(db_path, move_damaged=True)
    assert "update quizapp" in str(caught.value)
    assert fingerprint(db_path) == before
    assert [path.name for path in db_path.parent.iterdir() if ".corrupt-" in path.name] == []


def test_another_programs_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    raw.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    raw.commit()
    raw.close()
    before = fingerprint(db_path)
    with pytest.raises(StoreNotOurs, match="another program"):
        Store.open(db_path, move_damaged=True)
    assert fingerprint(db_path) == before


def test_an_empty_file_becomes_a_new_store(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with Store.open(db_path) as store:
        assert store.profile("ann").id == 1


@pytest.mark.parametrize(
    "where",
    [
        lambda tmp: Path("/proc/quizapp-test/progress.db"),  # not writable, even by root
        lambda tmp: tmp / "a-file" / "progress.db",  # the parent is a file
    ],
    ids=["read-only-folder", "parent-is-a-file"],
)
def test_an_unwritable_place_gives_a_clear_error_and_creates_nothing(tmp_path: Path, where) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    path = where(tmp_path)
    with pytest.raises(StoreUnwritable, match="Cannot create the folder") as caught:
        Store.open(path)
    assert "--data" in str(caught.value)
    assert not path.exists()


def test_a_folder_where_the_file_should_be_is_refused(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(StoreUnwritable, match="is a folder"):
        Store.open(db_path)


def test_a_full_disk_refuses_the_answer_whole_and_keeps_what_was_saved(db_path: Path) -> None:
    with Store.open(db_path) as store:
        ann = store.profile("ann")
        # A real SQLITE_FULL on a real file: cap the file at its current size plus a few pages.
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages + 3}")
        saved = []
        with pytest.raises(StoreFull, match="full") as caught:
            for number in range(10_000):
                saved.append(answer(store, ann.id, f"q{number}", response="x" * 400))
        assert "could not save this answer" in str(caught.value)
        failed_question = f"q{len(saved)}"
        # Nothing of the failed answer: neither its review nor its schedule.
        assert store.card(ann.id, "bank", failed_question) is None
        assert [review.question_id for review in store.reviews()] == [review.question_id for review in saved]
        # The store is still usable for reading and for changes that fit.
        assert store.cards(ann.id, "bank").keys() == {review.question_id for review in saved}
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert raw.execute("SELECT count(*) FROM reviews").fetchone()[0] == len(saved)
    raw.close()


def test_a_writer_waits_for_another_writer_then_succeeds(db_path: Path) -> None:
    with Store.open(db_path) as store:
        ann = store.profile("ann")
        other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
        release.start()
        started = time.perf_counter()
        answer(store, ann.id, "q1")
        waited = time.perf_counter() - started
        release.join()
        other.close()
        assert waited >= 0.25
        assert [review.question_id for review in store.reviews()] == ["q1"]


def test_a_writer_held_off_too_long_gets_a_clear_error_and_saves_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening_module, "BUSY_TIMEOUT_S", 0.1)
    with Store.open(db_path) as store:
        ann = store.profile("ann")
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreBusy, match="in use by another quizapp"):
                answer(store, ann.id, "q1", at=NOW + timedelta(seconds=1), rating=Rating.EASY)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert list(store.reviews()) == []
        answer(store, ann.id, "q1")  # once the other lets go, the same answer goes through
        assert len(list(store.reviews())) == 1
