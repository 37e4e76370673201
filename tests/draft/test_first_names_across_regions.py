"""First names from the regions English-language news covers: a person's name, and for some, their gender.

"Abena Darko showed visitors round the ward" names a person by her first name alone, as Kenyan, Nigerian,
Ghanaian, South Asian, Arabic or East Asian names do in any story; with only Anglo and European first names
known, such a name had no other sign and its quotation went to nobody or to the wrong person. A name borne by
either gender ("Temitope") or an East Asian family name written first ("Choi Seung-ho") says "person" and
nothing of the pronoun. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.first_names import gender_of_first_name, is_first_name

from .speakers import pattern, sure_speakers


def test_first_names_from_many_regions_say_a_gender() -> None:
    for name in ("Wanjiru", "Abena", "Ngozi", "Priyanka", "Fatemeh", "Yuriko", "Aoife", "Małgorzata"):
        assert gender_of_first_name(name) == "female", name
    for name in ("Kwabena", "Chukwuemeka", "Raila", "Arvind", "Mojtaba", "Shinzo", "Cathal", "Jarosław"):
        assert gender_of_first_name(name) == "male", name


def test_names_of_either_gender_and_family_names_written_first_say_only_person() -> None:
    for name in ("Temitope", "Kiran", "Alex", "Choi", "Nguyen", "Zhang"):
        assert is_first_name(name) and gender_of_first_name(name) is None, name


def test_words_that_are_places_months_or_firms_are_no_first_names() -> None:
    for word in ("April", "Jordan", "Morgan", "Hong", "Milan", "Charlie", "Sandy"):
        assert not is_first_name(word), word


def test_a_first_name_alone_makes_a_person_and_a_gender_keeps_a_pronoun_from_the_wrong_one() -> None:
    extraction = pattern("first_names_across_regions")
    people = {person.name: person for person in extraction.people}
    assert {"Abena Darko", "Kwabena Ofori", "Temitope Falana", "Choi Seung-ho"} <= set(people)
    assert people["Abena Darko"].gender == "female"
    said = sure_speakers(extraction)
    assert said["Every bed here has"] in {None, "Abena Darko"}  # never the board's chairman
    assert said["They are home by"] == "Temitope Falana"
    assert said["Every corridor ends in"] == "Choi Seung-ho"
