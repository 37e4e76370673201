"""Which rating an answer earns, from the evidence the answer gives, and why.

FSRS believes the rating it is given. A right answer is strong evidence of memory only when it
could not have been guessed and was produced rather than recognised: a true/false question is
right half the time by chance, a multiple-choice question a quarter of the time. So:

- wrong, or less than half right: Again; half right or more: Hard. Again brings the question back
  later in the same study session (`returns_in_session`), except on its first showing;
- right to a *recognition* kind (the answer is among what is shown): at most Good, and only Hard
  on the question's first showing (weaker evidence: nothing says it was not a guess; the learning
  benchmark measures fewer reviews per remembered question with this than with Good);
- right to a *recall* kind (the student produces the answer): Easy only when it is not the
  question's first showing, no typo had to be forgiven, and it came quickly *for this student*:
  within QUICK_SHARE of their own usual time (the median of their recent right answers of that
  kind, per part), and never needing less than FLOOR_SECONDS per part to count as quick; Good
  otherwise.

Every rating comes with the reason the feedback shows. Pure: the caller gathers the evidence.

Why a question missed on its first showing does not come back in the same session: nothing was
forgotten, the student is meeting it, and the feedback that shows the answer is the first lesson.
Asked again a few questions later it is answered from a memory a minute old, which tells nothing
and teaches little (the benchmark's memory model assumes so; FSRS-6's own short-term stability,
fitted on real reviews, agrees: a new question's 0.21 days become 0.25 after a same-day Good). Its
one learning step brings it back in the next session instead. The learning benchmark measures
fewer reviews per remembered question this way, with day-60 recall still within 0.90 ± 0.03.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.domain.kinds import is_recognition
from quizapp.domain.scheduling import Rating

HALF = 0.5
"""Partial credit below this is Again: less than half right is not remembering."""
QUICK_SHARE = 0.75
"""An answer is quick when it takes at most this share of the student's usual time."""
FLOOR_SECONDS = 1.5
"""...but the quick threshold is never below this many seconds per part: a student who always
answers fast is not rated Easy on noise."""
MIN_HISTORY = 3
"""Recent right answers of a kind needed before this student's usual time means anything."""
HISTORY = 20
"""How many of the student's recent right answers of a kind make their usual time."""


@dataclass(frozen=True)
class Evidence:
    """What one answer tells about the student's memory."""

    kind: str
    score: float
    """0..1, partial credit included."""
    correct: bool
    seconds: float
    parts: int = 1
    """Blanks, items or pairs: time is compared per part."""
    with_typo: bool = False
    first_showing: bool = False
    """No earlier answer to this question by this student, in any mode."""
    usual_seconds: Sequence[float] = ()
    """Seconds per part of this student's recent right answers to this kind, most recent last."""


@dataclass(frozen=True)
class RatedAnswer:
    rating: Rating
    reason: str
    """Why, in a few words the feedback shows after the rating: 'right, but it could be recognised'."""


def usual_time(recent: Sequence[float]) -> float | None:
    """The student's usual seconds per part for a kind, or None while there are too few answers."""
    window = list(recent)[-HISTORY:]
    if len(window) < MIN_HISTORY:
        return None
    return statistics.median(window)


def quick_limit(recent: Sequence[float]) -> float | None:
    """Seconds per part within which a right answer counts as quick for this student (None: unknown yet)."""
    usual = usual_time(recent)
    return None if usual is None else max(FLOOR_SECONDS, QUICK_SHARE * usual)


def returns_in_session(rating: Rating, first_showing: bool) -> bool:
    """Whether an answer so rated brings its question back later in the same study session: a
    forgotten question does, a question missed on its first showing does not (see the module)."""
    return rating == Rating.AGAIN and not first_showing


def rate(evidence: Evidence) -> RatedAnswer:
    """The rating the evidence supports, and why (see the module's rules)."""
    if not evidence.correct:
        if evidence.score >= HALF:
            return RatedAnswer(Rating.HARD, "partly right")
        missed = "less than half right" if evidence.score > 0 else "not right"
        if evidence.first_showing:
            return RatedAnswer(Rating.AGAIN, f"{missed}; back next session")
        return RatedAnswer(Rating.AGAIN, missed)
    if is_recognition(evidence.kind):
        if evidence.first_showing:
            return RatedAnswer(Rating.HARD, "right on its first showing, but it could have been a guess")
        return RatedAnswer(Rating.GOOD, "right; the answer was among the options, so not easy")
    if evidence.with_typo:
        return RatedAnswer(Rating.GOOD, "right with a typo forgiven")
    if evidence.first_showing:
        return RatedAnswer(Rating.GOOD, "right on its first showing")
    limit = quick_limit(evidence.usual_seconds)
    if limit is None:
        return RatedAnswer(Rating.GOOD, "right; too few of your answers yet to tell quick from slow")
    per_part = evidence.seconds / max(1, evidence.parts)
    if per_part <= limit:
        return RatedAnswer(Rating.EASY, "right, and quicker than you usually are")
    return RatedAnswer(Rating.GOOD, "right, at your usual pace")
