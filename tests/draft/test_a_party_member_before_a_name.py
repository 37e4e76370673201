"""A party's member noun before a full name in one run of capitals is the person's role, not part of the name.

"House Republican Thomas Massey" (the fixture, our own words) was read as one four-word name, and as a body's for
its "House"; nobody was a person and the words after "now said" had no speaker. The run is cut after the member's
noun ("Republican", "Democrat", "Libertarian", "Tory") when a common first name and a surname end it, as after a
body's name ("GMB Ann Cole"), so "Thomas Massey" is judged as any name is.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_party_member_noun_is_cut_from_the_name_after_it() -> None:
    extraction = pattern("a_party_member_before_a_name")
    assert any(person.name == "Thomas Massey" and person.kind == "person" for person in extraction.people)
    assert sure_speakers(extraction)["We are closer than"] == "Thomas Massey"
