"""A role in apposition owned by a name written with the possessive's bare apostrophe ("Rhodes' adviser").

News writes the possessive of a name ending in "s" as "Rhodes'" as often as "Rhodes's". The apposition after a
name ("Tad Brill, Rhodes' senior media adviser, said", the fixture, in our own words) and the clause before a
speech verb were read only with "'s", so a first name the lists lack left Brill no evidence of being a person at
all. Both now take either form.
"""

from __future__ import annotations

from .speakers import pattern


def test_a_role_owned_by_a_name_ending_in_s_says_a_person() -> None:
    extraction = pattern("a_role_owned_by_a_plural_possessive")
    brill = next(person for person in extraction.people if person.name == "Tad Brill")
    assert brill.kind == "person"
    assert brill.role == "Rhodes' senior media adviser"
