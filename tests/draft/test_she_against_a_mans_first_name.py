"""A "she" is never surely a man the article names by a man's first name (issue 10; fixture in our own words).

The people model leaves a gender unknown when its signs disagree: here the first name says a man, and the "she"
of the next sentence (who is his sister) voted the other way. The pronoun sieve then took "she" to fit him, the
subject just before, and the words went surely to the brother. When a person's gender is unknown, their first
name's gender against the pronoun's now makes the speaker a guess; a "he" that fits the first name stays sure.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_she_is_not_surely_the_brother() -> None:
    assert sure_speakers(pattern("she_against_a_mans_first_name"))["I never thought it"] is None


def test_he_fitting_the_first_name_stays_sure() -> None:
    assert sure_speakers(pattern("she_against_a_mans_first_name"))["This one stood out,"] == "Martin Lowe"
