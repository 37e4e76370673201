"""`Councillor Tamsin Ormsby "has never once set foot on this quay," he said`: "he" is not Ormsby.

genders.py votes a person's gender from the pronouns of a sentence that names them alone. The "he" of a
said-clause after a quotation is the quotation's speaker; had it been the name before the words, the writer
would have named them there. So it says nothing of that name's gender, and the words are not surely hers:
the vote made Ormsby male and gave her the harbour master's words. A name followed by its own speech verb
(`Kettering declared the matter closed: "...," she said`) is the pronoun's, and still votes. Fixture in our
own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_said_clause_pronoun_is_not_the_gender_of_the_name_before_the_words() -> None:
    extraction = pattern("said_pronoun_after_another_name")
    genders = {person.name: person.gender for person in extraction.people}
    assert genders["Tamsin Ormsby"] != "male"
    assert sure_speakers(extraction)["has never once set"] != "Tamsin Ormsby"


def test_a_name_with_its_own_speech_verb_takes_the_said_clause_pronoun() -> None:
    extraction = pattern("said_pronoun_after_another_name")
    assert {person.name: person.gender for person in extraction.people}["Sorcha Kettering"] == "female"
    assert sure_speakers(extraction)["We have heard enough"] == "Sorcha Kettering"
