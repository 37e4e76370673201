""" "...," he told her: a speaker of unknown gender found for the "he" may be the "her" told (told_pronouns.py).

Issue 10: a wrong sure speaker found by probing the construction; the fixture is in our own words
(tests/draft/fixtures/patterns). The speaker found stays, unsure, for the teacher to check."""

from __future__ import annotations

from quizapp.draft.told_pronouns import unnamed_listener

from .speakers import pattern, sure_speakers


def test_the_minister_answering_a_reporter_is_not_surely_the_reporter() -> None:
    extraction = pattern("he_told_her")
    assert sure_speakers(extraction)["That is only your"] is None  # not the reporter, whose gender is unknown
    doubts = [q.doubt or "" for q in extraction.quotations if not q.sure]
    assert any("told to" in doubt for doubt in doubts)


def test_a_her_named_just_before_is_the_listener_so_the_speaker_stays_sure() -> None:
    said = sure_speakers(pattern("he_told_her"))
    assert said["It will never work,"] == "Ray Dorrin"  # "told Amy Finch ... he told her": she is the listener


def test_only_a_listener_of_the_other_gender_whom_nobody_named_can_be_counts() -> None:
    assert unnamed_listener("he told her that", 0, "male", [], {})
    assert not unnamed_listener("he told him that", 0, "male", [], {})
    assert not unnamed_listener("he said that", 0, "male", [], {})
