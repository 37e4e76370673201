"""A problem found in a bank, located in its file the way compilers locate errors."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """`path:line:col: message`, with 1-based line and column (a column counts characters).

    `line` and `col` are None only for problems that belong to no place in a file,
    such as a folder that holds no banks.
    """

    path: str
    line: int | None
    col: int | None
    message: str

    def __str__(self) -> str:
        """Ready to show: a problem quotes the file, and the file's control characters are shown, not obeyed."""
        from quizapp.text import displayable

        if self.line is None:
            return displayable(f"{self.path}: {self.message}")
        return displayable(f"{self.path}:{self.line}:{self.col or 1}: {self.message}")


class BankProblems(Exception):
    """Raised by callers that need a valid bank and got problems instead."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems
