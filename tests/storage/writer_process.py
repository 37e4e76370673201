"""A student answering as fast as possible, in a process of its own (run by test_processes.py).

Usage: python writer_process.py DB PROFILE COUNT [QUESTIONS]   (DB: a file, or a postgresql:// URL)
Prints "<review id> <question id>" once each answer is committed, so the test knows exactly
which answers the store promised to keep.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from quizapp.domain.scheduling import Rating, Scheduler
from quizapp.storage import Store


def main() -> int:
    location, profile_name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    questions = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    scheduler = Scheduler(fuzz=False)
    start = datetime(2025, 5, 19, tzinfo=UTC)
    with Store.open(location) as store:
        profile = store.profile(profile_name)
        for number in range(count):
            question_id = f"q{number % questions}"
            at = start + timedelta(minutes=number)
            rating = Rating.GOOD if number % 3 else Rating.AGAIN
            review = store.record_review(
                profile_id=profile.id,
                bank_id="bank",
                question_id=question_id,
                session_id=None,
                answered_at=at,
                response=f"answer {number} " * 20,
                correct=rating == Rating.GOOD,
                score=1.0 if rating == Rating.GOOD else 0.0,
                rating=rating,
                duration_ms=1000,
                answer_hash="hash",
                schedule=lambda before, rating=rating, at=at: scheduler.review(before, rating, at),
            )
            print(review.id, question_id, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
