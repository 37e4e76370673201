""" "Stand-in coach Dev Ranasinghe was able to laugh": the "in" of "stand-in" is no preposition before the name.

The people model reads a preposition then a role before a name ("Speaking to reporter Jo Kemp") as the name's
object position. Inside a hyphenated role ("stand-in", "sit-in", "drop-in") the same letters are part of the
role, so the coach who is the sentence's subject was taken for an object and his "he said" left unsure (a tune
set's sports report, stop 24). Fixture in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_stand_in_coach_is_the_subject_his_he_said_refers_to() -> None:
    said = sure_speakers(pattern("stand_in_coach_then_he"))
    assert said["I have never picked"] == "Dev Ranasinghe"


def test_a_name_after_a_real_preposition_and_role_is_still_no_rival() -> None:
    said = sure_speakers(pattern("stand_in_coach_then_he"))
    assert said["We know what the"] == "Paul Okonjo"  # "a stand-in for the injured Ravi Lowe": Lowe is an object
