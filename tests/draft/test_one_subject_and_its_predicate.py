"""An "and" after the speaker's own verb joins what the speaker did, not a second speaker.

"Pell appeared on the radio with a presenter and backed the plan, saying:" has one subject: the "and" comes after
the subject's verb, inside what Pell did, so the words are Pell's and sure. "a farmer's daughter and a Pell
supporter" names Pell only as a modifier of a noun, never as a second speaker. A second subject is still two
subjects ("Brand and Morrow said:"), and a name that is the object of someone else's verb ("the film shows Falk
mending nets and depicts a skipper asking") is no subject at all. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("one_subject_and_its_predicate"))


def test_an_and_inside_what_the_subject_did_is_no_second_subject() -> None:
    assert _said()["A harbour that works"] == "Nora Pell"


def test_a_name_after_a_or_an_is_a_modifier_not_a_speaker() -> None:
    assert _said()["The boats have waited"] == "Iris Falk"


def test_an_object_of_another_subjects_verb_is_not_made_sure() -> None:
    assert _said()["Who will pay for"] != "Iris Falk"


def test_two_named_subjects_stay_unsure() -> None:
    assert _said()["We will vote for"] is None


def test_a_subject_opening_its_sentence_with_an_apposition_then_its_verb() -> None:
    assert _said()["The fleet cannot wait"] == "Ivo Marr"  # ", a skipper, met ... and in a letter urged"
