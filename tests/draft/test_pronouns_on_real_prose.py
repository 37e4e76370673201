"""Pronouns as real news prose uses them (issue 10).

Each fixture (tests/draft/fixtures/patterns) is written in our own words after a construction met
in published or corpus articles that the drafter left unsure: the subject of what the speaker
reported ("Kell said Barr had bought petrol") and a "him" whose verb an institution did ("before the
bank lent him enough") taken for a second person the pronoun could mean. A speaker is asserted only
where a reader would be certain of it.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_subject_of_what_the_speaker_reported_is_no_rival_for_his_pronoun() -> None:
    said = sure_speakers(pattern("pronoun_after_reported_subject"))
    assert said["Nobody buys that much"] == "Adrian Kell"  # "Kell said Wesley Barr had filled two cans"
    assert said["The footage shows a"] == "Colin Ashby"
    assert said["He knew the building"] == "Eddie Quinn"


def test_him_after_an_institutions_verb_is_the_person_the_story_is_about() -> None:
    said = sure_speakers(pattern("pronoun_after_an_institutions_object"))
    assert said["Everyone told me shoe"] == "Anton Vesely"  # "before the bank lent him enough"
    assert said["This window has been"] == "Anton Vesely"
    assert said["He brings them every"] is None  # "Vesely thanked him": the postman is in play
