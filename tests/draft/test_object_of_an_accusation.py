"""The person a sentence accuses, praises or blames is not who goes on "adding" the quoted words.

`Mbeere-Kithi ward Wanjau Mutuota accused Otieno of trying to delay the vote, adding the assembly has "strong
evidence"`: the words are the accuser's. When the accuser is not known as a person, the accused, named right
after the verb, was the sure speaker: the subject of "adding" was read as the first name of the sentence
that is not after a preposition, whatever the verb before it. An object is never the subject. The fixture is in
our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("object_of_an_accusation"))


def test_the_accused_is_not_given_the_accusers_words() -> None:
    assert _said().get("strong evidence") != "Mary Otieno"


def test_the_subject_before_the_object_still_speaks() -> None:
    assert _said()["fair to everyone"] == "Daniel Kiprop"
