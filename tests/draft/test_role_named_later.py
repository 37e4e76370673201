"""A role the article names later joins that person (issue 10, point 2): "a club spokesman said", then "The
spokesman, Dan Hale, added". Written in our own words. The link is made only by a definite apposition that
says no more than the first role; a role never named stays the role, whoever is named near it.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_role_named_later_in_an_apposition_is_that_persons() -> None:
    said = sure_speakers(pattern("role_named_later"))
    assert said["We are looking at"] == "Dan Hale"


def test_a_later_role_that_says_more_names_someone_else() -> None:
    said = sure_speakers(pattern("role_named_later"))
    assert said["Two supporters were spoken"] == "a stadium spokeswoman"  # not "The police spokeswoman, Ann Reid,"


def test_a_role_never_named_stays_the_role() -> None:
    said = sure_speakers(pattern("role_named_later"))
    assert said["You could have blinded"] == "the judge"
