"""What stands before a name in its run of capitals is no part of it (issue 10: "title-before-name forms are not
found or keep the title"; fixture in our own words).

On real news a place and a title stayed in the name ("<Place> Provost <Name>", a hyphenated "Attorney-General"),
so the answer key showed them as the person's name; "<Company> Chief Executive Officer, <Name>" made the office a
person who surely said the words; "said <Party>’s <Name>" made the party and the name one organization; and
"<Place>-based <Company>" became a person. The title becomes the role, the office no one, the owner's person the
speaker, and a "-based" word describes what follows it.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_place_and_title_before_a_name_are_the_role_not_the_name() -> None:
    extraction = pattern("titles_owners_and_places_before_names")
    people = {person.name: person for person in extraction.people}
    assert people["Ann Dunmore"].role == "Westmoor Provost"
    assert people["Oriel Maccabe"].role == "Solicitor-General"
    said = sure_speakers(extraction, 2)
    assert said["very pleased"] == "Ann Dunmore"
    assert said["sound"] == "Oriel Maccabe"


def test_an_office_with_its_holder_after_a_comma_is_not_the_speaker() -> None:
    extraction = pattern("titles_owners_and_places_before_names")
    assert not any("Officer" in person.name for person in extraction.people)
    said = sure_speakers(extraction)
    assert said["This deal is another"] == "Piet Ambrose"


def test_the_owners_person_speaks_not_the_owner() -> None:
    extraction = pattern("titles_owners_and_places_before_names")
    said = sure_speakers(extraction)
    assert said["Nobody has seen a"] == "Dara Quinlan"
    assert not any("’s" in person.name for person in extraction.people)


def test_a_based_word_is_no_persons_name() -> None:
    extraction = pattern("titles_owners_and_places_before_names")
    assert not any("-based" in person.name for person in extraction.people)
    assert sure_speakers(extraction, 3).get("review every option") is None
