"""What the study service's and session's tests share: a bank file written in a few lines, a
clock moved by hand, and the service as those tests open it (UTC days, no fuzz, a fixed seed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.bank.loader import load_bank
from quizapp.bank.models import Bank
from quizapp.storage import Store
from quizapp.study_service import StudyService

START = datetime(2025, 5, 19, 9, 0, tzinfo=UTC)

QUESTION = """
[[questions]]
id = "{id}"
kind = "true_false"
prompt = "Statement {id} is true."
answer = {answer}
explanation = "Because the teacher says so."
tags = [{tags}]
"""


def bank_text(answers: dict[str, bool], tags: dict[str, str] | None = None, bank_id: str = "civics") -> str:
    tags = tags or {}
    head = f'format = 1\nid = "{bank_id}"\ntitle = "Civics"\n'
    body = "".join(
        QUESTION.format(id=qid, answer=str(value).lower(), tags=f'"{tags[qid]}"' if qid in tags else "")
        for qid, value in answers.items()
    )
    return head + body


def write_bank(path: Path, answers: dict[str, bool], tags: dict[str, str] | None = None) -> Bank:
    return load_bank_text(path, bank_text(answers, tags))


def load_bank_text(path: Path, text: str) -> Bank:
    path.write_text(text, encoding="utf-8")
    loaded = load_bank(path)
    assert loaded.ok and loaded.bank is not None, loaded.problems
    return loaded.bank


class HandClock:
    """A clock that only moves when the test says so."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


ANSWERS = {f"s{number}": number % 2 == 0 for number in range(6)}  # s0 true, s1 false, ...


def service_for(store: Store, clock: HandClock, **options) -> StudyService:
    return StudyService(store, "ann", clock, fuzz=False, seed=1, tz=UTC, **options)


def right(question) -> bool:
    return ANSWERS[question.id]
