"""Flags on questions in the progress file: kept apart from answers, upgraded into old files, salvaged by repair."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import NOW, answer

import quizapp.storage.opening as opening_module
from quizapp.domain.clock import fixed_clock
from quizapp.storage import InvalidValue, Store
from quizapp.storage.repair import salvage
from quizapp.storage.schema import LATEST_VERSION, MIGRATIONS


def test_a_flag_keeps_its_note_and_survives_undoing_the_answer(store: Store) -> None:
    ann = store.profile("ann")
    review = answer(store, ann.id, "q1")
    store.flag_question(ann.id, "bank", "q1", "hash", NOW, "  the key looks wrong  ")
    store.undo_review(review.id)
    (flag,) = store.flags(ann.id, "bank")
    assert (flag.question_id, flag.answer_hash, flag.flagged_at, flag.note) == (
        "q1",
        "hash",
        NOW,
        "the key looks wrong",
    )
    assert store.flags(ann.id, "another bank") == []
    assert store.flags(store.profile("bob").id) == []


def test_a_note_too_long_is_refused_and_nothing_is_kept(store: Store) -> None:
    ann = store.profile("ann")
    with pytest.raises(InvalidValue, match="at most 2000 characters"):
        store.flag_question(ann.id, "bank", "q1", "hash", NOW, "x" * 2001)
    assert store.flags(ann.id) == []


def _version_1_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A progress file as the quizapp before flags wrote it, with one answer in it."""
    with monkeypatch.context() as patched:
        patched.setattr(opening_module, "MIGRATIONS", MIGRATIONS[:1])
        patched.setattr(opening_module, "LATEST_VERSION", 1)
        with Store.open(path, clock=fixed_clock(NOW)) as old:
            answer(old, old.profile("ann").id, "q1")
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_file_from_before_flags_is_upgraded_and_keeps_its_answers(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _version_1_file(db_path, monkeypatch)
    with Store.open(db_path, clock=fixed_clock(NOW)) as store:
        ann = store.profile("ann")
        assert [review.question_id for review in store.reviews(ann.id)] == ["q1"]
        store.flag_question(ann.id, "bank", "q1", "hash", NOW, "unclear")
        assert [flag.note for flag in store.flags(ann.id)] == ["unclear"]
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION == 3


def test_repair_saves_flags_and_reads_a_file_from_before_flags(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path, clock=fixed_clock(NOW)) as store:
        ann = store.profile("ann")
        answer(store, ann.id, "q1")
        store.flag_question(ann.id, "bank", "q1", "hash", NOW, "two right options")
    result = salvage(db_path, tmp_path / "repaired.db")
    assert result.saved["flags"] == 1 and not result.damaged_tables
    with Store.open(tmp_path / "repaired.db", clock=fixed_clock(NOW)) as repaired:
        assert [flag.note for flag in repaired.flags(repaired.profile("ann").id)] == ["two right options"]

    old = tmp_path / "old" / "progress.db"
    _version_1_file(old, monkeypatch)
    result = salvage(old, tmp_path / "old-repaired.db")
    assert result.saved["reviews"] == 1 and result.saved["flags"] == 0 and not result.damaged_tables
