"""Question banks: the TOML format (models), loading, and problems located in the file."""

from quizapp.bank.loader import LoadedBank, find_bank_files, load_bank, load_banks
from quizapp.bank.models import (
    KIND_NAMES,
    Bank,
    Cloze,
    Matching,
    MultipleChoice,
    MultiSelect,
    Numeric,
    Ordering,
    Question,
    QuestionBase,
    ShortAnswer,
    Source,
    TrueFalse,
)
from quizapp.bank.problems import Problem

__all__ = [
    "KIND_NAMES",
    "Bank",
    "Cloze",
    "LoadedBank",
    "Matching",
    "MultiSelect",
    "MultipleChoice",
    "Numeric",
    "Ordering",
    "Problem",
    "Question",
    "QuestionBase",
    "ShortAnswer",
    "Source",
    "TrueFalse",
    "find_bank_files",
    "load_bank",
    "load_banks",
]
