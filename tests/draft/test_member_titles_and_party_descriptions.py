"""A party member's title is a person's, never a body's (issue 10; fixture in our own words).

On real news "..., the <Party> MLC said" became an organization called "<Party> MLC" that surely said the words,
and the member named two paragraphs up, behind initials and the title ("MLC KR <Surname>"), was never a person.
The description is the member the sentence before is about; when that sentence names two members, nobody.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_party_member_described_is_the_one_just_spoken_of() -> None:
    extraction = pattern("member_titles_and_party_descriptions")
    people = {person.name: person for person in extraction.people}
    assert people["KR Dunmaran"].role == "MLC"
    assert sure_speakers(extraction)["The budget was written"] == "KR Dunmaran"


def test_a_party_and_a_members_title_are_no_organization() -> None:
    extraction = pattern("member_titles_and_party_descriptions")
    assert not any(person.kind == "organization" for person in extraction.people)


def test_the_description_after_two_members_is_nobody_for_sure() -> None:
    said = sure_speakers(pattern("member_titles_and_party_descriptions"))
    assert said["We were promised a"] is None
