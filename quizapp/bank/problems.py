"""A problem found in a file (a bank, an import, a results file), located the way compilers locate errors."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """`path:line:col: message`, with 1-based line and column (a column counts characters).

    `line` and `col` are None only for problems that belong to no place in a file,
    such as a folder that holds no banks; `col` alone is None in the formats the importers
    read line by line. This is quizapp's one located-problem type: banks, imports and results
    files all report with it.
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
        if self.col is None:  # formats read line by line (GIFT, Aiken, Anki, Moodle XML) locate by line
            return displayable(f"{self.path}:{self.line}: {self.message}")
        return displayable(f"{self.path}:{self.line}:{self.col}: {self.message}")


class BankProblems(Exception):
    """Raised by callers that need a valid bank and got problems instead."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems
