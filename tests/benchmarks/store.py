"""Benchmark: the progress store at 10,000 questions and 100,000 answers.

Run: python tests/benchmarks/store.py [--questions N] [--reviews N] [--repeat R]
Prints medians for recording one answer (grade + FSRS + commit, synchronous=FULL), building a
study session, a bank's home-screen overview, full statistics, and opening the file (with its
quick_check). Targets: record <= 1 ms, session <= 20 ms, stats <= 50 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from timing import median_ms, report_figure

from quizapp.bank.models import Bank
from quizapp.domain.clock import fixed_clock
from quizapp.domain.planner import Mode
from quizapp.domain.scheduling import CardState, Rating, Scheduler
from quizapp.storage import Store
from quizapp.study_service import StudyService

NOW = datetime(2025, 5, 19, 12, 0, tzinfo=UTC)


def make_bank(count: int) -> Bank:
    questions = []
    for number in range(count):
        base = {
            "id": f"q{number}",
            "prompt": f"Question {number}?",
            "explanation": "Because.",
            "tags": [f"topic-{number % 12}", "bench"],
        }
        if number % 2:
            questions.append({**base, "kind": "true_false", "answer": bool(number % 3)})
        else:
            questions.append(
                {**base, "kind": "multiple_choice", "choices": ["Putin", "Trump", "Peskov"], "answer": "Putin"}
            )
    return Bank.model_validate({"id": "bench", "title": "Benchmark", "questions": questions})


def populate(store: Store, bank: Bank, reviews: int, rng: random.Random, overdue: float) -> int:
    """`reviews` answers spread evenly over the questions, as by a student who answers each
    question when it is due (a day late at most). `overdue` is the share of questions left
    due now: about 0.05 for a student who keeps up, 0.5 for one back from a long break.

    Each question's history is simulated once to learn its intervals, then replayed shifted so
    that its last answer lands where `overdue` wants it. Written with synchronous=OFF to build
    the file quickly; the measurements use the app's FULL.
    """
    scheduler = Scheduler(fuzz=False)
    profile = store.profile("bench")
    store._db.execute("PRAGMA synchronous = OFF")
    per_question = max(1, reviews // len(bank.questions))
    written = 0
    for question in bank.questions:
        ratings = rng.choices(list(Rating), weights=(12, 8, 65, 15), k=per_question)
        delays = [timedelta(hours=rng.uniform(0, 24)) for _ in ratings]
        times, last = _simulate(scheduler, ratings, delays, NOW)
        interval = last.due - last.last_review
        # Due now with probability `overdue`: the last answer lies one interval (or a bit more) ago.
        ago = interval * (rng.uniform(1.0, 1.5) if rng.random() < overdue else rng.uniform(0.0, 0.99))
        shift = NOW - ago - times[-1]
        for at, rating in zip([moment + shift for moment in times], ratings, strict=True):
            store.record_review(
                profile_id=profile.id,
                bank_id=bank.id,
                question_id=question.id,
                session_id=None,
                answered_at=at,
                response="Putin",
                correct=rating != Rating.AGAIN,
                score=0.0 if rating == Rating.AGAIN else 1.0,
                rating=rating,
                duration_ms=rng.randint(2000, 30000),
                answer_hash=question.answer_hash,
                schedule=lambda before, rating=rating, at=at: scheduler.review(before, rating, at),
            )
            written += 1
    store._db.execute("PRAGMA synchronous = FULL")
    return written


def _simulate(
    scheduler: Scheduler, ratings: list[Rating], delays: list[timedelta], start: datetime
) -> tuple[list[datetime], CardState]:
    """Answer times of a question answered `delays` after each due date, and its last card."""
    times, card, at = [], None, start
    for rating, delay in zip(ratings, delays, strict=True):
        times.append(at)
        card = scheduler.review(card, rating, at)
        at = card.due + delay
    assert card is not None and card.last_review is not None
    return times, card


def sqlite_floors(path: Path, profile_id: int, repeat: int) -> tuple[float, float]:
    """What SQLite alone costs on the same file: one durable commit, and reading every card row.

    The baselines the store's figures are compared with (raw sqlite3 here, in a benchmark only).
    """
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("CREATE TABLE IF NOT EXISTS benchmark_floor (value INTEGER)")

        def commit_one() -> None:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO benchmark_floor VALUES (1)")
            connection.execute("COMMIT")

        def read_cards() -> None:
            connection.execute(
                "SELECT * FROM cards WHERE profile_id = ? AND bank_id = ?", (profile_id, "bench")
            ).fetchall()

        return median_ms(commit_one, repeat * 8), median_ms(read_cards, repeat)
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=25)
    parser.add_argument(
        "--overdue", type=float, default=0.05, help="share of questions due now (0.05: keeping up; 0.5: a backlog)"
    )
    args = parser.parse_args(argv)
    rng = random.Random(1)
    bank = make_bank(args.questions)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "progress.db")
        started = time.perf_counter()
        with Store.open(path, clock=fixed_clock(NOW)) as store:
            written = populate(store, bank, args.reviews, rng, args.overdue)
        built = time.perf_counter() - started
        size_mib = path.stat().st_size / 1_048_576
        print(f"file: {args.questions} questions, {written} answers, {size_mib:.1f} MiB (built in {built:.0f} s)")

        open_ms = median_ms(lambda: Store.open(path).close(), max(5, args.repeat // 5))
        with Store.open(path, clock=fixed_clock(NOW)) as store:
            service = StudyService(store, "bench", fixed_clock(NOW), fuzz=True, seed=1)
            service.overview(bank)  # warm the page cache the way the home screen does
            session = service.start(bank, Mode.PRACTICE)

            def answer_one() -> None:
                question = session.current()
                session.answer("Putin" if question.kind == "multiple_choice" else question.answer, seconds=6)

            record_ms = median_ms(answer_one, args.repeat * 8)
            start_ms = median_ms(lambda: service.start(bank, Mode.STUDY), args.repeat)
            overview_ms = median_ms(lambda: service.overview(bank), args.repeat)
            stats_ms = median_ms(lambda: service.stats([bank]), args.repeat)
            due = service.overview(bank).due
            profile_id = service.profile.id
        commit_floor_ms, read_floor_ms = sqlite_floors(path, profile_id, args.repeat)
        print(f"due now: {due} of {args.questions}")
        print(f"baseline: bare SQLite INSERT+COMMIT:   median {commit_floor_ms:7.2f} ms   (same file, WAL, sync FULL)")
        print(f"baseline: bare read of the bank's cards: median {read_floor_ms:5.2f} ms   (SELECT * ... fetchall)")
        print(
            f"record one answer (grade+FSRS+commit): median {record_ms:7.2f} ms   (target <= 1 ms; "
            f"{record_ms / commit_floor_ms:.2f}x the bare commit)"
        )
        print(
            f"build a study session:                 median {start_ms:7.2f} ms   (target <= 20 ms; "
            f"{start_ms / read_floor_ms:.2f}x the bare read)"
        )
        print(f"bank overview (home screen):           median {overview_ms:7.2f} ms")
        print(
            f"statistics (bank + 13 tags):           median {stats_ms:7.2f} ms   (target <= 50 ms; "
            f"{stats_ms / read_floor_ms:.2f}x the bare read)"
        )
        print(f"open the file (with quick_check):      median {open_ms:7.2f} ms")
    report_figure(
        "record one answer",
        record_ms,
        "ms",
        target="<= 1 ms",
        ratio=record_ms / commit_floor_ms,
        baseline="bare commit",
    )
    report_figure(
        "build a study session", start_ms, "ms", target="<= 20 ms", ratio=start_ms / read_floor_ms, baseline="bare read"
    )
    report_figure("statistics", stats_ms, "ms", target="<= 50 ms", ratio=stats_ms / read_floor_ms, baseline="bare read")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
