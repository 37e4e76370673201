"""A party's plural before names ("Republicans Dean Merry and Lin Voss") is no first word of a name.

News writes a party's members before their names as a label of a group: "Democrats Ana Lopez and Paul Ruiz". The
people model took the plural for a first name, so the bank named "Democrats Ana Lopez", and "Republicans Dean
Merry" was no one at all: the "he said" of Merry's paragraph went surely to the only person left. "Republicans",
"Democrats" and "Independents" are now name stopwords (lexicon.py), like "The" or "Meanwhile"; "Conservatives"
stays a party's name, as British news writes it ("Conservatives said"). Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_plural_is_not_part_of_the_name() -> None:
    assert sure_speakers(pattern("party_plural_before_names"))["I have been on"] == "Ana Lopez"


def test_the_member_named_after_the_plural_is_a_person() -> None:
    assert sure_speakers(pattern("party_plural_before_names"))["They keep promising, and"] == "Dean Merry"
