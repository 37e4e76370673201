"""Per-article limits of the question kinds grow with a long article (candidate.length_scaled)."""

from __future__ import annotations

from quizapp.draft.candidate import LIMITS_WORDS, MAX_SCALE, length_scaled
from quizapp.draft.extraction import extract
from quizapp.draft.fact_questions import MAX_CLOZE, MAX_TRUE_FALSE, MAX_WHERE, fact_questions

_TOWNS = ("Harrowgate", "Bellmoor", "Ashcombe", "Tillingham", "Corrabridge", "Windle", "Marston", "Eddleby")
_THINGS = ("buses", "libraries", "bridges", "parks", "schools", "clinics", "ferries", "markets")


def _long_report(paragraphs: int) -> str:
    """A council report of many short facts, each with its own town and number, in invented places."""
    lines = ["Councils Report Their Spending", ""]
    for index in range(paragraphs):
        town = _TOWNS[index % len(_TOWNS)]
        thing = _THINGS[(index // len(_TOWNS)) % len(_THINGS)]
        lines.append(
            f"The council of {town} said its budget for {thing} rose by {index + 13} percent this year, "
            f"and officials there expect to open more {thing} before the winter ends, according to the report. "
            "Residents were mostly pleased with the outcome of the long planning process and said so at meetings."
        )
        lines.append("")
    return "\n".join(lines)


def test_a_short_article_keeps_the_limit() -> None:
    extraction = extract(_long_report(4))
    assert length_scaled(MAX_CLOZE, extraction) == MAX_CLOZE


def test_a_long_article_gets_more_in_proportion_up_to_a_most() -> None:
    extraction = extract(_long_report(60))
    words = len(extraction.text.split())
    assert words > 2 * LIMITS_WORDS
    assert length_scaled(MAX_CLOZE, extraction) == MAX_CLOZE * min(words, LIMITS_WORDS * MAX_SCALE) // LIMITS_WORDS


def test_a_long_article_of_facts_is_asked_past_the_limits_for_a_short_one() -> None:
    questions = fact_questions(extract(_long_report(60)))
    assert len(questions) > MAX_CLOZE + MAX_TRUE_FALSE + MAX_WHERE + 1
