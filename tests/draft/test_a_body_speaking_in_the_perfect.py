"""A body that speaks in the perfect tense is a speaker (fixture in our own words).

On real news a body's statement is reported with "has warned", "has said", "had admitted" as often as with
"said", and the auxiliary kept the verb from the word right after the name: "Downing Street has warned MPs that
it would be "entirely unreasonable" ..." left Downing Street out of the people, and the phrase a scare quote.
A place after a preposition before "have vowed" is not the speaker: the parents in it are.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_body_that_has_warned_speaks_its_phrase() -> None:
    extraction = pattern("a_body_speaking_in_the_perfect")
    kinds = {person.name: person.kind for person in extraction.people}
    assert kinds["Pellmouth Harbour Trust"] == "organization"
    assert sure_speakers(extraction, 2)["simply reckless"] == "Pellmouth Harbour Trust"


def test_a_place_after_a_preposition_is_not_made_a_speaker() -> None:
    extraction = pattern("a_body_speaking_in_the_perfect")
    assert "Kerrow Bay" not in {person.name for person in extraction.people}
    assert sure_speakers(extraction, 3)["tired of being"] == "Ada Venn"
