""" "...," he told her: a speaker of unknown gender found for the "he" may be the "her" told (told_pronouns.py).

Issue 10: a wrong sure speaker found by probing the construction; the fixture is in our own words
(tests/draft/fixtures/patterns). The speaker found stays, unsure, for the teacher to check."""

from __future__ import annotations

from quizapp.draft.told_pronouns import tells_the_other_gender

from .speakers import pattern, sure_speakers


def test_the_minister_answering_a_reporter_is_not_surely_the_reporter() -> None:
    extraction = pattern("he_told_her")
    assert sure_speakers(extraction)["That is only your"] is None  # not the reporter, whose gender is unknown
    doubts = [q.doubt or "" for q in extraction.quotations if not q.sure]
    assert any("told to" in doubt for doubt in doubts)


def test_only_a_listener_of_the_other_gender_counts() -> None:
    text = "he told her that"
    assert tells_the_other_gender(text, 0, "male")
    assert not tells_the_other_gender("he told him that", 0, "male")
    assert not tells_the_other_gender("he said that", 0, "male")
