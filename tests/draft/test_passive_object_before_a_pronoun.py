"""An object pronoun in a passive clause about a thing is no second person (issue 10).

Written in our own words after a real court report: "When the allegations were put to him, Mr Moore
denied all of them. "...," he said." The pronoun caution took that "him" for someone else who could be
"he", and the defendant's evidence went to nobody. A passive with a thing for its subject and no agent
("the charges were read to him") puts nobody else in the scene (pronoun_rivals.py); a person acting on
him ("the defence lawyer turned to him") still does.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_him_in_a_passive_clause_about_a_thing_leaves_the_pronoun_sure() -> None:
    said = sure_speakers(pattern("passive_object_before_a_pronoun"))
    assert said["I never went near"] == "Darren Holt"


def test_him_whom_a_person_acted_on_still_makes_the_pronoun_unsure() -> None:
    said = sure_speakers(pattern("passive_object_before_a_pronoun"))
    assert said["I was at my"] is None
