"""The bundled banks as the app loads them, and the seed article they were written from.

The article is not in the repository (it is a New York Times piece); CI places it next to the
checkout. Tests that compare the bank with it skip, saying why, when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank.loader import LoadedBank, load_banks
from quizapp.bank.models import Bank

REPO = Path(__file__).resolve().parents[2]
QUESTIONS = REPO / "questions"
ARTICLE = REPO.parent / "shared" / "seed" / "article.txt"
ARTICLE_BANK_ID = "trump-putin-call-2025"
EXAMPLE_BANK_ID = "example"


@pytest.fixture(scope="session")
def bundled() -> list[LoadedBank]:
    return load_banks([QUESTIONS])


@pytest.fixture(scope="session")
def banks(bundled: list[LoadedBank]) -> dict[str, Bank]:
    """Every bundled bank that loaded, by id."""
    return {loaded.bank.id: loaded.bank for loaded in bundled if loaded.bank is not None}


@pytest.fixture(scope="session")
def article_bank(banks: dict[str, Bank]) -> Bank:
    if ARTICLE_BANK_ID not in banks:
        pytest.fail(f"no bundled bank with id {ARTICLE_BANK_ID!r} loaded from {QUESTIONS}")
    return banks[ARTICLE_BANK_ID]


@pytest.fixture(scope="session")
def example_bank(banks: dict[str, Bank]) -> Bank:
    if EXAMPLE_BANK_ID not in banks:
        pytest.fail(f"no bundled bank with id {EXAMPLE_BANK_ID!r} loaded from {QUESTIONS}")
    return banks[EXAMPLE_BANK_ID]


@pytest.fixture(scope="session")
def article_text() -> str:
    if not ARTICLE.is_file():
        pytest.skip(f"seed article not found at {ARTICLE} (CI provides it; it is not committed)")
    return ARTICLE.read_text(encoding="utf-8")
