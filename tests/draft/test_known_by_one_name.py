"""Someone known by one name is a person when the story says "her" or "his" of them and they speak next (issue 10;
fixture in our own words).

On real news a singer known by one unfamiliar name ("<Name> has pulled the rest of her tour ... Taking to
Facebook, she explains ...") was never a person, so none of her six quotations had a speaker. A body named by one
word takes "its", and stays no person.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import pattern, sure_speakers


def test_a_single_name_with_her_and_a_she_who_speaks_is_a_person() -> None:
    extraction = pattern("known_by_one_name")
    assert "Zanelle" in {person.name for person in extraction.people if person.kind == "person"}
    assert sure_speakers(extraction)["the last strings to"] == "Zanelle"


def test_a_single_name_that_takes_its_is_no_person() -> None:
    extraction = pattern("known_by_one_name")
    assert "Brightwave" not in {person.name for person in extraction.people if person.kind == "person"}


def test_a_team_before_its_coach_is_no_one_named_once() -> None:
    """ "Harrowgate manager Dmitri Vasquez praised his side. "...," he said": the team's word qualifies a role."""
    names = {person.name for person in pattern("known_by_one_name").people if person.kind == "person"}
    assert "Harrowgate" not in names


def test_a_sentence_opening_participle_or_adverb_before_his_or_her_is_no_one() -> None:
    """A sentence may open with a participle, an adverb or a preposition, then "his"/"her", a preposition or an
    article: "Pacing the deck with his crew, ...", "Throughout her speech, ...". What follows a one-word name is its
    verb, never such a word; read as names, they were people and took the pronoun that spoke next."""
    extraction = extract(
        "Ferry line keeps running.\n\n"
        "Pacing the deck with his crew, Captain Odd Lindqvist checked the ropes.\n\n"
        '"We sail at dawn," he said.\n\n'
        "Throughout her speech, the mayor, Vera Holm, thanked the crew.\n\n"
        '"They never let us down," she said.\n\n'
        "Worried by the storm, the crew stayed ashore.\n\n"
        '"We will wait," he said.\n'
    )
    names = {person.name for person in extraction.people}
    assert not names & {"Pacing", "Throughout", "Worried"}
