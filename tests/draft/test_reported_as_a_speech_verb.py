"""The word "reported" is a paper's or a person's saying, but not in the passive, nor across a clause of its own.

On real news (PolNeAR train) "Fox News reported on Thursday that "..."" and "As The Daily Caller reported, the
actor "..."" found no speaker: "reported" was no speech verb. Made one, it must not take words that a clause it
sets in gives to someone else ("reported she had a video of him, in which he said:"), nor make a subject who "is
reported to have called" a thing "..." the listener of a passive, nor read "the reported buyer" as a verb.
Fixture in our own words.
"""

from __future__ import annotations

from .speakers import offered, pattern, sure_speakers


def test_a_paper_that_reported_the_words_speaks_them() -> None:
    speakers = sure_speakers(pattern("reported_as_a_speech_verb"), 2)
    assert speakers["weighing every"] == "Harbour Gazette"
    assert speakers["has not"] == "Valley Courier"


def test_words_of_a_clause_set_in_by_in_which_are_that_clause_subjects() -> None:
    assert offered(pattern("reported_as_a_speech_verb"), "The quay is worth") == ("Owen Tate", True)


def test_a_subject_reported_to_have_called_a_thing_is_its_speaker() -> None:
    assert offered(pattern("reported_as_a_speech_verb"), "a gift to") == ("Owen Tate", True)


def test_reported_after_a_determiner_is_no_verb() -> None:
    assert offered(pattern("reported_as_a_speech_verb"), "deep pockets") == ("Owen Tate", True)


def test_a_paper_reporting_after_a_said_clause_only_relays_the_words() -> None:
    assert offered(pattern("reported_as_a_speech_verb"), "No comment") == ("Owen Tate", True)
    assert sure_speakers(pattern("reported_as_a_speech_verb"), 2)["We will"] == "Valley Courier"
