"""A short quotation with the comma outside its marks and a said-clause after it (said_right_after.py).

Issue 10: British, Irish and Indian papers put the comma outside the closing mark, so `"Absolutely thrilled",
Brisco said.` has no speech ending inside the marks, and three words or fewer read as a scare quote: the words
were lost as a quotation. Opening the sentence and followed by a said-clause, they are speech. A short phrase
inside the writer's sentence stays a term. The fixture is in our own words (tests/draft/fixtures/patterns)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_short_quotation_then_a_comma_and_a_said_clause_is_a_speakers_quotation() -> None:
    said = sure_speakers(pattern("short_quotation_comma_outside"))
    assert said["Absolutely thrilled"] == "Nuala Brisco"
    assert said["Just in time"] == "Emeric Stannard"


def test_a_short_phrase_inside_the_writers_sentence_stays_a_term() -> None:
    extraction = pattern("short_quotation_comma_outside")
    assert not any(q.text.startswith("small miracle") for q in extraction.quotations)
