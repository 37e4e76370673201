"""Real processes on a real file or database server: killed mid-write, or writing at the same time as another."""

from __future__ import annotations

from pathlib import Path

from kill_support import check_consistent, kill_repeatedly, start_writer

from quizapp.storage import Store

KILLS = 50
"""Kills per CI run, each followed by integrity_check; tests/benchmarks/kills.py runs 250."""


def test_answers_committed_before_a_kill_are_all_there(tmp_path: Path) -> None:
    done = kill_repeatedly(tmp_path / "progress.db", KILLS)
    assert done.kills == KILLS
    assert done.stored >= len(done.promised) > KILLS  # every committed answer, and at most the one in flight


def test_two_processes_writing_the_same_file_lose_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "progress.db"
    writers = [start_writer(db_path, name, 150) for name in ("ann", "bob")]
    outputs = [writer.communicate(timeout=60) for writer in writers]
    for writer, (_, errors) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, errors
    promised = {int(line.split()[0]) for out, _ in outputs for line in out.splitlines()}
    assert len(promised) == 300
    check_consistent(db_path, promised)
    with Store.open(db_path) as store:
        for name in ("ann", "bob"):
            assert len(list(store.reviews(store.profile(name).id))) == 150


def test_two_processes_answering_for_one_student_lose_no_schedule_update(location: Path | str) -> None:
    """Two tabs (or two servers) of one student: each answer is scheduled from the one before it,
    whichever process gave it, so every question's repetitions equal its answers."""
    writers = [start_writer(location, "ann", 120, questions=6) for _ in range(2)]
    outputs = [writer.communicate(timeout=90) for writer in writers]
    for writer, (_, errors) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, errors
    promised = {int(line.split()[0]) for out, _ in outputs for line in out.splitlines()}
    assert len(promised) == 240
    check_consistent(location, promised)
    with Store.open(location) as store:
        cards = store.cards(store.profile("ann").id, "bank")
        assert sum(card.reps for card in cards.values()) == 240
