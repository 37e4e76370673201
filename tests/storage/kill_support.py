"""Killing a student's quizapp mid-answer, again and again, and checking after each kill that nothing
promised was lost and nothing is half-saved (shared by test_processes.py and benchmarks/kills.py)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
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


def check_consistent(db_path: Path | str, promised: set[int]) -> int:
    """Every promised answer is there, the file is sound (integrity_check; a PostgreSQL URL has no file
    to check), and no answer is half-saved: each question's schedule counts exactly the answers stored
    for it. How many answers are stored."""
    with Store.open(db_path) as store:
        stored = {review.id: review for review in store.reviews()}
        assert promised <= stored.keys(), sorted(promised - stored.keys())[:10]
        for profile in store.profiles():
            by_question: dict[str, list] = {}
            for review in stored.values():
                if review.profile_id == profile.id:
                    by_question.setdefault(review.question_id, []).append(review)
            for question_id, card in store.cards(profile.id, "bank").items():
                answers = by_question.get(question_id, [])
                assert card.reps == len(answers), (profile.name, question_id, card.reps, len(answers))
                assert card == max(answers, key=lambda review: review.id).card_after
    if isinstance(db_path, Path):
        raw = sqlite3.connect(db_path)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            raw.close()
    return len(stored)


@dataclass
class Kills:
    """What a run of kills did: how many, the answers promised (committed) and stored, seconds per kill."""

    kills: int = 0
    promised: set[int] = field(default_factory=set)
    stored: int = 0
    seconds: list[float] = field(default_factory=list)


def kill_repeatedly(db_path: Path, kills: int, seed: int = 20250519) -> Kills:
    """Start a writer, let it commit 1-60 answers, SIGKILL it anywhere in the next one, check; `kills` times."""
    rng = random.Random(seed)
    done = Kills()
    for _ in range(kills):
        started = time.perf_counter()
        writer = start_writer(db_path, "ann", 100_000)
        assert writer.stdout is not None
        for _ in range(rng.randint(1, 60)):
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else "writer ended early"
            done.promised.add(int(line.split()[0]))
        time.sleep(rng.uniform(0, 0.02))  # land anywhere inside the next answers
        os.kill(writer.pid, signal.SIGKILL)
        rest, _ = writer.communicate()
        done.promised.update(int(line.split()[0]) for line in rest.splitlines())  # printed before the kill
        assert writer.returncode == -signal.SIGKILL
        done.stored = check_consistent(db_path, done.promised)
        done.kills += 1
        done.seconds.append(time.perf_counter() - started)
    return done
