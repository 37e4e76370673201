"""A headline may open with a quotation (issue 10, point 2; fixture in our own words).

On real news `“Never hit one so sweetly”: Matchwinner Brandt ...` was not taken for the headline
(it did not open with a capital letter), so its title-case words made a person "Matchwinner Brandt"; the
player's surname then belonged to two people, and every later "Brandt said" went to an organization
called "Brandt", unsure.
"""

from __future__ import annotations

from quizapp.draft.article import parse_article

from .speakers import PATTERNS, pattern, sure_speakers


def test_a_headline_opening_with_a_quotation_is_the_headline_and_names_nobody_new() -> None:
    text = (PATTERNS / "headline_opening_with_a_quotation.txt").read_text(encoding="utf-8")
    assert parse_article(text).headline is not None
    extraction = pattern("headline_opening_with_a_quotation")
    names = {person.name for person in extraction.people}
    assert "Ferryman Osei" not in names
    assert sure_speakers(extraction)["They were holding on"] == "Kwame Osei"


def test_a_whole_quoted_sentence_opening_an_article_is_no_headline() -> None:
    text = "“We will fight on.”\n\nThe mayor of Tarnby said so on Monday, after the vote was lost.\n"
    assert parse_article(text).headline is None
