"""Words a group without a determiner says to the speaker are nobody's (group_subjects.py).

Issue 10: a wrong sure speaker found by reading unlabelled news or by probing the construction; the fixture is
in our own words (tests/draft/fixtures/patterns). The words go to nobody, or to whom the construction makes
certain, never to another guess."""

from __future__ import annotations

from quizapp.draft.group_subjects import group_subject_before

from .speakers import pattern, sure_speakers


def test_words_a_group_says_to_the_speaker_are_nobodys() -> None:
    said = sure_speakers(pattern("words_a_group_says_to_the_speaker"))
    assert said["I feel that nobody"] is None  # the patients' words, told to the doctor
    assert said["When will the new"] is None  # "callers often ask him:"
    assert said["The lane will flood"] is None  # "residents had warned:"
    assert said["We are doing all"] == "Wynne Astley"


def test_only_a_plural_group_of_people_makes_a_relayed_subject() -> None:
    assert group_subject_before(" patients often ")
    assert group_subject_before(" managers had ")  # the plural of a role
    assert not group_subject_before(" this ")  # "said this tells us": no one speaks
    assert not group_subject_before(" reports had ")
