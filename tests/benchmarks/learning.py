"""Benchmark: does quizapp's schedule keep what students learn, for fewer reviews than simpler schemes?

Simulated students study the bundled bank once a day for 60 days (up to 20 new questions a day,
every review that falls due that day, the same rule for every policy, and a missed question asked
again in the same session until right when the policy says so, see below), under:

  quizapp   quizapp's ratings from evidence (quizapp.domain.rating) and its FSRS scheduler, each
            question's memory scheduled for the retention its guessing chance calls for
  again/good   Anki-style self-grading with two buttons: Again when they did not remember, else Good,
            with quizapp's scheduler
  leitner   Leitner boxes: 1, 2, 4, 8, 16, 32 days; right moves a box up, wrong back to the first

The in-session return of a missed question is each policy's own: quizapp's study session's rule for
both FSRS policies (rating.returns_in_session: a forgotten question, not a first showing's miss),
every wrong answer for Leitner boxes (the drill leaves the question in the first box).

Each student's memory follows a known forgetting model, with parameters of their own:
recall after t days of a memory of stability S is (1 + 19/81 · t/S) ** -0.5 (0.9 when t = S);
a recalled review multiplies S by 1 + growth · (1.05 − R) / difficulty (harder recalls teach more),
a forgotten one divides it by 3; the first showing (with its feedback) gives S = first / difficulty.
Recognition kinds are guessed right with probability 1 / choices when not recalled; times are noisy,
slower when recall was hard, slowest when guessing; a recalled typed answer has a typo 5% of the time.

Printed per policy: recall on a day-60 exam of every question (the model's probability, averaged),
recall at scheduled reviews (what FSRS's desired retention aims at; quizapp asks less of the memory
of a question that can be guessed, see Scheduler.for_guessing), the share of scheduled reviews
answered right (guesses included), reviews per student, and reviews spent per question remembered
on day 60: each the mean ± standard deviation over the seeds.

Run: python tests/benchmarks/learning.py [--students N] [--days D] [--seeds 21-30]
(tune on seeds 1-5; report the held-out seeds 21-30, never tuned on)
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from timing import report_figure

from quizapp.bank.loader import load_bank
from quizapp.bank.models import QuestionBase
from quizapp.domain.kinds import answer_parts, guess_chance, is_recognition
from quizapp.domain.rating import HISTORY, Evidence, rate, returns_in_session
from quizapp.domain.scheduling import CardStage, CardState, Rating, Scheduler
from quizapp.domain.stats import DueBy, due_by

BANK = Path(__file__).resolve().parents[2] / "questions" / "trump-putin-call.toml"
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
NEW_PER_DAY = 20
LEITNER_DAYS = (1, 2, 4, 8, 16, 32)
BASE_SECONDS = {
    "true_false": 4.0,
    "multiple_choice": 6.0,
    "multi_select": 4.0,
    "short_answer": 7.0,
    "cloze": 6.0,
    "ordering": 4.0,
    "matching": 5.0,
    "numeric": 7.0,
}
"""A typical student's seconds per part of a recalled answer, by kind."""


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    parts: int
    guess: float
    """Probability of a right answer without remembering."""


def items_of(questions: tuple[QuestionBase, ...]) -> list[Item]:
    return [Item(question.id, question.kind, answer_parts(question), guess_chance(question)) for question in questions]


@dataclass
class Student:
    """A memory model with this student's own parameters.

    Every random draw about a question (its difficulty for this student, then five numbers per
    answer) comes from that question's own stream, so the same student meets the same luck on the
    same question whatever the policy: the policies differ by their schedules, not by their dice.
    """

    key: str
    first: float = field(init=False)
    growth: float = field(init=False)
    speed: float = field(init=False)
    streams: dict[str, random.Random] = field(default_factory=dict)
    difficulty: dict[str, float] = field(default_factory=dict)
    stability: dict[str, float] = field(default_factory=dict)
    seen: dict[str, datetime] = field(default_factory=dict)

    def __post_init__(self) -> None:
        rng = random.Random(self.key)
        self.first = math.exp(rng.gauss(math.log(0.6), 0.3))
        self.growth = rng.uniform(6.0, 14.0)
        self.speed = math.exp(rng.gauss(0.0, 0.35))

    def recall(self, item: Item, now: datetime) -> float:
        if item.id not in self.seen:
            return 0.0
        days = (now - self.seen[item.id]).total_seconds() / 86400
        return float((1 + 19 / 81 * days / self.stability[item.id]) ** -0.5)

    def answer(self, item: Item, now: datetime) -> tuple[bool, bool, float, float, bool]:
        """(remembered, right, score, seconds, with_typo), and the memory updated by the review and its feedback."""
        if item.id not in self.streams:
            self.streams[item.id] = random.Random(f"{self.key}:{item.id}")
            self.difficulty[item.id] = math.exp(self.streams[item.id].gauss(0.0, 0.3))
        rng, difficulty = self.streams[item.id], self.difficulty[item.id]
        draw_memory, draw_typo, draw_guess, draw_score, draw_time = (rng.random() for _ in range(5))
        chance = self.recall(item, now)
        remembered = draw_memory < chance
        typo = remembered and not is_recognition(item.kind) and draw_typo < 0.05
        right = remembered or draw_guess < item.guess
        score = 1.0 if right else (0.6 * draw_score if item.parts > 1 else 0.0)
        effort = 1 + 2 * (1 - chance) if remembered else 1.8
        noise = math.exp(statistics.NormalDist(0.0, 0.3).inv_cdf(min(max(draw_time, 1e-12), 1 - 1e-12)))
        seconds = BASE_SECONDS[item.kind] * item.parts * self.speed * effort * noise
        if item.id not in self.seen:
            self.stability[item.id] = self.first / difficulty
        elif remembered:
            self.stability[item.id] *= 1 + self.growth * (1.05 - chance) / difficulty
        else:
            self.stability[item.id] = max(0.05, self.stability[item.id] / 3)
        self.seen[item.id] = now
        return remembered, right, score, seconds, typo


Policy = Callable[[], "Schedule"]


class Schedule:
    """When each question comes back, from the answers a policy sees."""

    def due(self, item: Item, by: DueBy) -> bool:
        """Whether the question is due by the app's rule (domain.stats.DueBy)."""
        raise NotImplementedError

    def review(self, item: Item, now: datetime, answer: tuple[bool, bool, float, float, bool], first: bool) -> None:
        raise NotImplementedError

    def forgot(self, answer: tuple[bool, bool, float, float, bool]) -> bool:
        """Whether the question comes back in the same session."""
        raise NotImplementedError


class FsrsSchedule(Schedule):
    def __init__(
        self,
        rating: Callable[[Item, tuple[bool, bool, float, float, bool], bool, list[float]], Rating],
        *,
        guess_aware: bool = False,
    ):
        self.scheduler = Scheduler(fuzz=False)
        self.cards: dict[str, CardState] = {}
        self.pace: dict[str, list[float]] = {}
        self.rating = rating
        self.guess_aware = guess_aware
        """Schedule each question's memory for the retention its guessing chance calls for (Scheduler.for_guessing)."""
        self.last = Rating.GOOD
        self.first = False

    def due(self, item: Item, by: DueBy) -> bool:
        card = self.cards[item.id]
        return by.covers(card.due, card.stage == CardStage.REVIEW)

    def review(self, item: Item, now: datetime, answer: tuple[bool, bool, float, float, bool], first: bool) -> None:
        pace = self.pace.setdefault(item.kind, [])
        self.last, self.first = self.rating(item, answer, first, pace), first
        scheduler = self.scheduler.for_guessing(item.guess) if self.guess_aware else self.scheduler
        self.cards[item.id] = scheduler.review(self.cards.get(item.id), self.last, now)
        if answer[1]:
            pace.append(answer[3] / item.parts)
            del pace[:-HISTORY]

    def forgot(self, answer: tuple[bool, bool, float, float, bool]) -> bool:
        return returns_in_session(self.last, self.first)  # quizapp's study session's rule


def quizapp_rating(item: Item, answer: tuple[bool, bool, float, float, bool], first: bool, pace: list[float]) -> Rating:
    _, right, score, seconds, typo = answer
    evidence = Evidence(item.kind, score, right, seconds, item.parts, typo, first, tuple(pace))
    return rate(evidence).rating


def self_graded(item: Item, answer: tuple[bool, bool, float, float, bool], first: bool, pace: list[float]) -> Rating:
    return Rating.GOOD if answer[0] else Rating.AGAIN


class LeitnerSchedule(Schedule):
    def __init__(self) -> None:
        self.box: dict[str, int] = {}
        self.next: dict[str, datetime] = {}
        self.wrong = False

    def due(self, item: Item, by: DueBy) -> bool:
        return by.covers(self.next[item.id], in_review=True)  # boxes are days

    def review(self, item: Item, now: datetime, answer: tuple[bool, bool, float, float, bool], first: bool) -> None:
        self.wrong = not answer[1]
        # Wrong: before the first box, so the right answer that ends the session's relearning puts it
        # in the first box, as a new question answered right at once (not one box further).
        box = -1 if self.wrong else min(self.box.get(item.id, -1) + 1, len(LEITNER_DAYS) - 1)
        self.box[item.id] = box
        self.next[item.id] = now + timedelta(days=LEITNER_DAYS[max(0, box)])

    def forgot(self, answer: tuple[bool, bool, float, float, bool]) -> bool:
        return self.wrong


POLICIES: dict[str, Policy] = {
    "quizapp": lambda: FsrsSchedule(quizapp_rating, guess_aware=True),
    "again/good": lambda: FsrsSchedule(self_graded),
    "leitner": LeitnerSchedule,
}


@dataclass
class Result:
    exam_recall: float
    review_recall: float
    review_right: float
    """Share of scheduled reviews answered right, lucky guesses included: what a student sees, and
    what the guess-aware retention (Scheduler.for_guessing) holds at the desired 0.90."""
    reviews: float
    reviews_per_remembered: float


def simulate(items: list[Item], make: Policy, *, students: int, days: int, seed: int) -> Result:
    exam, at_review, right, reviews, per_remembered = [], [], [], [], []
    for number in range(students):
        key = f"{seed}:{number}"  # the same students, whatever the policy
        student, schedule = Student(key), make()
        order = list(items)
        random.Random(key).shuffle(order)
        count, remembered_at_review, right_at_review, scheduled_reviews = 0, 0, 0, 0
        for day in range(days):
            now = START + timedelta(days=day)
            today = due_by(now, UTC)  # the app's rule for every policy: a review due today is asked today
            queue = [item for item in order if item.id in student.seen and schedule.due(item, today)]
            scheduled_reviews += len(queue)
            queue += [item for item in order if item.id not in student.seen][:NEW_PER_DAY]
            minute, position = 0, 0
            while position < len(queue):
                item = queue[position]
                moment = now + timedelta(minutes=minute)
                first = item.id not in student.seen
                again = position > 0 and item in queue[:position]
                answer = student.answer(item, moment)
                if not first and not again:
                    remembered_at_review += answer[0]
                    right_at_review += answer[1]
                schedule.review(item, moment, answer, first)
                count += 1
                if schedule.forgot(answer) and queue[position:].count(item) == 1:
                    queue.insert(min(position + 4, len(queue)), item)
                position += 1
                minute += 1
        exam_day = START + timedelta(days=days)
        recall = statistics.fmean(student.recall(item, exam_day) for item in items)
        exam.append(recall)
        at_review.append(remembered_at_review / max(1, scheduled_reviews))
        right.append(right_at_review / max(1, scheduled_reviews))
        reviews.append(count)
        per_remembered.append(count / max(1e-9, recall * len(items)))
    return Result(*(statistics.fmean(figures) for figures in (exam, at_review, right, reviews, per_remembered)))


def run(students: int, days: int, seed: int) -> dict[str, Result]:
    items = items_of(load_bank(BANK).require().questions)
    return {name: simulate(items, make, students=students, days=days, seed=seed) for name, make in POLICIES.items()}


def seed_range(text: str) -> range:
    """'21-30' (both ends included) or one seed '11'."""
    low, _, high = text.partition("-")
    try:
        return range(int(low), int(high or low) + 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"seeds are a number or a range such as 21-30, not {text!r}") from None


def spread(values: list[float], digits: int) -> str:
    """Mean ± standard deviation over seeds (just the value for one seed)."""
    mean = statistics.fmean(values)
    return f"{mean:.{digits}f}" if len(values) < 2 else f"{mean:.{digits}f} ± {statistics.stdev(values):.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=10, help="simulated students per seed")
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument(
        "--seeds",
        type=seed_range,
        default=range(21, 31),
        help="seeds to average over, e.g. 21-30 (the held-out seeds, the default) or 1-5 (the seeds to tune on)",
    )
    args = parser.parse_args()
    runs = [run(args.students, args.days, seed) for seed in args.seeds]
    seeds = f"seed {args.seeds.start}" if len(args.seeds) == 1 else f"seeds {args.seeds.start}-{args.seeds[-1]}"
    print(f"{args.students} simulated students × {seeds}, {args.days} days, the bundled bank (desired retention 0.90)")
    print("each figure: mean ± standard deviation over the seeds")
    columns = ("day-60 recall", "recall at review", "right at review", "reviews", "per remembered", "× leitner")
    print(f"{'policy':<12}" + "".join(f"{column:>20}" for column in columns))
    ratios = {
        name: [r[name].reviews_per_remembered / r["leitner"].reviews_per_remembered for r in runs] for name in POLICIES
    }
    for name in POLICIES:
        figures = (
            [r[name].exam_recall for r in runs],
            [r[name].review_recall for r in runs],
            [r[name].review_right for r in runs],
            [r[name].reviews for r in runs],
            [r[name].reviews_per_remembered for r in runs],
            ratios[name],
        )
        digits = (3, 3, 3, 0, 2, 3)
        print(f"{name:<12}" + "".join(f"{spread(values, n):>20}" for values, n in zip(figures, digits, strict=True)))
    ours = [r["quizapp"] for r in runs]
    report_figure("quizapp day-60 recall", statistics.fmean(r.exam_recall for r in ours), "", target="0.90 ± 0.03")
    report_figure(
        "reviews per remembered question",
        statistics.fmean(r.reviews_per_remembered for r in ours),
        "",
        target="< Leitner",
        ratio=statistics.fmean(ratios["quizapp"]),
        baseline="Leitner boxes",
    )


if __name__ == "__main__":
    main()
