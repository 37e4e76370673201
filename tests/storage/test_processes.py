"""Real processes on a real file or database server: killed mid-write, or writing at the same time as another."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from quizapp.storage import Store

WRITER = Path(__file__).with_name("writer_process.py")


def start_writer(db_path: Path | str, profile: str, count: int, questions: int = 50) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), profile, str(count), str(questions)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def check_consistent(db_path: Path | str, promised: set[int]) -> None:
    """Every promised answer is there, the file is sound, and no answer is half-saved: each
    question's schedule counts exactly the answers stored for it."""
    with Store.open(db_path) as store:
        stored = {review.id: review for review in store.reviews()}
        assert promised <= stored.keys()
        for profile in store.profiles():
            for question_id, card in store.cards(profile.id, "bank").items():
                answers = [r for r in stored.values() if r.profile_id == profile.id and r.question_id == question_id]
                assert card.reps == len(answers)
                assert card == max(answers, key=lambda review: review.id).card_after
    if not isinstance(db_path, Path):
        return
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()


def test_answers_committed_before_a_kill_are_all_there(tmp_path: Path) -> None:
    db_path = tmp_path / "progress.db"
    rng = random.Random(20250519)
    promised: set[int] = set()
    for _ in range(5):
        writer = start_writer(db_path, "ann", 100_000)
        assert writer.stdout is not None
        for _ in range(rng.randint(1, 60)):
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else "writer ended early"
            promised.add(int(line.split()[0]))
        time.sleep(rng.uniform(0, 0.02))  # land anywhere inside the next answers
        os.kill(writer.pid, signal.SIGKILL)
        rest, _ = writer.communicate()
        promised.update(int(line.split()[0]) for line in rest.splitlines())  # printed before the kill
        assert writer.returncode == -signal.SIGKILL
        check_consistent(db_path, promised)


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
