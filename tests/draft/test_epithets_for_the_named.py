"""A birthplace epithet or "the Premier" stands for the person the article named (issue 10; fixtures in our words).

On real news "the <Place>-born executive said" after a paragraph about one named chief executive became an
unnamed second speaker: its own words went to that role, and every "she said" after it was left unsure between
the two. "the Premier said" after "Prime Minister <Name>" became an organization called "Premier". Both are one
person the reader knows; where the paragraph before names two people, the epithet links nobody.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_birthplace_epithet_is_the_person_the_paragraph_before_named() -> None:
    extraction = pattern("birthplace_epithet")
    said = sure_speakers(extraction)
    assert said["Every loaf we sold"] == "Marisol Quenby"  # "..., the Porto-born executive said"
    assert not any(person.kind == "role" for person in extraction.people)
    for opening in ("I am leaving the", "The next chapter will"):  # her "she said"s: never someone else's
        assert said[opening] in {"Marisol Quenby", None}


def test_a_birthplace_epithet_after_several_people_names_nobody() -> None:
    """ "Quenby met her successor, Dorian Pell, and Hana Ortiz ...": "the Leeds-born baker" could be any."""
    said = sure_speakers(pattern("birthplace_epithet"))
    assert said["We start on the"] is None


def test_the_premier_is_the_prime_minister_named_before() -> None:
    extraction = pattern("premier_is_the_prime_minister")
    said = sure_speakers(extraction)
    assert said["I respect what the"] == "Tavita Olsen"
    assert said["We will rebuild the"] == "Tavita Olsen"
    assert not any(person.kind == "organization" for person in extraction.people)
