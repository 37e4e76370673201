"""A capitalised role completing "who is also ..." is the speaker's own, not a second person (issue 10).

Written in our own words after a real political report: "Mr <Name>, who is also <Capitalised Office>, told
a programme: ..." then "He added: ...". The office, right before ", told", was made a person of its own, so
"he added" had two people to mean and the minister's words went unsure. The relative clause says what the
named person is (relative_roles.py); with two real people before a pronoun the doubt still stands.
"""

from __future__ import annotations

from .speakers import pattern, shown, sure_speakers


def test_office_after_who_is_also_is_no_person() -> None:
    extraction = pattern("role_after_who_is")
    names = {shown(extraction, person.id) for person in extraction.people}
    assert "Regional Development Secretary" not in names
    assert "Party Chairman" not in names


def test_pronoun_after_a_who_is_role_goes_to_the_named_person() -> None:
    said = sure_speakers(pattern("role_after_who_is"))
    assert said["My task is to"] == "Nadia Farrow"
