"""A party's member noun before a full name in one run of capitals is the person's role, not part of the name.

"House Republican Thomas Massey" (the fixture, our own words) was read as one four-word name, and as a body's for
its "House"; nobody was a person and the words after "now said" had no speaker. The run is cut after the member's
noun ("Republican", "Democrat", "Libertarian", "Tory") when a common first name and a surname end it, as after a
body's name ("GMB Ann Cole"), so "Thomas Massey" is judged as any name is.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import pattern, sure_speakers


def test_a_party_member_noun_is_cut_from_the_name_after_it() -> None:
    extraction = pattern("a_party_member_before_a_name")
    assert any(person.name == "Thomas Massey" and person.kind == "person" for person in extraction.people)
    assert sure_speakers(extraction)["We are closer than"] == "Thomas Massey"


def test_a_party_member_noun_is_cut_before_a_census_first_name_and_two_more_words() -> None:
    """A first name the census lists but that is not among the common ones, and a middle name: the member's noun
    was kept as the name's first word ("Democrat Petra Lund Haskell") and shown so to the students."""
    extraction = extract(
        "Ferry vote nears.\n\n"
        "Democrat Petra Lund Haskell said on Monday that the vote is set for June.\n\n"
        '"The ferry is our road," she said.\n'
    )
    assert sure_speakers(extraction)["The ferry is our"] == "Petra Lund Haskell"
    assert not any(person.name.startswith("Democrat") for person in extraction.people)


def test_a_party_body_keeps_its_member_noun() -> None:
    extraction = extract(
        'Ferry vote nears.\n\n"We will pay for the ferry," the Republican Harbour Committee said on Monday.\n'
    )
    assert not any(person.name in {"Harbour Committee", "Committee"} for person in extraction.people)
