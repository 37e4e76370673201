"""A sentence's pronouns tell the gender of the one person it names whose gender is not known.

"Ms. Pak ... Robin Tully backed the plan, when he told Ms. Pak ..." names two people; Pak is a woman, so the "he" is
Tully's, and he is a man. genders.py read pronouns only in sentences naming one person, so Tully stayed of no known
gender and every "he said" of his stayed unsure beside any other man named near (seen on PolNeAR train with a
senator answering a rival at a debate). The others' genders are read once the single-person votes are settled; a
pronoun of one of the others' genders says nothing. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _gender(name: str, fixture: str) -> str | None:
    extraction = pattern(fixture)
    return next(person.gender for person in extraction.people if person.name == name)


def test_the_one_unknown_takes_the_pronouns_gender() -> None:
    assert _gender("Robin Tully", "gender_told_by_the_others") == "male"


def test_his_words_are_then_sure_beside_another_man() -> None:
    assert sure_speakers(pattern("gender_told_by_the_others"))["We have balanced the"] == "Robin Tully"


def test_a_pronoun_of_another_named_persons_gender_tells_nothing() -> None:
    assert _gender("Robin Tully", "gender_not_told_by_a_same_gender_other") is None
