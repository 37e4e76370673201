""" "Head coach Ruairi Tennant ... The head coach said ... "...," he added": the words are Tennant's, surely.

A definite role that the article gave one named person with all its words, and nobody else its role noun, is
how the writer goes on about that person (title_holders.py); the sieve kept the role as "may be Tennant" and a
coach's post-match words drafted nothing (a tune set, stop 24). A role sharing only its noun with the title
("the Labour leader" after a Liberal Democrat leader), or a noun two people hold, stays a doubt.
Fixtures in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_role_the_article_gave_one_person_is_that_person() -> None:
    assert sure_speakers(pattern("the_one_titled_so"))["We gave them half"] == "Ruairi Tennant"


def test_a_role_sharing_only_its_noun_with_a_title_stays_unsure() -> None:
    assert sure_speakers(pattern("the_one_titled_so"))["This town needs its"] is None


def test_a_role_two_named_people_hold_stays_unsure() -> None:
    assert sure_speakers(pattern("two_titled_so"))["We knew they would"] is None
