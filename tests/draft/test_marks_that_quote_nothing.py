"""Marks that open no quotation and words before a quotation that say nothing of it (fixture in our own words).

A single mark before a word cut short (`van 't Hof`, `in ‘09`) stands for what is left out: read as an opening mark,
nothing closed it, and every double-quoted speech after it in its paragraph was taken for words quoted inside it.
A naming verb in the sentence before (`had not been called on.`) does not make the next paragraph's speech a
characterization, and words after `tweeted,` are what was tweeted, however capitalised.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_an_elided_word_or_year_opens_no_quotation() -> None:
    said = sure_speakers(pattern("marks_that_quote_nothing"))

    assert (said["Nobody wants to pay"] or "").startswith("Maarten")  # a quotation of its own, his
    assert said["We patched it twice"] == "Ruth Okafor"
    assert said["It cannot wait another"] == "Ruth Okafor"


def test_a_naming_verb_in_the_sentence_before_does_not_make_speech_a_term() -> None:
    extraction = pattern("marks_that_quote_nothing")

    assert sure_speakers(extraction)["Bring back night boats,"] == "Ruth Okafor"
    assert all(not term.text.startswith("Bring back") for term in extraction.terms)


def test_capitalised_words_after_a_speech_verb_and_comma_are_no_title() -> None:
    extraction = pattern("marks_that_quote_nothing")

    assert sure_speakers(extraction)["Thank you Dover! #FerryFacts"] == "Dana Whitlock"
    assert all(not term.text.startswith("Thank you") for term in extraction.terms)
