"""What goes wrong in a teacher's file, and what an import or conversion leaves behind."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.bank.problems import Problem
from quizapp.text import displayable


class MalformedInput(Exception):
    """The input cannot be read as the format it claims to be; every problem found is listed."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = sorted(problems)


@dataclass(frozen=True)
class Loss:
    """Something the source had that the result does not: the teacher must know, not discover."""

    path: str
    line: int | None
    message: str
    question_id: str | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        about = f" {self.question_id!r}:" if self.question_id else ""
        return displayable(f"{where}:{about} {self.message}")
