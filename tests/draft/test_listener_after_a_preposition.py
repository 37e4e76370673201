"""A name after a preposition and a lowercase role is a listener, not a subject (subject_positions.py).

Issue 10: a wrong sure speaker found by reading unlabelled news or by probing the construction; the fixture is
in our own words (tests/draft/fixtures/patterns). The words go to nobody, or to whom the construction makes
certain, never to another guess."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_name_after_a_preposition_and_a_role_is_a_listener_not_the_speaker() -> None:
    said = sure_speakers(pattern("listener_after_a_preposition"))
    assert said["The water came into"] == "Idris Vane"  # not the reporter he spoke to
    assert said["holding for now."] == "Rhoda Pryce"
