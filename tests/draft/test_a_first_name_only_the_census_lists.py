"""A first name only the census lists makes a person when the article goes on to use the surname alone.

The hand lists of common first names are short, so "Darla Pennock" had no evidence of being a person unless a
speech verb or a role stood beside the name; when she speaks only through "she" later on, her words had no
candidate. A first name of the 1990 US Census lists, then a surname the article writes alone ("Pennock spent the
morning"), is a person's name, as news names someone in full and then by surname. The census also lists words,
so neither word may be one the article writes in lowercase: in the fixture (our own words) "faith" is written so,
and "Faith Tolliver" stays without a person. Two first names before one surname, one the other's short form
("Ken Starr", "Kenneth Starr"), leave it to other evidence, and so does a headline.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import pattern, sure_speakers


def test_a_census_first_name_and_a_surname_used_alone_is_a_person() -> None:
    extraction = pattern("a_first_name_only_the_census_lists")
    assert any(person.name == "Darla Pennock" and person.kind == "person" for person in extraction.people)
    assert sure_speakers(extraction)["We will keep the"] == "Darla Pennock"


def test_a_census_first_name_the_article_writes_in_lowercase_is_no_evidence() -> None:
    extraction = pattern("a_first_name_only_the_census_lists")
    assert not any(person.name == "Faith Tolliver" for person in extraction.people)


def test_a_census_word_before_a_holiday_is_no_first_name() -> None:
    text = (
        "Lights go up\n\nMerry Christmas was painted on the hall door. Christmas came early for the traders on"
        ' Mill Street.\n\n"We are ready," Ana Pike said.\n'
    )
    assert "Merry Christmas" not in {person.name for person in extract(text).people}
