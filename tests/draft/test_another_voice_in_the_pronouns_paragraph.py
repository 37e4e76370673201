"""A "he said" after another voice in its own paragraph is not surely the one named paragraphs before (issue 10;
fixture in our own words).

When the pronoun's paragraph first reports someone else speaking ("Drivers <name> and <name>, both from the depot,
said they would strike. "...," he said"), the pronoun sieve passed over them (a pair, or names the people model does
not know) and went back surely to the minister of the paragraph before. A said-clause of another between the
candidate and the pronoun makes the candidate a guess; "he said" inside the candidate's own paragraph stays sure.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_minister_is_not_sure_after_the_drivers_speak() -> None:
    assert sure_speakers(pattern("another_voice_in_the_pronouns_paragraph"))["We have no choice"] is None


def test_he_said_in_the_ministers_own_paragraph_is_his() -> None:
    assert sure_speakers(pattern("another_voice_in_the_pronouns_paragraph"))["We cannot go higher"] == "David Pike"
